package fr.ouvert.tableschema;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** The shortcuts of casting and constraints give what the general path gives. */
class FieldFastPathsTest {

	@Test
	void decimalsAreTheBigDecimalsOfTheirText() {
		SplittableRandom random = new SplittableRandom(5);
		List<String> texts = new ArrayList<>(List.of("0", "-0", "+0.0", "1.50", "-12.345", "5.", ".5", "-.25",
				"123456789012345678", "1234567890123456789", "0.000000000000000001", "99999999999999999.9",
				"999999999999999999.9", "1e3", "-2.5E-2", "0000000000000000000000012.10"));
		for (int i = 0; i < 100_000; i++) {
			StringBuilder text = new StringBuilder(List.of("", "+", "-").get(random.nextInt(3)));
			int before = random.nextInt(22);
			for (int d = 0; d < before; d++) {
				text.append((char) ('0' + random.nextInt(10)));
			}
			if (before == 0 || random.nextBoolean()) {
				text.append('.');
				int after = 1 + random.nextInt(12);
				for (int d = 0; d < after; d++) {
					text.append((char) ('0' + random.nextInt(10)));
				}
			}
			texts.add(text.toString());
		}
		for (String text : texts) {
			BigDecimal expected = new BigDecimal(text);
			BigDecimal actual = Field.decimal(text);
			assertThat(actual).as(text).isEqualTo(expected);
			assertThat(actual.scale()).as(text).isEqualTo(expected.scale());
			assertThat(actual.toString()).as(text).isEqualTo(expected.toString());
		}
	}

	@Test
	void lengthConstraintsCountCodePointsWhateverTheShortcut() throws TableSchemaException {
		TableSchema schema = TableSchema.parse("{\"fields\": [{\"name\": \"texte\", \"constraints\": "
				+ "{\"minLength\": 3, \"maxLength\": 5}}]}");
		Field field = schema.fields().get(0);
		String[] pieces = {"a", "é", "😀"};
		SplittableRandom random = new SplittableRandom(9);
		int violations = 0;
		for (int i = 0; i < 20_000; i++) {
			StringBuilder text = new StringBuilder();
			int count = random.nextInt(9);
			for (int p = 0; p < count; p++) {
				text.append(pieces[random.nextInt(pieces.length)]);
			}
			String cell = text.toString();
			int codePoints = cell.codePointCount(0, cell.length());
			List<String> expected = codePoints < 3 ? List.of("minLength")
					: codePoints > 5 ? List.of("maxLength") : List.of();
			assertThat(field.violatedConstraints(cell, field.cast(cell))).as(cell).isEqualTo(expected);
			violations += expected.size();
		}
		assertThat(violations).isBetween(2_000, 18_000);
	}
}
