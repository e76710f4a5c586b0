package org.allianceatlas.web;

import java.util.List;

import org.allianceatlas.source.Source;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The CSV writer: RFC 4180 quoting and neutralised formula prefixes. */
class CsvTests {

	@Test
	void plainCellsStayAsTheyAre() {
		assertThat(new Csv().row("Armenia", "ARM", 2020, 70600L, null, false).toString())
			.isEqualTo("Armenia,ARM,2020,70600,,false\r\n");
	}

	@Test
	void quotesCommasAndLineBreaksAreQuotedWithQuotesDoubled() {
		assertThat(Csv.cell("Korea, Republic of")).isEqualTo("\"Korea, Republic of\"");
		assertThat(Csv.cell("the \"Military Balance\"")).isEqualTo("\"the \"\"Military Balance\"\"\"");
		assertThat(Csv.cell("two\nlines")).isEqualTo("\"two\nlines\"");
		assertThat(Csv.cell("two\r\nlines")).isEqualTo("\"two\r\nlines\"");
	}

	@Test
	void textThatASpreadsheetWouldRunIsNeutralised() {
		assertThat(Csv.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
		assertThat(Csv.cell("+1")).isEqualTo("'+1");
		assertThat(Csv.cell("-2")).isEqualTo("'-2");
		assertThat(Csv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(Csv.cell("\tx")).isEqualTo("'\tx");
		assertThat(Csv.cell("a=b")).isEqualTo("a=b");
	}

	@Test
	void numbersAreNumbersEvenWhenNegative() {
		assertThat(Csv.cell(-5)).isEqualTo("-5");
		assertThat(Csv.cell(23.2)).isEqualTo("23.2");
	}

	@Test
	void fileNamesSayWhatAndWhenInLowerCase() {
		assertThat(Csv.fileName("csv", "CSTO", "members", "2024-06-01")).isEqualTo("csto-members-2024-06-01.csv");
		assertThat(Csv.fileName("csv", "troops", "CSTO", 2020, null)).isEqualTo("troops-csto-2020.csv");
		assertThat(Csv.fileName("csv", "organisations", "Shanghai Five", " ", "Union State"))
			.isEqualTo("organisations-shanghai-five-union-state.csv");
		assertThat(Csv.fileName("csv", "timeline", "../etc", "\"")).isEqualTo("timeline-etc.csv");
	}

	@Test
	void theSourcesCellNamesEachDocumentOnceWithItsAddress() {
		Source book = new Source("iiss-2020", "The Military Balance 2020", "IISS", null, "book", "2020", null);
		Source page = new Source("wiki", "CSTO", "Wikipedia", "https://en.wikipedia.org/wiki/CSTO", "web", null, null);
		assertThat(Csv.sources(List.of(book, page, book)))
			.isEqualTo("The Military Balance 2020; CSTO <https://en.wikipedia.org/wiki/CSTO>");
		assertThat(Csv.sources(List.of())).isEmpty();
	}

}
