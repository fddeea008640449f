package fr.ouvert.bench;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Rows shaped like those {@code OpenDataRows} hands to {@code CsvWriter}: ten values of the types it
 * produces (Long, String, BigDecimal, Boolean, ISO date and date-time strings, null), French text
 * with accents, and quoting as in the export benchmark's table: about one field in eight, 1.2 per row
 * on average, holds a comma, a double quote or a line break.
 */
final class BenchRows {

	static final List<String> HEADER = List.of("id", "code_commune", "commune", "objet", "montant_euros", "votants",
			"adopte", "date_seance", "publie_le", "observations");

	private static final String[] COMMUNES = { "Saint-Étienne", "Besançon", "Orléans", "Nîmes", "Béziers",
			"Angoulême", "Pontoise, Val-d'Oise", "L'Haÿ-les-Roses" };

	private static final String[] SUBJECTS = { "Délibération n° %d : « budget primitif », vote à main levée",
			"Arrêté du maire portant \"péril imminent\" rue de l'Église", "Subvention à l'association Les Amis du Pré-Saint-Gervais",
			"Marché public n°%d – lot %d, maîtrise d'œuvre" };

	private BenchRows() {
	}

	/** A fixed seed: every run, and every fork, writes the same characters. */
	static List<List<Object>> generate(int count) {
		Random random = new Random(42);
		List<List<Object>> rows = new ArrayList<>(count);
		Instant base = Instant.parse("2018-01-01T00:00:00Z");
		for (int i = 1; i <= count; i++) {
			long id = 1_000_000L + i;
			Instant published = base.plusSeconds(random.nextInt(200_000_000));
			// Arrays.asList, not List.of: some values are null.
			rows.add(Arrays.asList(
					id,
					String.format("%05d", 1000 + random.nextInt(94_000)),
					COMMUNES[random.nextInt(COMMUNES.length)],
					String.format(SUBJECTS[i % SUBJECTS.length], id, i % 7),
					BigDecimal.valueOf(random.nextInt(100_000_000), 2),
					i % 10 == 0 ? null : (long) random.nextInt(70),
					random.nextBoolean(),
					LocalDate.ofInstant(published, ZoneOffset.UTC).toString(),
					DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(published.atOffset(ZoneOffset.UTC)),
					switch (i % 6) {
						case 0 -> "Adopté à l'unanimité.\nAvis favorable de la commission « finances »";
						case 3 -> "Reporté, faute de quorum";
						default -> null;
					}));
		}
		return rows;
	}
}
