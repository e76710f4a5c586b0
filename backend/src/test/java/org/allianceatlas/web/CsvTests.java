package org.allianceatlas.web;

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

}
