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

import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Every kind of proposal has its "Suggest a change" form on the pages it makes sense for:
 * each form is offered, shows its fields, and stores a proposal of its kind through the
 * service; bad input is shown again with the values kept, the problem next to the field
 * it names, and nothing stored.
 */
@CurationTest
class SuggestFormsTests {

	static final RequestPostProcessor CONTRIBUTOR = user("sofia").roles("CONTRIBUTOR");

	static final String MEMBERSHIP = "csto-kaz-member-2002";

	@Autowired
	MockMvc mvc;

	@Autowired
	CurationService curation;

	/** A page, a form on it, its fields, and the kind of proposal it makes. */
	record Case(String path, ProposalKind kind, Map<String, String> fields) {

		@Override
		public String toString() {
			return this.path;
		}

	}

	static List<Case> forms() {
		return List.of(
				new Case("/suggest/states/KAZ/correction", ProposalKind.CORRECTION,
						Map.of("field", "name", "value", "Republic of Kazakhstan")),
				new Case("/suggest/states/KAZ/membership", ProposalKind.NEW_MEMBERSHIP,
						Map.of("organisation", "GUAM", "role", "OBSERVER", "from", "2030")),
				new Case("/suggest/organisations/SCO/membership", ProposalKind.NEW_MEMBERSHIP,
						Map.of("state", "ARM", "role", "PARTNER", "from", "2015-04")),
				new Case("/suggest/states/KAZ/troops", ProposalKind.TROOP_FIGURE,
						Map.of("year", "2030", "active", "39,000", "reserve", "1000", "total", "40000")),
				new Case("/suggest/states/KAZ/name", ProposalKind.NAME,
						Map.of("value", "Қазақстан", "language", "kk", "script", "Cyrl", "kind", "short")),
				new Case("/suggest/organisations/SCO/name", ProposalKind.NAME,
						Map.of("value", "ШОС", "language", "ru", "kind", "abbreviation")),
				new Case("/suggest/states/KAZ/event", ProposalKind.EVENT,
						Map.of("title", "A summit", "date", "2030-05", "kind", "summit", "organisations", "CSTO")),
				new Case("/suggest/organisations/CSTO/event", ProposalKind.EVENT,
						Map.of("title", "An exercise", "date", "2030", "kind", "exercise", "organisations", "CSTO")),
				new Case("/suggest/organisations/CSTO/correction", ProposalKind.CORRECTION,
						Map.of("field", "headquarters", "value", "Moscow, Russia")),
				new Case("/suggest/organisations/CSTO/claim", ProposalKind.CLAIM,
						Map.of("field", "founded", "value", "1992-05-15")),
				new Case("/suggest/memberships/" + MEMBERSHIP + "/correction", ProposalKind.CORRECTION,
						Map.of("field", "note", "value", "Frozen since 2024")),
				new Case("/suggest/memberships/" + MEMBERSHIP + "/end", ProposalKind.MEMBERSHIP_END,
						Map.of("to", "2030", "endStatus", "ENDED")),
				new Case("/suggest/memberships/" + MEMBERSHIP + "/status", ProposalKind.STATUS_CHANGE,
						Map.of("status", "WITHDRAWING", "from", "2030")),
				new Case("/suggest/memberships/" + MEMBERSHIP + "/claim", ProposalKind.CLAIM,
						Map.of("field", "from", "value", "2002-10")));
	}

	@ParameterizedTest
	@MethodSource("forms")
	void eachFormIsOfferedAndStoresAProposalOfItsKind(Case form) throws Exception {
		String page = form.path().substring(0, form.path().lastIndexOf('/'));
		this.mvc.perform(get(page).with(CONTRIBUTOR))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"" + form.path() + "\"")));
		String html = this.mvc.perform(get(form.path()).with(CONTRIBUTOR))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"_csrf\"")))
			.andExpect(content().string(containsString("name=\"sourceKey\"")))
			.andExpect(content().string(containsString("name=\"sourceUrl\"")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		for (String field : form.fields().keySet()) {
			assertThat(html).as(field).contains("name=\"" + field + "\"");
			assertThat(html).as("a label for " + field).contains("for=\"f-" + field);
		}
		int before = this.curation.proposals("sofia", false, null).size();
		MockHttpServletRequestBuilder request = post(form.path()).with(CONTRIBUTOR)
			.with(csrf())
			.param("summary", "From the form " + form.path())
			.param("sourceTitle", "A report")
			.param("sourceUrl", "https://example.org/report");
		form.fields().forEach(request::param);
		this.mvc.perform(request)
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/proposals/mine#p-*"));
		List<Proposal> mine = this.curation.proposals("sofia", false, null);
		assertThat(mine).hasSize(before + 1);
		Proposal stored = mine.stream()
			.filter(p -> p.summary().equals("From the form " + form.path()))
			.findFirst()
			.orElseThrow();
		assertThat(stored.kind()).isEqualTo(form.kind());
		assertThat(stored.status()).isEqualTo(ProposalStatus.PENDING);
		assertThat(stored.sources()).singleElement().satisfies(s -> {
			assertThat(s.title()).isEqualTo("A report");
			assertThat(s.isNew()).isTrue();
		});
	}

	@Test
	void formsAreOfferedOnlyWhereTheyMakeSense() throws Exception {
		this.mvc.perform(get("/suggest/states/KAZ").with(CONTRIBUTOR))
			.andExpect(content().string(not(containsString("/suggest/states/KAZ/claim"))))
			.andExpect(content().string(not(containsString("/suggest/states/KAZ/end"))));
		this.mvc.perform(get("/suggest/states/KAZ/claim").with(CONTRIBUTOR)).andExpect(status().isNotFound());
		this.mvc.perform(get("/suggest/organisations/CSTO/troops").with(CONTRIBUTOR)).andExpect(status().isNotFound());
		// Uzbekistan's CSTO membership of 2006 ended in 2012: it can be corrected, not
		// ended again
		this.mvc.perform(get("/suggest/memberships/csto-uzb-member-2006").with(CONTRIBUTOR))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/end\""))));
		this.mvc.perform(get("/suggest/states/XXX").with(CONTRIBUTOR)).andExpect(status().isNotFound());
		this.mvc.perform(get("/suggest/states/KAZ")).andExpect(status().is3xxRedirection());
	}

	@Test
	void aBadValueIsShownNextToItsFieldWithTheValuesKeptAndNothingStored() throws Exception {
		int before = this.curation.proposals("sofia", false, null).size();
		String html = troops("year", "2031", "active", "100", "reserve", "50", "total", "200", "summary",
				"Troops <b>as</b> reported", "sourceTitle", "A yearbook", "sourceUrl", "ftp://example.org/yearbook");
		// the first problem found is the address of the source
		assertThat(html).contains("id=\"f-sourceUrl-error\"")
			.contains("Its address: must be an http or https address")
			.containsPattern("id=\"f-sourceUrl\"[^>]*aria-invalid=\"true\"")
			.containsPattern("id=\"f-sourceUrl\"[^>]*autofocus")
			.contains("value=\"ftp://example.org/yearbook\"")
			.contains("value=\"2031\"")
			.contains("Troops &lt;b&gt;as&lt;/b&gt; reported")
			.doesNotContain("input.sources");
		assertThat(troops("year", "2031", "active", "100", "reserve", "50", "paramilitary", "0", "total", "200",
				"summary", "Troops as reported", "sourceKey", "wikipedia-csto"))
			.contains("id=\"f-total-error\"")
			.contains("Total: must be the sum");
		assertThat(troops("year", "2031", "active", "a lot", "summary", "Troops as reported", "sourceKey",
				"wikipedia-csto"))
			.contains("id=\"f-active-error\"")
			.contains("Active: must be a whole number");
		assertThat(troops("year", "2031", "active", "100", "summary", "Troops as reported"))
			.contains("id=\"f-sourceKey-error\"")
			.contains("must name at least one source");
		assertThat(this.curation.proposals("sofia", false, null)).hasSize(before);
	}

	/** Posts the troop figure form of Kazakhstan's page; the page shown again. */
	private String troops(String... namesAndValues) throws Exception {
		MockHttpServletRequestBuilder request = post("/suggest/states/KAZ/troops").with(CONTRIBUTOR).with(csrf());
		for (int i = 0; i < namesAndValues.length; i += 2) {
			request.param(namesAndValues[i], namesAndValues[i + 1]);
		}
		return this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	@Test
	void aFormPostWithoutTheTokenIsRefused() throws Exception {
		int before = this.curation.proposals("sofia", false, null).size();
		this.mvc
			.perform(post("/suggest/states/KAZ/name").with(CONTRIBUTOR)
				.param("value", "Kazakstan")
				.param("language", "en")
				.param("summary", "Old spelling")
				.param("sourceKey", "wikipedia-csto"))
			.andExpect(status().isForbidden());
		assertThat(this.curation.proposals("sofia", false, null)).hasSize(before);
	}

}
