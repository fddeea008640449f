package fr.ouvert.bench;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.SplittableRandom;

import fr.ouvert.bench.DecpProfile.SourceProfile;
import fr.ouvert.decp.Contract;
import fr.ouvert.decp.ContractKind;
import fr.ouvert.decp.Generation;
import fr.ouvert.decp.LieuExecution;
import fr.ouvert.decp.Modification;
import fr.ouvert.decp.Titulaire;

/**
 * Realistic DECP records at the national volume, deterministic for a seed, drawn from the distributions measured
 * on the real samples ({@link DecpProfile}, computed by {@link DecpSampleProfile}).
 *
 * <p>Each national source (the largest ones of the consolidated flow of January 2026, with their record counts,
 * see {@link #SOURCES}) takes its values and its defects from the real file of the same kind of publisher: the
 * State's AIFE (missing dates, invalid SIRETs, mis-decoded accents, amounts as strings), DGFiP's PES Marché
 * (dates with a time-zone suffix, CPV check digits, {@code uid}), the platforms (marches-publics.info,
 * e-marchespublics). Contracts notified from 2024 are published in the 2022 format, earlier ones in the 2019
 * format. About one contract in eight is also published by one or two other sources, so that these copies are
 * 13 % of all records ({@link #CROSS_SOURCE_DUPLICATE_SHARE}; decp-rama's measure: 68,973 marchés → 59,924 after
 * dedupe); inside a source, exact duplicates occur at the rate of its real file.
 *
 * <p>Contract {@code i} is drawn from its own random generator seeded by (seed, i), so {@link #contract(long)}
 * gives the same contract as the files, in any order, without keeping anything in memory.
 */
final class DecpGenerator {

	/** A source of the national flow: its folder, its volume in January 2026, the measured file it behaves like. */
	record Source(String folder, long nationalRecords, String profile, boolean xml) {
	}

	/**
	 * decp-processing's statistics of January 2026 (reference §11): 1,539,892 unique marchés, the largest sources
	 * by records; PES legacy + 2024, and the three AWS datasets, are merged. "autres-plateformes" is the rest of
	 * the 52 datasets. Mégalis Bretagne publishes XML.
	 */
	static final List<Source> SOURCES = List.of(
			new Source("pes-marche", 452_042, "pes-marche", false),
			new Source("aws-marches-publics", 391_694, "marches-publics-info", false),
			new Source("aife-dume", 322_748, "aife", false),
			new Source("e-marchespublics", 101_876, "e-marchespublics", false),
			new Source("atexo-maximilien", 56_777, "e-marchespublics", false),
			new Source("megalis-bretagne", 41_747, "marches-publics-info", true),
			new Source("marches-securises", 38_845, "e-marchespublics", false),
			new Source("autres-plateformes", 134_163, "marches-publics-info", false));

	static final double CROSS_SOURCE_DUPLICATE_SHARE = 0.13;
	/** Among the contracts published more than once, the share published by three sources rather than two. */
	private static final double THREE_SOURCES_SHARE = 0.2;
	/** National buyers and titulaires per unique marché (26,773 and 193,799 for 1,539,892, January 2026). */
	private static final double BUYERS_PER_CONTRACT = 26_773 / 1_539_892.0;
	private static final double TITULAIRES_PER_CONTRACT = 193_799 / 1_539_892.0;
	/** Notification years, equally likely (no per-year count is published; see bench/README.md). */
	private static final int FIRST_YEAR = 2018;
	private static final int LAST_YEAR = 2025;
	private static final LocalDate DECP_2022_FROM = LocalDate.of(2024, 1, 1);

	private static final String[] FORMES = { "SAS", "SARL", "SA", "EURL", "SCOP", "SASU", "Association", "GIE" };
	private static final String[] TRADES = { "Bâtiment", "Travaux publics", "Électricité", "Informatique", "Nettoyage",
			"Restauration", "Conseil", "Ingénierie", "Paysage", "Transports", "Imprimerie", "Sécurité", "Menuiserie",
			"Plomberie", "Fournitures", "Énergie", "Voirie", "Formation", "Architecture", "Études" };
	private static final String[] BRANDS = { "Armor", "Léman", "Provence", "Atlantique", "Horizon", "Avenir", "Alpes",
			"Occitane", "Val de Loire", "Nord", "Azur", "Bocage", "Cévennes", "Vosges", "Océan", "Rhône", "Garonne",
			"Sologne", "Morvan", "Quercy" };

	private final DecpProfile profile;
	private final long seed;
	private final long records;
	private final ZipfSampler sourceSampler;
	private final Buyer[][] buyers;
	private final ZipfSampler[] buyerSamplers;
	private final ZipfSampler titulaireSampler;
	private final double crossSourceRate;

	/** A buyer of a source, fixed for the whole run. */
	record Buyer(String siret, String nom, String departement, String commune) {
	}

	/**
	 * One unique contract and where it is published.
	 *
	 * @param home the index of the source that publishes it first, in {@link #SOURCES}
	 * @param copies the other sources that publish it too
	 * @param exactDuplicate whether its home source publishes it twice
	 * @param styleSeed seeds the source-dependent spelling of its records
	 */
	record Generated(long index, Contract contract, int home, int[] copies, boolean exactDuplicate, long styleSeed) {

		int publications() {
			return 1 + copies.length + (exactDuplicate ? 1 : 0);
		}
	}

	/**
	 * @param records the number of records the files hold, duplicates included (1,500,000 is the national volume)
	 */
	DecpGenerator(DecpProfile profile, long seed, long records) {
		this.profile = profile;
		this.seed = seed;
		this.records = records;
		this.sourceSampler = new ZipfSampler(SOURCES.stream().mapToDouble(Source::nationalRecords).toArray());
		// Copies per unique contract so that copies / all records = 13 %: c / (1 + c) = 0.13.
		double copiesPerContract = CROSS_SOURCE_DUPLICATE_SHARE / (1 - CROSS_SOURCE_DUPLICATE_SHARE);
		this.crossSourceRate = copiesPerContract / (1 + THREE_SOURCES_SHARE);
		long unique = Math.round(records * (1 - CROSS_SOURCE_DUPLICATE_SHARE));
		long nationalTotal = SOURCES.stream().mapToLong(Source::nationalRecords).sum();
		this.buyers = new Buyer[SOURCES.size()][];
		this.buyerSamplers = new ZipfSampler[SOURCES.size()];
		for (int s = 0; s < SOURCES.size(); s++) {
			Source source = SOURCES.get(s);
			SourceProfile p = profile.source(source.profile());
			int count = (int) Math.max(5, Math.round(unique * BUYERS_PER_CONTRACT * source.nationalRecords() / nationalTotal));
			buyers[s] = new Buyer[count];
			for (int b = 0; b < count; b++) {
				buyers[s][b] = buyer(s, b, p);
			}
			buyerSamplers[s] = ZipfSampler.of(count, p.rate("buyerZipfExponent"));
		}
		this.titulaireSampler = ZipfSampler.of((int) Math.max(100, Math.round(unique * TITULAIRES_PER_CONTRACT)), 0.8);
	}

	long records() {
		return records;
	}

	long seed() {
		return seed;
	}

	DecpProfile profile() {
		return profile;
	}

	// ---------------------------------------------------------------- contracts

	/** Unique contract {@code index} (from 0), the same whenever asked. */
	Generated contract(long index) {
		SplittableRandom r = new SplittableRandom(mix(seed, index));
		int home = sourceSampler.next(r);
		Source source = SOURCES.get(home);
		SourceProfile p = profile.source(source.profile());
		int[] copies = new int[0];
		if (r.nextDouble() < crossSourceRate) {
			copies = new int[r.nextDouble() < THREE_SOURCES_SHARE ? 2 : 1];
			for (int c = 0; c < copies.length; c++) {
				int other;
				do {
					other = sourceSampler.next(r);
				}
				while (other == home || (c == 1 && other == copies[0]));
				copies[c] = other;
			}
		}
		boolean exactDuplicate = r.nextDouble() < p.rate("exactDuplicateRate");
		boolean concession = r.nextDouble() < p.rate("concessionRate");
		Buyer buyer = buyers[home][buyerSamplers[home].next(r)];
		LocalDate notified = LocalDate.of(FIRST_YEAR + r.nextInt(LAST_YEAR - FIRST_YEAR + 1), 1, 1)
			.plusDays(r.nextInt(365));
		Generation generation = notified.isBefore(DECP_2022_FROM) ? Generation.DECP_2019 : Generation.DECP_2022;
		Contract.Builder b = Contract.builder(concession ? ContractKind.CONCESSION : ContractKind.MARCHE, generation);
		String id = contractId(notified, index, generation);
		b.id(id).acheteurId(buyer.siret()).acheteurNom(generation == Generation.DECP_2019 ? buyer.nom() : null);
		String cpv = profile.cpv(r);
		if (!concession && r.nextDouble() < p.rate("badCpvRate") && !p.badCpvValues().isEmpty()) {
			b.codeCpv(p.badCpvValues().get(r.nextInt(p.badCpvValues().size())));
		}
		else {
			b.codeCpv(cpv);
		}
		b.objet(r.nextDouble() < p.rate("objetMissingRate") ? null : profile.objet(cpv, r));
		String nature = (concession ? p.natureConcession() : p.natureMarche()).draw(r);
		String procedure = (concession ? p.procedureConcession() : p.procedureMarche()).draw(r);
		if (generation == Generation.DECP_2022) {
			procedure = procedure == null ? null : DecpGenerator.procedure15(procedure);
		}
		b.nature(nature).procedure(procedure);
		b.lieuExecution(lieu(p.lieuTypeCode().draw(r), buyer, r, generation));
		String duree = p.dureeMois().draw(r);
		Integer dureeMois = duree == null ? null : Integer.valueOf(duree);
		b.dureeMois(dureeMois);
		LocalDate published = notified.plusDays(Math.round(p.publicationDelayDays().isEmpty() ? 7
				: p.publicationDelayDays().draw(r)));
		boolean noNotification = r.nextDouble() < p.rate("notificationMissingRate");
		boolean noPublication = r.nextDouble() < p.rate("publicationMissingRate");
		b.dateNotification(noNotification ? null : notified).datePublicationDonnees(noPublication ? null : published);
		BigDecimal montant = amount(concession ? p.log10ValeurGlobale() : p.log10Montant(), p, r);
		b.montant(montant);
		List<Titulaire> titulaires = titulaires(p, r, generation);
		b.titulaires(titulaires);
		if (concession) {
			b.dateDebutExecution(notified.plusDays(r.nextInt(90))).montantSubventionPublique(BigDecimal.ZERO);
		}
		else if (generation == Generation.DECP_2019) {
			b.formePrix(p.formePrix().draw(r));
		}
		else {
			marche2022(b, nature, index, r);
		}
		b.modifications(modifications(p, r, notified, montant, dureeMois, titulaires, generation, concession));
		return new Generated(index, b.build(), home, copies, exactDuplicate, r.nextLong());
	}

	/** The 1.4 labels of the 2019 samples, as a 2022-format publisher would write them (1.5 labels). */
	private static String procedure15(String label) {
		return switch (label) {
			case "Procédure concurrentielle avec négociation", "Procédure négociée avec mise en concurrence préalable" ->
				"Procédure avec négociation";
			case "Marché négocié sans publicité ni mise en concurrence préalable",
					"Marché public négocié sans publicité ni mise en concurrence préalable" ->
				"Marché passé sans publicité ni mise en concurrence préalable";
			default -> label;
		};
	}

	/** 2019: notification year + internal number + "00"; 2022: a free internal number. Unique per (seed, index). */
	private String contractId(LocalDate notified, long index, Generation generation) {
		String internal = Long.toString(index, 36).toUpperCase(Locale.ROOT);
		return generation == Generation.DECP_2019 ? notified.getYear() + "M" + internal + "00"
				: notified.getYear() % 100 + "-" + internal;
	}

	private void marche2022(Contract.Builder b, String nature2019, long index, SplittableRandom r) {
		b.nature("Marché de partenariat".equals(nature2019) ? nature2019 : "Marché");
		List<String> techniques = List.of("Accord-cadre".equals(nature2019) ? "Accord-cadre"
				: profile.decp2022("techniques").draw(r));
		List<String> modalites = List.of("Marché subséquent".equals(nature2019) ? "Marchés subséquents"
				: profile.decp2022("modalitesExecution").draw(r));
		b.techniques(techniques).modalitesExecution(modalites);
		if ("Marché subséquent".equals(nature2019)) {
			b.idAccordCadre("AC-" + Long.toString(index / 7, 36).toUpperCase(Locale.ROOT));
		}
		b.ccag(profile.decp2022("ccag").draw(r)).formePrix(profile.decp2022("formePrix").draw(r))
			.typesPrix(List.of(profile.decp2022("typesPrix").draw(r)))
			.typeGroupementOperateurs(profile.decp2022("typeGroupementOperateurs").draw(r));
		// The one real 2022 sample had "test" in these fields: assumed rates, documented in bench/README.md.
		b.offresRecues(1 + geometric(r, 0.35)).marcheInnovant(r.nextDouble() < 0.01)
			.sousTraitanceDeclaree(r.nextDouble() < 0.1);
		boolean avance = r.nextDouble() < 0.25;
		b.attributionAvance(avance).tauxAvance(avance ? new BigDecimal("0.05") : BigDecimal.ZERO);
		b.considerationsSociales(List.of("Pas de considération sociale"))
			.considerationsEnvironnementales(List.of("Pas de considération environnementale"));
	}

	private static int geometric(SplittableRandom r, double p) {
		return (int) Math.floor(Math.log(1 - r.nextDouble()) / Math.log(1 - p));
	}

	private static BigDecimal amount(DecpProfile.Quantiles log10, SourceProfile p, SplittableRandom r) {
		if (r.nextDouble() < p.rate("montantZeroRate")) {
			return BigDecimal.ZERO;
		}
		DecpProfile.Quantiles q = log10.isEmpty() ? p.log10Montant() : log10;
		double value = Math.pow(10, q.draw(r));
		return BigDecimal.valueOf(value).setScale(r.nextDouble() < p.rate("montantCentsRate") ? 2 : 0,
				RoundingMode.HALF_UP);
	}

	private LieuExecution lieu(String typeCode, Buyer buyer, SplittableRandom r, Generation generation) {
		if (typeCode == null) {
			return null;
		}
		String type = typeCode.toLowerCase(Locale.ROOT);
		String dep = buyer.departement();
		String code;
		if (type.contains("postal")) {
			code = dep.length() == 3 ? dep + "00" : dep + String.format(Locale.ROOT, "%03d", r.nextInt(10) * 10);
		}
		else if (type.contains("commune") || type.contains("arrondissement")) {
			code = dep.length() == 3 ? dep + String.format(Locale.ROOT, "%02d", 1 + r.nextInt(30))
					: dep + String.format(Locale.ROOT, "%03d", 1 + r.nextInt(400));
		}
		else if (type.contains("gion")) {
			code = regionOf(dep);
		}
		else if (type.contains("pays")) {
			code = "FR";
		}
		else {
			code = dep;
		}
		return new LieuExecution(code, typeCode, generation == Generation.DECP_2019 ? buyer.commune() : null);
	}

	private static String regionOf(String departement) {
		return CatalogVocabulary.DEPARTEMENTS.stream().filter(d -> d[0].equals(departement)).map(d -> d[2])
			.findFirst().orElse("11");
	}

	private List<Titulaire> titulaires(SourceProfile p, SplittableRandom r, Generation generation) {
		String count = p.titulairesPerContract().draw(r);
		int n = count == null ? 1 : Integer.parseInt(count);
		List<Titulaire> list = new ArrayList<>(n);
		for (int i = 0; i < n; i++) {
			list.add(titulaire(titulaireSampler.next(r), p, r, generation));
		}
		return list;
	}

	/** Titulaire {@code k} of the national pool: its SIRET and name are fixed; its spelling is the source's. */
	private Titulaire titulaire(int k, SourceProfile p, SplittableRandom r, Generation generation) {
		SplittableRandom t = new SplittableRandom(mix(seed ^ 0x7469747561697265L, k));
		String siret = siret(t);
		String nom = FORMES[t.nextInt(FORMES.length)] + " " + TRADES[t.nextInt(TRADES.length)] + " "
				+ BRANDS[t.nextInt(BRANDS.length)];
		String type = p.typeIdentifiant().draw(r);
		String id = siret;
		if (type != null && type.toUpperCase(Locale.ROOT).startsWith("TVA")) {
			id = "FR" + String.format(Locale.ROOT, "%02d", t.nextInt(100)) + siret.substring(0, 9);
		}
		else if ("SIRET".equals(type)) {
			double u = r.nextDouble();
			if (u < p.rate("titulaireNot14Rate")) {
				id = siret.substring(0, 13);
			}
			else if (u < p.rate("titulaireNot14Rate") + p.rate("titulaireLuhnKoRate")) {
				id = breakLuhn(siret);
			}
		}
		else if (type != null) {
			id = Integer.toString(100_000 + t.nextInt(900_000)) + k;
		}
		return new Titulaire(type, id, generation == Generation.DECP_2019 ? nom : null);
	}

	private List<Modification> modifications(SourceProfile p, SplittableRandom r, LocalDate notified, BigDecimal montant,
			Integer dureeMois, List<Titulaire> titulaires, Generation generation, boolean concession) {
		String count = p.modificationsPerContract().draw(r);
		int n = count == null ? 0 : Integer.parseInt(count);
		List<Modification> list = new ArrayList<>(n);
		LocalDate date = notified;
		BigDecimal amount = montant;
		Integer duree = dureeMois;
		for (int m = 1; m <= n; m++) {
			// No sample dates enough modifications to measure the delay: 1 to 18 months after the previous date.
			date = date.plusDays(30 + r.nextInt(510));
			BigDecimal newAmount = null;
			if (r.nextDouble() < p.rate("modificationsWithMontantRate") && !p.modificationMontantRatio().isEmpty()
					&& amount != null && amount.signum() > 0) {
				newAmount = amount.multiply(BigDecimal.valueOf(p.modificationMontantRatio().draw(r)))
					.setScale(2, RoundingMode.HALF_UP);
				amount = newAmount;
			}
			Integer newDuree = null;
			if (r.nextDouble() < p.rate("modificationsWithDureeRate") && !p.modificationDureeDelta().isEmpty()
					&& duree != null) {
				newDuree = Math.max(1, duree + (int) Math.round(p.modificationDureeDelta().draw(r)));
				duree = newDuree;
			}
			List<Titulaire> newTitulaires = null;
			if (!concession && r.nextDouble() < p.rate("modificationsWithTitulairesRate")) {
				newTitulaires = new ArrayList<>(titulaires);
				Titulaire replacement = titulaire(titulaireSampler.next(r), p, r, generation);
				if (newTitulaires.isEmpty()) {
					newTitulaires.add(replacement);
				}
				else {
					newTitulaires.set(0, replacement);
				}
			}
			LocalDate published = date.plusDays(r.nextInt(60));
			list.add(new Modification(m, generation == Generation.DECP_2022 ? m : null,
					generation == Generation.DECP_2019 ? "Avenant n°" + m : null, date, published, newDuree, newAmount,
					newTitulaires));
		}
		return list;
	}

	// ---------------------------------------------------------------- buyers and identifiers

	private Buyer buyer(int source, int index, SourceProfile p) {
		SplittableRandom r = new SplittableRandom(mix(seed ^ 0x616368657465L, source * 1_000_003L + index));
		String siret = siret(r);
		if (r.nextDouble() < p.rate("buyerLuhnKoRate")) {
			siret = breakLuhn(siret);
		}
		String[] commune = CatalogVocabulary.COMMUNES.get(r.nextInt(CatalogVocabulary.COMMUNES.size()));
		String nom;
		if (p.name().equals("aife")) {
			String body = CatalogVocabulary.NATIONAL_BODIES.get(index % CatalogVocabulary.NATIONAL_BODIES.size());
			nom = index < CatalogVocabulary.NATIONAL_BODIES.size() ? body : body + " - service de " + commune[0];
		}
		else {
			var producers = CatalogVocabulary.LOCAL_PRODUCERS;
			nom = producers.get(r.nextInt(producers.size())).pattern().formatted(commune[0]);
		}
		// The State's file has its accents mis-decoded (U+FFFD) in most buyer names.
		if (r.nextDouble() < p.rate("replacementCharRate")) {
			nom = nom.replaceAll("[éèêàçôîÉ]", "\uFFFD");
		}
		return new Buyer(siret, nom, commune[1], commune[0]);
	}

	/** A SIRET whose Luhn checksum is right: 13 random digits and the check digit. */
	static String siret(SplittableRandom r) {
		char[] digits = new char[14];
		digits[0] = (char) ('1' + r.nextInt(9));
		for (int i = 1; i < 13; i++) {
			digits[i] = (char) ('0' + r.nextInt(10));
		}
		for (int check = 0; check < 10; check++) {
			digits[13] = (char) ('0' + check);
			if (luhn(digits)) {
				break;
			}
		}
		return new String(digits);
	}

	private static String breakLuhn(String siret) {
		char last = siret.charAt(13);
		return siret.substring(0, 13) + (char) (last == '9' ? '0' : last + 1);
	}

	private static boolean luhn(char[] digits) {
		int sum = 0;
		for (int i = 0; i < digits.length; i++) {
			int d = digits[digits.length - 1 - i] - '0';
			if (i % 2 == 1) {
				d *= 2;
				if (d > 9) {
					d -= 9;
				}
			}
			sum += d;
		}
		return sum % 10 == 0;
	}

	static long mix(long seed, long index) {
		long z = seed * 0x9E3779B97F4A7C15L + index;
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

	// ---------------------------------------------------------------- files

	/** What {@link #write} produced. */
	record Summary(long records, long uniqueContracts, long crossSourceCopies, long exactDuplicates, int files,
			long bytes, Map<String, Long> recordsBySource, Map<String, Long> recordsByFormat, double seconds) {
	}

	/**
	 * Writes the records into {@code dir}/{source}/: {@code decp-2019-NNNN.json} ({@code {"marches":[…]}}),
	 * {@code decp-2022-NNNN.json} ({@code {"marches":{"marche":[…],"contrat-concession":[…]}}}), or {@code .xml}
	 * for the XML source, {@code recordsPerFile} records each at most. Every unique contract is written to its home
	 * source, then to its copies' sources, until the files hold {@link #records()} records.
	 */
	Summary write(Path dir, int recordsPerFile) throws IOException {
		long start = System.nanoTime();
		Files.createDirectories(dir);
		DecpFiles files = new DecpFiles(dir, recordsPerFile, profile, seed);
		long written = 0;
		long unique = 0;
		long copies = 0;
		long exact = 0;
		Map<String, Long> bySource = new LinkedHashMap<>();
		try (files) {
			for (long i = 0; written < records; i++) {
				Generated g = contract(i);
				unique++;
				files.write(g, g.home(), g.styleSeed());
				written++;
				bySource.merge(SOURCES.get(g.home()).folder(), 1L, Long::sum);
				if (g.exactDuplicate() && written < records) {
					// Same style seed: the same bytes.
					files.write(g, g.home(), g.styleSeed());
					written++;
					exact++;
					bySource.merge(SOURCES.get(g.home()).folder(), 1L, Long::sum);
				}
				for (int c = 0; c < g.copies().length && written < records; c++) {
					files.write(g, g.copies()[c], mix(g.styleSeed(), c + 1));
					written++;
					copies++;
					bySource.merge(SOURCES.get(g.copies()[c]).folder(), 1L, Long::sum);
				}
			}
		}
		return new Summary(written, unique, copies, exact, files.fileCount(), files.bytes(), bySource,
				files.recordsByFormat(), (System.nanoTime() - start) / 1e9);
	}

	/**
	 * The files for ({@code records}, {@code seed}) in {@code dir}, generated unless {@code generated.properties}
	 * says they already are: the benchmarks reuse them from one run to the next. Returns what the files hold.
	 */
	static Properties ensureFiles(Path dir, long records, long seed, int recordsPerFile) throws IOException {
		Path marker = dir.resolve("generated.properties");
		String settings = "records=" + records + " seed=" + seed + " recordsPerFile=" + recordsPerFile;
		Properties generated = new Properties();
		if (Files.exists(marker)) {
			try (var in = Files.newBufferedReader(marker)) {
				generated.load(in);
			}
			if (settings.equals(generated.getProperty("settings"))) {
				System.out.printf(Locale.ROOT, "Reusing the generated files in %s (%s)%n", dir, settings);
				return generated;
			}
		}
		BenchSupport.deleteRecursively(dir);
		Summary summary = new DecpGenerator(DecpProfile.load(), seed, records).write(dir, recordsPerFile);
		System.out.printf(Locale.ROOT,
				"Generated %,d records (%,d unique contracts, %,d copies published by another source, %,d exact"
						+ " duplicates within a source) in %d files, %.1f MB, in %.1f s (%,.0f records/s)%n"
						+ "by source: %s%nby format: %s%n",
				summary.records(), summary.uniqueContracts(), summary.crossSourceCopies(), summary.exactDuplicates(),
				summary.files(), summary.bytes() / 1e6, summary.seconds(), summary.records() / summary.seconds(),
				summary.recordsBySource(), summary.recordsByFormat());
		generated.setProperty("settings", settings);
		generated.setProperty("records", Long.toString(summary.records()));
		generated.setProperty("uniqueContracts", Long.toString(summary.uniqueContracts()));
		generated.setProperty("crossSourceCopies", Long.toString(summary.crossSourceCopies()));
		generated.setProperty("exactDuplicates", Long.toString(summary.exactDuplicates()));
		generated.setProperty("files", Integer.toString(summary.files()));
		generated.setProperty("bytes", Long.toString(summary.bytes()));
		generated.setProperty("bySource", summary.recordsBySource().toString());
		generated.setProperty("byFormat", summary.recordsByFormat().toString());
		try (var out = Files.newBufferedWriter(marker)) {
			generated.store(out, "What fr.ouvert.bench.DecpGenerator wrote here");
		}
		return generated;
	}

	/** {@code java … fr.ouvert.bench.DecpGenerator <dir> [records] [seed] [recordsPerFile]}. */
	public static void main(String[] args) throws IOException {
		Path dir = Path.of(args.length > 0 ? args[0] : "bench/target/decp");
		long records = args.length > 1 ? Long.parseLong(args[1]) : 1_500_000;
		long seed = args.length > 2 ? Long.parseLong(args[2]) : 4;
		int perFile = args.length > 3 ? Integer.parseInt(args[3]) : 25_000;
		ensureFiles(dir, records, seed, perFile);
	}
}
