package fr.ouvert.decp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every real and official file of the shared data folder reads without exception, in place (the GPL edge-case
 * files must not be copied into the repository); and the AIFE file's report matches the reference's counts.
 */
class RealFilesTest {

	static final Path SHARED = Path.of("../../../shared/data/procurement");
	static final Path DEMO = Path.of("../../demo-data/procurement");

	static List<Path> sharedFiles() throws IOException {
		assumeTrue(Files.isDirectory(SHARED), "Dossier " + SHARED.toAbsolutePath().normalize()
				+ " absent : les fichiers réels DECP (dont les cas limites GPL, lus sur place) ne sont pas testés.");
		List<Path> files = new ArrayList<>();
		for (String folder : List.of("decp-2019/json", "decp-2019/xml", "decp-2022/json", "decp-2022/xml")) {
			try (Stream<Path> list = Files.list(SHARED.resolve(folder))) {
				list.sorted().forEach(files::add);
			}
		}
		return files;
	}

	@Test
	void everyRealFileReadsWithoutException() throws IOException {
		DecpReader reader = new DecpReader();
		for (Path file : sharedFiles()) {
			SourceReport report = new SourceReport(file.getFileName().toString());
			reader.read(file, report::add);
			System.out.println(report);
			assertThat(report.records()).as(file.toString()).isPositive();
		}
	}

	@Test
	void aifeReportShowsTheReferenceCounts() throws IOException {
		SourceReport report = new SourceReport("aife");
		new DecpReader().read(DEMO.resolve("aife_2019-04-04.json"), report::add);
		assertThat(report.records()).isEqualTo(4530);
		assertThat(report.exactDuplicates()).isEqualTo(167);
		// The reference counted 46 buyer SIRETs failing Luhn on their 14 digits; FrenchIdentifiers also requires
		// the SIREN (first 9 digits) to pass Luhn, which 9 more fail: 55 issues, of which 46 fail the full Luhn.
		assertThat(report.countsByCode()).containsEntry("invalid-buyer-siret", 55L);
		List<String> invalid = new ArrayList<>();
		new DecpReader().read(DEMO.resolve("aife_2019-04-04.json"), record -> record.issues().stream()
				.filter(i -> i.code().equals("invalid-buyer-siret"))
				.forEach(i -> invalid.add(record.contract().acheteurId())));
		assertThat(invalid).hasSize(55);
		assertThat(invalid.stream().filter(id -> !luhn(id))).hasSize(46);
		assertThat(invalid.stream().filter(id -> luhn(id) && !luhn(id.substring(0, 9)))).hasSize(9);
	}

	/** Plain Luhn, as the reference's profiling applied it to the 14 digits of a SIRET. */
	private static boolean luhn(String digits) {
		int sum = 0;
		for (int i = 0; i < digits.length(); i++) {
			int digit = digits.charAt(digits.length() - 1 - i) - '0';
			if (i % 2 == 1) {
				digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
			}
			sum += digit;
		}
		return sum % 10 == 0;
	}
}
