package fr.ouvert.kernel.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** RFC 4180: comma, CRLF, quotes only where needed, doubled inside. */
class CsvWriterTest {

	private String write(Object... values) {
		StringWriter out = new StringWriter();
		new CsvWriter(out).writeRow(Arrays.asList(values));
		return out.toString();
	}

	@Test
	void plainFieldsAreNotQuoted() {
		assertThat(write("18.6", 42, true, "2019-12-31")).isEqualTo("18.6,42,true,2019-12-31\r\n");
	}

	@Test
	void fieldsWithCommaQuoteOrLineBreakAreQuoted() {
		assertThat(write("a,b", "dit « oui »", "il a dit \"non\"", "ligne 1\nligne 2", "cr\r"))
			.isEqualTo("\"a,b\",dit « oui »,\"il a dit \"\"non\"\"\",\"ligne 1\nligne 2\",\"cr\r\"\r\n");
	}

	@Test
	void decimalsAreWrittenInPlainNotation() {
		assertThat(write(new java.math.BigDecimal("1E-7"), new java.math.BigDecimal("12.50"))).isEqualTo("0.0000001,12.50\r\n");
	}

	@Test
	void nullIsAnEmptyField() {
		assertThat(write("a", null, "c")).isEqualTo("a,,c\r\n");
	}
}
