package fr.ouvert.integrity.register;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import fr.ouvert.hatvp.register.ActionRepresentationInteret;
import fr.ouvert.hatvp.register.Activite;
import fr.ouvert.hatvp.register.CategorieOrganisation;
import fr.ouvert.hatvp.register.ElementListe;
import fr.ouvert.hatvp.register.Exercice;
import fr.ouvert.hatvp.register.Organisation;
import fr.ouvert.hatvp.register.Personne;
import fr.ouvert.hatvp.register.Publication;
import fr.ouvert.hatvp.register.RegisterJsonWriter;
import fr.ouvert.integrity.register.importing.ImportResult;
import fr.ouvert.integrity.register.importing.RegisterImports;

import org.springframework.core.io.ClassPathResource;

/**
 * Registers for the tests: the bundled HATVP sample, and small registers written in HATVP's JSON by the library's
 * writer, with HATVP identifiers of their own so that tests never collide.
 */
public final class RegisterFixtures {

	/** The JSON sample bundled as demo data (the same file as the shared data's, with its README). */
	public static final String SAMPLE = "demo-data/integrity/register/regardscitoyens_hatvp_agora_ORGA_PUB.json";

	private RegisterFixtures() {
	}

	public static ImportResult importSample(RegisterImports imports) throws IOException {
		try (InputStream in = new ClassPathResource(SAMPLE).getInputStream()) {
			return imports.importJson(in, "regardscitoyens_hatvp_agora_ORGA_PUB.json");
		}
	}

	/** HATVP's 15-table CSV slice bundled as demo data. */
	public static final String CSV = "demo-data/integrity/register/csv/";

	public static ImportResult importCsvSlice(RegisterImports imports) throws IOException {
		return imports.importCsv("csv", table -> new ClassPathResource(CSV + table.fileName()).getInputStream());
	}

	/** The national identifiers of the JSON sample. */
	public static java.util.Set<String> sampleIds() throws IOException {
		java.util.Set<String> ids = new java.util.HashSet<>();
		try (InputStream in = new ClassPathResource(SAMPLE).getInputStream()) {
			new fr.ouvert.hatvp.register.RegisterJsonReader().read(in, "sample", p -> ids.add(p.identifiantNational()));
		}
		return ids;
	}

	/** The national identifiers of the CSV slice (one of them is in the JSON sample too). */
	public static java.util.Set<String> csvIds() throws IOException {
		java.util.Set<String> ids = new java.util.HashSet<>();
		new fr.ouvert.hatvp.register.RegisterCsvReader().read("csv",
				table -> new ClassPathResource(CSV + table.fileName()).getInputStream(), p -> ids.add(p.identifiantNational()));
		return ids;
	}

	/** A fresh HATVP-assigned identifier: H and 9 digits. */
	public static String hatvpId() {
		return "H" + (100_000_000 + ThreadLocalRandom.current().nextInt(899_999_999));
	}

	/** A fresh SIREN with a valid check digit (Luhn). */
	public static String siren() {
		String body = Integer.toString(10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
		for (int check = 0; check < 10; check++) {
			String candidate = body + check;
			int sum = 0;
			for (int i = 0; i < 9; i++) {
				int d = candidate.charAt(8 - i) - '0';
				if (i % 2 == 1) {
					d = d * 2 > 9 ? d * 2 - 9 : d * 2;
				}
				sum += d;
			}
			if (sum % 10 == 0) {
				return candidate;
			}
		}
		throw new IllegalStateException("no check digit for " + body);
	}

	/** One action targeting these types of officials, with one decision and one action. */
	public static ActionRepresentationInteret action(String official, String decision, String action) {
		return new ActionRepresentationInteret(List.of(official), null, List.of(decision), List.of(action), null,
				List.of("TEST (en propre)"), null);
	}

	public static Exercice exercice(long id, LocalDate start, LocalDate end, LocalDateTime filed, String expense,
			List<ActionRepresentationInteret> actions) {
		List<Activite> activities = actions.stream()
			.map(a -> new Activite("FICHE" + id % 1000, "Objet de l'activité " + id, List.of("Energie"), filed, List.of(a)))
			.toList();
		return new Exercice(id, start, end, filed, expense, null, null, 1, activities.size(), activities.isEmpty(), false,
				null, activities);
	}

	public static Publication publication(String id, String denomination, String category, String sector,
			List<Organisation> clients, List<Exercice> exercices) {
		return new Publication(denomination, null, null, null, id, "HATVP", new CategorieOrganisation(category, null, null, null),
				"1 rue de Test", "75001", "PARIS", "FRANCE", null, null, null, null, null, null, true, false, false,
				List.of(new Personne("MME", "DUPONT", "Jeanne", "Présidente")),
				List.of(new Personne("M", "MARTIN", "Paul", "Chargé des affaires publiques")), !clients.isEmpty(), clients,
				false, List.of(), List.of(new ElementListe(sector, null, null, null)),
				List.of(new ElementListe("NATIONAL", "National", 2, null)), LocalDateTime.of(2020, 1, 15, 10, 0), null, null,
				true, null, null, null, exercices);
	}

	/** The publications in HATVP's JSON, written by the library, as a stream to import. */
	public static InputStream json(Publication... publications) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		RegisterJsonWriter writer = new RegisterJsonWriter(out);
		for (Publication p : publications) {
			writer.write(p);
		}
		writer.close();
		return new ByteArrayInputStream(out.toByteArray());
	}
}
