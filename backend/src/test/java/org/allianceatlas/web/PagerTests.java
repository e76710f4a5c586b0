package org.allianceatlas.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** Issue 15: a long list's page, its place in the list and the links to the others. */
class PagerTests {

	@Test
	void aPageKnowsItsPlaceAndLinksToTheFirstTheLastAndItsNeighboursKeepingTheOtherParameters() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/timeline");
		request.setQueryString("organisation=CSTO&page=3");
		Pager pager = Pager.of(request, "3", 3800, 50);
		assertThat(pager.page()).isEqualTo(3);
		assertThat(pager.pages()).isEqualTo(76);
		assertThat(pager.first()).isEqualTo(101);
		assertThat(pager.last()).isEqualTo(150);
		assertThat(pager.offset(50)).isEqualTo(100);
		assertThat(pager.message()).isNull();
		assertThat(pager.links()).extracting(Pager.Link::label).containsExactly("1", "2", "3", "4", "5", "…", "76");
		assertThat(pager.links()).filteredOn(Pager.Link::current).extracting(Pager.Link::label).containsExactly("3");
		assertThat(pager.previous().href()).isEqualTo("/timeline?organisation=CSTO&page=2");
		assertThat(pager.next().href()).isEqualTo("/timeline?organisation=CSTO&page=4");
		assertThat(pager.links().getFirst().href()).isEqualTo("/timeline?organisation=CSTO");
		assertThat(pager.paged()).isTrue();
	}

	@Test
	void aPageThatIsNotANumberOrPastTheLastIsNamedAndTheNearestIsShown() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/sources");
		Pager past = Pager.of(request, "9", 120, 50);
		assertThat(past.page()).isEqualTo(3);
		assertThat(past.message()).isEqualTo("There are 3 pages, not 9; showing page 3.");
		assertThat(past.first()).isEqualTo(101);
		assertThat(past.last()).isEqualTo(120);
		assertThat(past.next()).isNull();
		Pager word = Pager.of(request, "two", 120, 50);
		assertThat(word.page()).isEqualTo(1);
		assertThat(word.message()).isEqualTo("“two” is not a page number; showing page 1.");
		assertThat(word.previous()).isNull();
		Pager one = Pager.of(request, null, 38, 50);
		assertThat(one.paged()).isFalse();
		assertThat(one.message()).isNull();
		assertThat(one.last()).isEqualTo(38);
	}

}
