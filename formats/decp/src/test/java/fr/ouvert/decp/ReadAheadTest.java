package fr.ouvert.decp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Reading on a thread of its own gives the caller what a plain read gives, in order, failures included. */
class ReadAheadTest {

	private static final Path AIFE = RealFilesTest.DEMO.resolve("aife_2019-04-04.json");

	@Test
	void theRecordsAreThoseOfAPlainReadInTheSameOrderOnTheCallersThread() throws IOException {
		List<DecpRecord> plain = new ArrayList<>();
		new DecpReader().read(AIFE, plain::add);
		List<DecpRecord> ahead = new ArrayList<>();
		Thread caller = Thread.currentThread();
		List<Thread> threads = new ArrayList<>();
		try (InputStream in = Files.newInputStream(AIFE)) {
			new DecpReader().readAhead(in, AIFE.getFileName().toString(), record -> {
				ahead.add(record);
				if (threads.isEmpty() || threads.get(threads.size() - 1) != Thread.currentThread()) {
					threads.add(Thread.currentThread());
				}
			});
		}
		assertThat(ahead).hasSize(4530).isEqualTo(plain);
		assertThat(threads).containsExactly(caller);
	}

	@Test
	void aTruncatedFileGivesTheEarlierRecordsThenItsError() {
		String truncated = "{\"marches\": [\n{\"_type\": \"Marché\", \"id\": \"2019001\", \"acheteur\": {\"id\": "
				+ "\"21350238800019\"}},\n{\"_type\": \"Marché\", \"id\": \"20";
		List<DecpRecord> records = new ArrayList<>();
		assertThatThrownBy(() -> new DecpReader().readAhead(
				new ByteArrayInputStream(truncated.getBytes(StandardCharsets.UTF_8)), "coupé.json", records::add))
			.isInstanceOf(DecpFormatException.class)
			.hasMessageStartingWith("coupé.json, ligne 3");
		assertThat(records).hasSize(1);
	}

	@Test
	void whenTheCallerFailsReadingStopsAndTheCallerGetsItsException() throws IOException {
		List<DecpRecord> records = new ArrayList<>();
		try (InputStream in = Files.newInputStream(AIFE)) {
			assertThatThrownBy(() -> new DecpReader().readAhead(in, "aife.json", record -> {
				records.add(record);
				if (records.size() == 1000) {
					throw new IllegalStateException("base de données indisponible");
				}
			})).isInstanceOf(IllegalStateException.class).hasMessage("base de données indisponible");
		}
		assertThat(records).hasSize(1000);
	}
}
