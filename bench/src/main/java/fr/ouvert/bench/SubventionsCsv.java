package fr.ouvert.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Writes a CSV valid against the SCDL subventions 2.1.1 schema (16 columns, Luhn-valid SIRETs, enums, patterns),
 * except one row in {@code badEvery} that has one of five errors in turn: a French date, a decimal comma, a wrong
 * SIRET, a percentage above 1, an RNA number too short. Deterministic (fixed seed): the same arguments give the
 * same file.
 */
public final class SubventionsCsv {

	static final String HEADER = "nomAttribuant,idAttribuant,dateConvention,referenceDecision,nomBeneficiaire,"
			+ "idBeneficiaire,rnaBeneficiaire,objet,montant,nature,conditionsVersement,datesPeriodeVersement,idRAE,"
			+ "notificationUE,pourcentageSubvention,dispositifAide";
	private static final String[] ATTRIBUTORS = {"Ville d'Antibes", "Commune de Poitiers", "Région Bretagne",
			"Département de la Corrèze", "Métropole de Lyon"};
	private static final String[] OBJECTS = {"Fonctionnement", "Soutien à l'organisation du festival, édition 2024",
			"Avance de trésorerie sur la subvention \"fonctionnement\" 2024", "Projet pédagogique; sorties scolaires",
			"Équipement sportif"};
	private static final String[] NATURES = {"aide en numéraire", "aide en nature", "aide en numéraire;aide en nature"};
	private static final String[] CONDITIONS = {"unique", "échelonné", "unique;échelonné"};

	private SubventionsCsv() {
	}

	/** Writes {@code rows} data rows; returns the number of rows written with an error. */
	public static long write(Path file, long rows, int badEvery) throws IOException {
		SplittableRandom random = new SplittableRandom(20240601);
		String[] attributorSirets = new String[ATTRIBUTORS.length];
		for (int i = 0; i < attributorSirets.length; i++) {
			attributorSirets[i] = siret(random);
		}
		long bad = 0;
		LocalDate base = LocalDate.of(2015, 1, 1);
		try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file),
				StandardCharsets.UTF_8), 1 << 16)) {
			out.write(HEADER);
			out.write('\n');
			StringBuilder line = new StringBuilder(256);
			for (long r = 1; r <= rows; r++) {
				int errorKind = badEvery > 0 && r % badEvery == 0 ? (int) ((r / badEvery) % 5) : -1;
				if (errorKind >= 0) {
					bad++;
				}
				int a = random.nextInt(ATTRIBUTORS.length);
				LocalDate convention = base.plusDays(random.nextInt(3000));
				boolean association = random.nextInt(3) == 0;
				line.setLength(0);
				line.append(quoted(ATTRIBUTORS[a])).append(',').append(attributorSirets[a]).append(',');
				line.append(errorKind == 0 ? convention.getDayOfMonth() + "/" + convention.getMonthValue() + "/"
						+ convention.getYear() : convention.toString()).append(',');
				line.append("DEL-").append(convention.getYear()).append('-').append(r % 10000).append(',');
				line.append(quoted("Bénéficiaire n°" + r)).append(',');
				String siret = association ? "" : siret(random);
				if (errorKind == 2 && !siret.isEmpty()) {
					siret = siret.substring(0, 13) + (char) ('0' + (siret.charAt(13) - '0' + 1) % 10);
				}
				line.append(siret).append(',');
				String rna = association || random.nextInt(4) == 0 ? "W" + (100000000 + random.nextInt(899999999))
						: "";
				if (errorKind == 4) {
					rna = "W" + random.nextInt(99999);
				}
				line.append(rna).append(',');
				line.append(quoted(OBJECTS[random.nextInt(OBJECTS.length)])).append(',');
				long cents = 1000 + random.nextLong(10_000_000);
				String amount = cents / 100 + "." + String.format("%02d", cents % 100);
				line.append(errorKind == 1 ? quoted(amount.replace('.', ',')) : amount).append(',');
				line.append(NATURES[random.nextInt(NATURES.length)]).append(',');
				line.append(CONDITIONS[random.nextInt(CONDITIONS.length)]).append(',');
				LocalDate from = convention.plusDays(random.nextInt(60));
				line.append(from).append('/').append(from.plusDays(30 + random.nextInt(300))).append(',');
				line.append(random.nextInt(5) == 0 ? "R" + random.nextInt(9999) : "").append(',');
				line.append(random.nextInt(10) == 0 ? "oui" : "non").append(',');
				line.append(errorKind == 3 ? "1.5" : "0." + (10 + random.nextInt(90))).append(',');
				line.append(random.nextInt(4) == 0 ? quoted("Dispositif " + (char) ('A' + random.nextInt(26))) : "");
				line.append('\n');
				out.append(line);
			}
		}
		return bad;
	}

	private static String quoted(String value) {
		if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0) {
			return value;
		}
		return '"' + value.replace("\"", "\"\"") + '"';
	}

	/** A random 14-digit SIRET whose SIREN and whole number pass Luhn. */
	static String siret(SplittableRandom random) {
		String siren = withLuhnDigit(String.format("%08d", random.nextInt(100_000_000)));
		return withLuhnDigit(siren + String.format("%04d", random.nextInt(10_000)));
	}

	private static String withLuhnDigit(String digits) {
		for (char check = '0'; check <= '9'; check++) {
			String candidate = digits + check;
			if (luhn(candidate)) {
				return candidate;
			}
		}
		throw new IllegalStateException("a Luhn digit always exists");
	}

	private static boolean luhn(String digits) {
		int sum = 0;
		boolean doubled = false;
		for (int i = digits.length() - 1; i >= 0; i--) {
			int digit = digits.charAt(i) - '0';
			if (doubled) {
				digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
			}
			sum += digit;
			doubled = !doubled;
		}
		return sum % 10 == 0;
	}
}
