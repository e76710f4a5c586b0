package org.allianceatlas.curation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.w3c.dom.Document;

/**
 * The curation pages: a suggestion from the state page's form reaches the review queue
 * with its diff and source, an editor accepts it from the queue, and the change is in the
 * recent changes page and the Atom feed, its stored text escaped. Forms need the CSRF
 * token and the role.
 */
@CurationTest
class CurationPagesTests {

	static final RequestPostProcessor CONTRIBUTOR = user("pia").roles("CONTRIBUTOR");

	static final RequestPostProcessor EDITOR = user("ed").roles("EDITOR");

	@Autowired
	MockMvc mvc;

	@Autowired
	CurationService curation;

	@Test
	void aSuggestionFromAPageIsReviewedFromTheQueueAndShownInRecentChangesAndTheFeed() throws Exception {
		this.mvc.perform(get("/states/TJK"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/suggest/states/TJK")))
			.andExpect(content().string(containsString("/suggest/memberships/")));
		this.mvc.perform(get("/suggest/states/TJK").with(CONTRIBUTOR))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/suggest/states/TJK/correction")));
		this.mvc.perform(get("/suggest/states/TJK/correction").with(CONTRIBUTOR))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"_csrf\"")))
			.andExpect(content().string(containsString("name=\"sourceUrl\"")));

		String name = "Tajikistan <script>alert(1)</script> & Co";
		this.mvc
			.perform(post("/suggest/states/TJK/correction").with(CONTRIBUTOR)
				.with(csrf())
				.param("field", "name")
				.param("value", name)
				.param("summary", "Name as the <b>source</b> gives it")
				.param("sourceTitle", "A page about names")
				.param("sourceUrl", "https://example.org/names?a=1&b=2")
				.param("sourceLocator", "Second table"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/proposals/mine#p-*"));
		this.mvc.perform(get("/proposals/mine").with(CONTRIBUTOR))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Name as the &lt;b&gt;source&lt;/b&gt; gives it")));
		String queue = this.mvc.perform(get("/proposals").with(EDITOR))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tajikistan &lt;script&gt;alert(1)&lt;/script&gt; &amp; Co")))
			.andExpect(content().string(containsString("A page about names")))
			.andExpect(content().string(not(containsString("<script>alert(1)"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(queue).contains("<del>Tajikistan</del>");
		String id = this.curation.proposals("pia", false, ProposalStatus.PENDING).getFirst().id();

		this.mvc.perform(post("/proposals/" + id + "/accept").with(EDITOR)).andExpect(status().isForbidden());
		this.mvc.perform(post("/proposals/" + id + "/accept").with(CONTRIBUTOR).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/proposals/" + id + "/accept").with(EDITOR).with(csrf()))
			.andExpect(status().is3xxRedirection());

		this.mvc.perform(get("/states/TJK"))
			.andExpect(content().string(containsString("Tajikistan &lt;script&gt;alert(1)&lt;/script&gt; &amp; Co")));
		String history = this.mvc.perform(get("/history/states/TJK"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Name as the &lt;b&gt;source&lt;/b&gt; gives it")))
			.andExpect(content().string(containsString("A page about names")))
			.andExpect(content().string(containsString("href=\"https://example.org/names?a=1&amp;b=2\"")))
			.andExpect(content().string(not(containsString("<script>alert(1)"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(history).contains("<td>pia</td>")
			.contains("<td>ed</td>")
			.contains("<del>Tajikistan</del>")
			.contains("as first recorded");
		this.mvc.perform(get("/states/TJK"))
			.andExpect(content().string(containsString("href=\"/history/states/TJK\"")));
		this.mvc.perform(get("/recent-changes"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Name as the &lt;b&gt;source&lt;/b&gt; gives it")));
		byte[] feed = this.mvc.perform(get("/recent-changes.atom"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/atom+xml"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String text = new String(feed, StandardCharsets.UTF_8);
		assertThat(text).doesNotContain("<script>").contains("&lt;script&gt;");
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		Document atom = factory.newDocumentBuilder().parse(new ByteArrayInputStream(feed));
		assertThat(atom.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
		assertThat(atom.getDocumentElement().getLocalName()).isEqualTo("feed");
		for (String required : List.of("id", "title", "updated")) {
			assertThat(atom.getElementsByTagNameNS("http://www.w3.org/2005/Atom", required).getLength())
				.isGreaterThan(0);
		}
		assertThat(atom.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry").item(0).getTextContent())
			.contains(name);

		// put the name back, as a revert by an editor
		String revision = this.curation.proposal(id, "ed", true).revisionId();
		Accounts.as("eva", "EDITOR", () -> this.curation.revert(revision, "Back to the short name", "eva"));
		this.mvc.perform(get("/states/TJK")).andExpect(content().string(not(containsString("alert(1)"))));
	}

	@Test
	void everyoneSeesTheHistoryOfStatesOrganisationsAndMemberships() throws Exception {
		this.mvc.perform(get("/history/organisations/CSTO"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"r-first\"")))
			.andExpect(content().string(containsString("As first recorded in the atlas")));
		this.mvc.perform(get("/history/memberships/csto-arm-member-2002"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Armenia in CSTO")));
		this.mvc.perform(get("/organisations/CSTO"))
			.andExpect(content().string(containsString("href=\"/history/organisations/CSTO\"")))
			.andExpect(content().string(containsString("href=\"/history/memberships/csto-arm-member-2002\"")));
		this.mvc.perform(get("/history/states/XXX")).andExpect(status().isNotFound());
		this.mvc.perform(get("/history/proposals/x")).andExpect(status().isNotFound());
	}

	@Test
	void aBadSuggestionIsShownBackWithTheProblemAndChangesNothing() throws Exception {
		int before = this.curation.proposals("pia", false, null).size();
		this.mvc
			.perform(post("/suggest/memberships/csto-arm-member-2002/end").with(CONTRIBUTOR)
				.with(csrf())
				.param("to", "2001")
				.param("summary", "Armenia left")
				.param("sourceKey", "wikipedia-csto"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Last day, month or year: is before")))
			.andExpect(content().string(containsString("aria-invalid=\"true\"")))
			.andExpect(content().string(containsString("value=\"2001\"")))
			.andExpect(content().string(not(containsString("input.to"))));
		this.mvc.perform(get("/proposals").with(CONTRIBUTOR)).andExpect(status().isForbidden());
		assertThat(this.curation.proposals("pia", false, null)).hasSize(before);
	}

}
