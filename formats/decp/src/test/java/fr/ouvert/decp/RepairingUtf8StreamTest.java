package fr.ouvert.decp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RepairingUtf8StreamTest {

	private static String repair(byte[] bytes, boolean latin1, boolean xml, int chunk) throws IOException {
		InputStream in = new RepairingUtf8Stream(new ByteArrayInputStream(bytes), latin1, xml);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buffer = new byte[chunk];
		int read;
		while ((read = in.read(buffer, 0, chunk)) >= 0) {
			out.write(buffer, 0, read);
		}
		return out.toString(StandardCharsets.UTF_8);
	}

	@Test
	void validUtf8PassesUnchangedAndInvalidBytesBecomeMarkersWhateverTheReadSize() throws IOException {
		ByteArrayOutputStream mixed = new ByteArrayOutputStream();
		mixed.write("Marché 𝔸 ".getBytes(StandardCharsets.UTF_8));
		mixed.write("Société\u0001".getBytes(StandardCharsets.ISO_8859_1));
		for (int chunk : new int[] {1, 2, 3, 5, 8192}) {
			assertThat(repair(mixed.toByteArray(), false, false, chunk))
					.isEqualTo("Marché 𝔸 Soci\uF7E9t\uF7E9\u0001");
			assertThat(repair(mixed.toByteArray(), false, true, chunk))
					.isEqualTo("Marché 𝔸 Soci\uF7E9t\uF7E9\uF701");
		}
	}

	@Test
	void latin1ModeReencodesEveryByte() throws IOException {
		assertThat(repair("Société".getBytes(StandardCharsets.ISO_8859_1), true, true, 3)).isEqualTo("Société");
	}
}
