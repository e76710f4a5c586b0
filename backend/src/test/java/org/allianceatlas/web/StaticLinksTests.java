package org.allianceatlas.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue 15: only links that may name a file go through the resource chain. */
class StaticLinksTests {

	@Test
	void linksToFilesGoThroughTheResourceChainAndLinksToPagesDoNot() {
		assertThat(StaticLinks.mayBeFile("/webjars/echarts/echarts.min.js")).isTrue();
		assertThat(StaticLinks.mayBeFile("/css/atlas.css?v=1")).isTrue();
		assertThat(StaticLinks.mayBeFile("/timeline.csv?organisation=CSTO&state=UZB")).isTrue();
		assertThat(StaticLinks.mayBeFile("/states/ARM")).isFalse();
		assertThat(StaticLinks.mayBeFile("/organisations/CSTO?tab=a.b")).isFalse();
		assertThat(StaticLinks.mayBeFile("/sources#source-wikipedia-csto.x")).isFalse();
		assertThat(StaticLinks.mayBeFile("/")).isFalse();
	}

}
