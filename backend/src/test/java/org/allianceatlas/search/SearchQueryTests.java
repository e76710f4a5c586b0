package org.allianceatlas.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.allianceatlas.AtlasTest;
import org.allianceatlas.GraphQlErrors;
import org.allianceatlas.graphql.BadArgumentException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;

@AtlasTest
class SearchQueryTests {

	@Autowired
	GraphQlTester graphQl;

	@Test
	void findsAnAliasInAnotherScriptIgnoringCase() {
		GraphQlTester.Response response = this.graphQl
			.document("{ search(text: \"одкб\") { kind key matched language } }")
			.execute();
		response.path("search[0].kind").entity(String.class).isEqualTo("ORGANISATION");
		response.path("search[0].key").entity(String.class).isEqualTo("CSTO");
		response.path("search[0].matched").entity(String.class).isEqualTo("ОДКБ");
	}

	@Test
	void ignoresAccents() {
		// stored as "Ūjymdyq qauıpsızdık turaly şart ūiymy" and "Arhanizacyja damovy ab
		// kalektyŭnaj biaspecy"
		this.graphQl.document("{ a: search(text: \"UJYMDYQ\") { key } b: search(text: \"kalektyunaj\") { key } }")
			.execute()
			.path("a[*].key")
			.entityList(String.class)
			.contains("CSTO")
			.path("b[*].key")
			.entityList(String.class)
			.contains("CSTO");
	}

	@Test
	void findsStatesEventsAndPrefixes() {
		GraphQlTester.Response response = this.graphQl.document("{ search(text: \"tashk\") { kind key name } }")
			.execute();
		response.path("search[*].key").entityList(String.class).contains("CST");
		response.path("search[*].kind").entityList(String.class).contains("EVENT");
		this.graphQl.document("{ search(text: \"armenia\") { kind key } }")
			.execute()
			.path("search[0].key")
			.entity(String.class)
			.isEqualTo("ARM");
	}

	@Test
	void querySyntaxInTheTextIsJustText() {
		this.graphQl.document("{ search(text: \"CSTO) AND (\\\"\") { key } }")
			.execute()
			.path("search[*].key")
			.entityList(String.class)
			.contains("CSTO");
		assertThat(SearchController.luceneQuery("a:b* ~c")).isEqualTo("(a OR a*) OR (b OR b*) OR (c OR c*)");
		assertThatThrownBy(() -> SearchController.luceneQuery("*:*")).isInstanceOf(BadArgumentException.class);
	}

	@Test
	void textWithoutWordsIsABadRequest() {
		GraphQlErrors.expectError(this.graphQl.document("{ search(text: \"  ?! \") { key } }").execute(),
				ErrorType.BAD_REQUEST, "text");
	}

}
