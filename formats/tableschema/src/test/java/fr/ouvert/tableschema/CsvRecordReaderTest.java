package fr.ouvert.tableschema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** The byte parser against a plain character-by-character reading of the same text, and UTF-8 as the JDK reads it. */
class CsvRecordReaderTest {

	@Test
	void bytesReadInPiecesOfAnySizeGiveTheRecordsOfTheText() throws IOException {
		SplittableRandom random = new SplittableRandom(7);
		for (int round = 0; round < 40; round++) {
			String text = csv(random, round < 30 ? 200 : 6000);
			byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
			List<List<String>> expected = records(text, ',');

			assertThat(read(new CsvRecordReader(new Pieces(bytes, random, round % 2 == 0 ? 7 : 70_000))))
					.as("round %d", round).isEqualTo(expected);
			assertThat(read(new CsvRecordReader(new StringReader(text)))).isEqualTo(expected);
		}
	}

	@Test
	void valuesLongerThanTheBufferAreReadWhole() throws IOException {
		String plain = "é1😀a".repeat(40_000);
		String quoted = "x,\"y\"\n".repeat(30_000);
		String text = "a,b\n" + plain + ",\"" + quoted.replace("\"", "\"\"") + "\"\nfin,1\n";
		CsvRecordReader reader = new CsvRecordReader(new Pieces(Fixtures.utf8(text), new SplittableRandom(4), 9000));
		assertThat(read(reader)).containsExactly(List.of("a", "b"), List.of(plain, quoted), List.of("fin", "1"));
	}

	@Test
	void aByteOrderMarkIsSkippedAndTheDelimiterDetected() throws IOException {
		byte[] body = "a;b\n\"x;1\";é\n".getBytes(StandardCharsets.UTF_8);
		byte[] withBom = new byte[body.length + 3];
		withBom[0] = (byte) 0xEF;
		withBom[1] = (byte) 0xBB;
		withBom[2] = (byte) 0xBF;
		System.arraycopy(body, 0, withBom, 3, body.length);

		CsvRecordReader reader = new CsvRecordReader(new Pieces(withBom, new SplittableRandom(1), 1));
		assertThat(reader.delimiter()).isEqualTo(';');
		assertThat(read(reader)).containsExactly(List.of("a", "b"), List.of("x;1", "é"));
	}

	@Test
	void invalidUtf8IsFoundAsTheJdkDecoderFindsIt() throws IOException {
		SplittableRandom random = new SplittableRandom(3);
		byte[] interesting = {0x41, (byte) 0x80, (byte) 0xBF, (byte) 0xC0, (byte) 0xC2, (byte) 0xDF, (byte) 0xE0,
				(byte) 0xA0, (byte) 0xED, (byte) 0x9F, (byte) 0xEF, (byte) 0xF0, (byte) 0x90, (byte) 0xF4,
				(byte) 0x8F, (byte) 0xF5, (byte) 0xFF};
		int invalid = 0;
		for (int i = 0; i < 60_000; i++) {
			byte[] bytes = new byte[1 + random.nextInt(6)];
			for (int j = 0; j < bytes.length; j++) {
				byte b = random.nextInt(4) == 0 ? (byte) random.nextInt(256)
						: interesting[random.nextInt(interesting.length)];
				bytes[j] = "\",\n\r".indexOf(b) >= 0 ? (byte) 'A' : b;
			}
			if (i % 1000 == 0) {
				bytes = new byte[] {0x41, (byte) 0xEF, (byte) 0xBF, (byte) 0xBD};
			}
			boolean jdkValid = decodes(bytes);
			assertThat(CsvRecordReader.malformedLength(bytes, 0, bytes.length) == 0).as("%s", hex(bytes))
					.isEqualTo(jdkValid);
			assertThat(readsAsOneValue(bytes)).as("%s", hex(bytes))
					.isEqualTo(jdkValid ? new String(bytes, StandardCharsets.UTF_8) : null);
			invalid += jdkValid ? 0 : 1;
		}
		assertThat(invalid).as("invalid of 60,000").isBetween(3_000, 58_500);
	}

	@Test
	void aValueWithInvalidUtf8StopsTheReadingAfterTheRecordsBeforeIt() throws IOException {
		byte[] valid = "a,b\nOrléans,1\n".getBytes(StandardCharsets.UTF_8);
		byte[] latin1 = "Orléans,2\n".getBytes(StandardCharsets.ISO_8859_1);
		byte[] bytes = new byte[valid.length + latin1.length];
		System.arraycopy(valid, 0, bytes, 0, valid.length);
		System.arraycopy(latin1, 0, bytes, valid.length, latin1.length);
		CsvRecordReader reader = new CsvRecordReader(new ByteArrayInputStream(bytes));
		assertThat(reader.next()).containsExactly("a", "b");
		assertThat(reader.next()).containsExactly("Orléans", "1");
		assertThatThrownBy(reader::next).isInstanceOf(MalformedInputException.class);
	}

	/** The bytes (no quote, comma or line end) as the value of a record after a header, or null when malformed. */
	private static String readsAsOneValue(byte[] bytes) throws IOException {
		byte[] input = new byte[bytes.length + 2];
		input[0] = 'v';
		input[1] = '\n';
		System.arraycopy(bytes, 0, input, 2, bytes.length);
		CsvRecordReader reader = new CsvRecordReader(new ByteArrayInputStream(input));
		reader.next();
		try {
			return reader.next().get(0);
		} catch (MalformedInputException e) {
			return null;
		}
	}

	@Test
	void aValueThatRepeatsInItsColumnIsTheSameString() throws IOException {
		StringBuilder text = new StringBuilder("nature,montant\n");
		for (int i = 0; i < 10_000; i++) {
			text.append(i % 3 == 0 ? "aide en numéraire" : "aide en nature").append(',').append(i).append('\n');
		}
		CsvRecordReader reader = new CsvRecordReader(new ByteArrayInputStream(Fixtures.utf8(text.toString())));
		reader.next();
		List<List<String>> records = read(reader);
		assertThat(records).hasSize(10_000);
		for (int i = 0; i < records.size(); i++) {
			assertThat(records.get(i)).containsExactly(i % 3 == 0 ? "aide en numéraire" : "aide en nature",
					Integer.toString(i));
		}
		assertThat(records.get(9_999).get(0)).isSameAs(records.get(0).get(0));
		assertThat(records.get(9_998).get(0)).isSameAs(records.get(1).get(0));
	}

	private static boolean decodes(byte[] bytes) {
		try {
			StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
			return true;
		} catch (CharacterCodingException e) {
			return false;
		}
	}

	private static String hex(byte[] bytes) {
		StringBuilder text = new StringBuilder();
		for (byte b : bytes) {
			text.append(String.format("%02X ", b));
		}
		return text.toString();
	}

	private static List<List<String>> read(CsvRecordReader reader) throws IOException {
		List<List<String>> records = new ArrayList<>();
		for (List<String> record = reader.next(); record != null; record = reader.next()) {
			records.add(List.copyOf(record));
		}
		return records;
	}

	/** Lines of values: plain, accented, with a 4-byte character, quoted with delimiters, quotes and line ends. */
	private static String csv(SplittableRandom random, int lines) {
		String[] values = {"", "x", "Orléans", "Équipement sportif", "😀 fête", "12345678901234", "a\"b",
				"\"quoted, with comma\"", "\"two\nlines\"", "\"say \"\"hi\"\"\"", "\"\"", "\"end\"tail", "\"cr\r\nlf\"",
				"long value ".repeat(40)};
		String[] ends = {"\n", "\r\n", "\r"};
		StringBuilder text = new StringBuilder("h1,h2,h3\n");
		for (int i = 0; i < lines; i++) {
			int cells = 1 + random.nextInt(4);
			for (int c = 0; c < cells; c++) {
				text.append(c == 0 ? "" : ",").append(values[random.nextInt(values.length)]);
			}
			text.append(ends[random.nextInt(ends.length)]);
		}
		if (random.nextBoolean()) {
			text.append("last,\"unclosed");
		}
		return text.toString();
	}

	/** The records of a text, one character at a time (the reference the parser must agree with). */
	private static List<List<String>> records(String text, char delimiter) {
		List<List<String>> records = new ArrayList<>();
		int i = 0;
		int n = text.length();
		while (i < n) {
			List<String> record = new ArrayList<>();
			while (true) {
				StringBuilder value = new StringBuilder();
				if (i < n && text.charAt(i) == '"') {
					i++;
					while (i < n) {
						char c = text.charAt(i);
						if (c == '"') {
							if (i + 1 < n && text.charAt(i + 1) == '"') {
								value.append('"');
								i += 2;
								continue;
							}
							i++;
							break;
						}
						value.append(c);
						i++;
					}
				}
				while (i < n && text.charAt(i) != delimiter && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
					value.append(text.charAt(i++));
				}
				record.add(value.toString());
				if (i >= n) {
					break;
				}
				char end = text.charAt(i++);
				if (end == delimiter) {
					continue;
				}
				if (end == '\r' && i < n && text.charAt(i) == '\n') {
					i++;
				}
				break;
			}
			records.add(record);
		}
		return records;
	}

	/** An input stream that hands out its bytes in pieces of random sizes, up to {@code largest}. */
	private static final class Pieces extends InputStream {
		private final byte[] bytes;
		private final SplittableRandom random;
		private final int largest;
		private int position;

		Pieces(byte[] bytes, SplittableRandom random, int largest) {
			this.bytes = bytes;
			this.random = random;
			this.largest = largest;
		}

		@Override
		public int read() {
			return position < bytes.length ? bytes[position++] & 0xFF : -1;
		}

		@Override
		public int read(byte[] target, int offset, int length) {
			if (position >= bytes.length) {
				return -1;
			}
			int count = Math.min(Math.min(length, 1 + random.nextInt(largest)), bytes.length - position);
			System.arraycopy(bytes, position, target, offset, count);
			position += count;
			return count;
		}
	}
}
