package fr.ouvert.bench;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.SplittableRandom;

import fr.ouvert.bench.DecpProfile.Quantiles;
import fr.ouvert.bench.DecpProfile.Table;
import fr.ouvert.hatvp.register.ActionRepresentationInteret;
import fr.ouvert.hatvp.register.Activite;
import fr.ouvert.hatvp.register.CategorieOrganisation;
import fr.ouvert.hatvp.register.ElementListe;
import fr.ouvert.hatvp.register.Exercice;
import fr.ouvert.hatvp.register.InterventionLevel;
import fr.ouvert.hatvp.register.OrganisationCategory;
import fr.ouvert.hatvp.register.Organisation;
import fr.ouvert.hatvp.register.Personne;
import fr.ouvert.hatvp.register.Publication;
import fr.ouvert.hatvp.register.RegisterJsonWriter;
import fr.ouvert.hatvp.register.Sector;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A synthetic register of interest representatives in the shape of HATVP's {@code agora_repertoire_opendata.json}
 * ({@link RegisterJsonWriter}), of a given size (HATVP's file is about 138 MB), deterministic for a seed. Every
 * count and value is drawn from the distributions {@link RegisterSampleProfile} measured on the samples
 * ({@code register-profile.json}): people, clients, affiliations, sectors and levels per representative,
 * activities per published financial year, actions per activity, officials, decisions, actions and fields per
 * action, brackets, staff, the rates of optional fields, the lengths of texts. The categories follow HATVP's counts
 * of January 2020 (reference §1.3), since the samples are one category (JSON) and two representatives per category
 * (CSV). Names and texts are synthetic.
 *
 * <p>Timeline: half the representatives registered in the second half of 2017 (the register's opening; their first
 * financial year is 1 July – 31 December 2017), the others uniformly until 2025; one financial year per calendar
 * year up to 2025, reported within three months (a late or missing report at the measured {@code defautDeclaration}
 * rate), and the current year 2026, not reported yet.
 */
final class RegisterGenerator {

	/** HATVP's categories, January 2020 (reference §1.3): code (null when the exports show none), label, count. */
	private static final Object[][] CATEGORIES = { { "SOCOM", "Société commerciale", 547 },
			{ "ORPRO", "Organisation professionnelle", 475 }, { "ASSOC", "Association", 341 },
			{ "SYNDI", "Syndicat", 262 }, { "COCAB", "Cabinet de conseil", 105 }, { "CHAMCO", "Chambre consulaire", 95 },
			{ "AUORG", "Autres organisations", 34 }, { "EPAIC", OrganisationCategory.EPAIC.label(), 15 },
			{ null, "Consultant indépendant", 20 }, { null, "Société civile (autre que cabinet d’avocats)", 20 },
			{ null, "Fondation", 13 }, { null, "Cabinet d’avocats", 13 }, { null, "Organisme de recherche ou de réflexion", 7 },
			{ null, "Avocat indépendant", 6 }, { null, "Autres organisations non gouvernementales", 1 } };
	/** Categories acting for clients: consultancies and lawyers. */
	private static final Set<String> FOR_CLIENTS = Set.of("Cabinet de conseil", "Consultant indépendant",
			"Cabinet d’avocats", "Avocat indépendant");
	/** SIREN, RNA, HATVP identifiers, January 2020 (reference §1.2). */
	private static final double[] IDENTIFIER_TYPES = { 1812, 53, 89 };

	private static final String[] TRADES = { "ENERGIE", "TRANSPORTS", "SANTE", "NUMERIQUE", "AGRICULTURE", "BATIMENT",
			"ASSURANCES", "BANQUE", "CHIMIE", "DISTRIBUTION", "TELECOMMUNICATIONS", "AUTOMOBILE", "AERONAUTIQUE",
			"PHARMACIE", "TOURISME", "LOGEMENT", "ENVIRONNEMENT", "EDUCATION", "MEDIAS", "SPORT" };
	private static final String[] KINDS = { "FEDERATION NATIONALE", "UNION", "ASSOCIATION FRANCAISE", "SYNDICAT",
			"GROUPEMENT", "CONFEDERATION", "CHAMBRE", "INSTITUT", "CONSEIL", "ALLIANCE" };
	private static final String[] FORMS = { "SA", "SAS", "SARL", "SASU", "SCA", "SE" };
	private static final String[] LAST_NAMES = { "MARTIN", "BERNARD", "THOMAS", "PETIT", "ROBERT", "RICHARD", "DURAND",
			"DUBOIS", "MOREAU", "LAURENT", "SIMON", "MICHEL", "LEFEBVRE", "LEROY", "ROUX", "DAVID", "BERTRAND", "MOREL",
			"FOURNIER", "GIRARD", "BONNET", "DUPONT", "LAMBERT", "FONTAINE", "ROUSSEAU", "VINCENT", "MULLER", "LEFEVRE" };
	private static final String[] FIRST_NAMES = { "Marie", "Jean", "Pierre", "Nathalie", "Isabelle", "Philippe",
			"Sophie", "Michel", "Catherine", "Alain", "Sylvie", "Nicolas", "Christine", "François", "Camille", "Julien",
			"Claire", "Thomas", "Anne", "Laurent", "Céline", "Olivier", "Valérie", "Éric" };
	private static final String[] WORDS = { "projet de loi", "réforme", "fiscalité", "transition énergétique",
			"financement", "décret", "amendement", "sécurité sociale", "concurrence", "numérique", "emploi", "formation",
			"collectivités", "environnement", "santé publique", "mobilités", "logement", "agriculture", "innovation",
			"recherche", "commande publique", "dialogue social", "données", "simplification", "taxe", "filière",
			"régulation", "territoires", "industrie", "consommateurs", "relatif au", "portant sur la", "visant à",
			"dans le cadre de", "modernisation de", "accompagnement des", "présentation des positions sur" };
	private static final LocalDate OPENING = LocalDate.of(2017, 7, 1);
	private static final int LAST_REPORTED_YEAR = 2025;
	private static final int CURRENT_YEAR = 2026;

	private final SplittableRandom random;
	private final Map<String, Table> lengths = new HashMap<>();
	private final Map<String, Table> values = new HashMap<>();
	private final Map<String, Quantiles> textLengths = new HashMap<>();
	private final JsonNode rates;
	private final Table categories;
	private final List<Organisation> federations = new ArrayList<>();
	private final List<Organisation> companies = new ArrayList<>();
	private long exerciceId = 1000;
	private long ficheNumber;
	long exercices;
	long activites;
	long actions;

	RegisterGenerator(long seed) {
		JsonNode profile = load();
		profile.path("lengths").properties().forEach(e -> lengths.put(e.getKey(), Table.of(e.getValue())));
		profile.path("values").properties().forEach(e -> values.put(e.getKey(), Table.of(e.getValue())));
		profile.path("textLengths").properties().forEach(e -> textLengths.put(e.getKey(), Quantiles.of(e.getValue())));
		rates = profile.path("rates");
		Map<String, Integer> categoryCounts = new LinkedHashMap<>();
		for (Object[] category : CATEGORIES) {
			categoryCounts.put(category[1].toString(), (Integer) category[2]);
		}
		categories = Table.of(JsonMapper.shared().valueToTree(categoryCounts));
		random = new SplittableRandom(seed);
		for (int i = 0; i < 600; i++) {
			federations.add(new Organisation(KINDS[i % KINDS.length] + " " + TRADES[i / KINDS.length % TRADES.length]
					+ (i < KINDS.length * TRADES.length ? "" : " " + (i / (KINDS.length * TRADES.length) + 1)),
					siren(900_000 + i), "SIREN", null));
		}
		for (int i = 0; i < 20_000; i++) {
			companies.add(new Organisation(TRADES[i % TRADES.length] + " " + LAST_NAMES[i / TRADES.length % LAST_NAMES.length]
					+ " " + (i / (TRADES.length * LAST_NAMES.length) + 1) + " " + FORMS[i % FORMS.length],
					siren(2_000_000 + i), "SIREN", null));
		}
	}

	private static JsonNode load() {
		try (InputStream in = RegisterGenerator.class.getResourceAsStream("register-profile.json")) {
			if (in == null) {
				throw new IllegalStateException("register-profile.json is missing from the bench's resources");
			}
			return JsonMapper.shared().readTree(in);
		}
		catch (IOException e) {
			throw new IllegalStateException("register-profile.json cannot be read", e);
		}
	}

	/**
	 * The register file {@code file} for these settings: generated when absent or generated with other settings,
	 * else reused. Returns what it holds (representatives, financial years, activities, actions, bytes).
	 */
	static Properties ensureFile(Path file, long targetBytes, long seed) throws IOException {
		Path marker = file.resolveSibling(file.getFileName() + ".properties");
		String settings = "bytes>=" + targetBytes + " seed=" + seed;
		Properties generated = new Properties();
		if (Files.exists(marker) && Files.exists(file)) {
			try (var in = Files.newBufferedReader(marker)) {
				generated.load(in);
			}
			if (settings.equals(generated.getProperty("settings"))) {
				System.out.printf(Locale.ROOT, "Reusing %s (%s)%n", file, settings);
				return generated;
			}
		}
		Files.createDirectories(file.toAbsolutePath().getParent());
		long start = System.nanoTime();
		RegisterGenerator generator = new RegisterGenerator(seed);
		long representatives = 0;
		Counting counting = new Counting(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
		try (RegisterJsonWriter writer = new RegisterJsonWriter(counting)) {
			while (counting.count < targetBytes) {
				writer.write(generator.publication(++representatives));
			}
		}
		long bytes = counting.count;
		System.out.printf(Locale.ROOT, "Generated %s: %,d representatives, %,d financial years, %,d activities, %,d"
				+ " actions, %.1f MB, in %.1f s%n", file, representatives, generator.exercices, generator.activites,
				generator.actions, bytes / 1e6, BenchSupport.seconds(start));
		generated.setProperty("settings", settings);
		generated.setProperty("representatives", Long.toString(representatives));
		generated.setProperty("exercices", Long.toString(generator.exercices));
		generated.setProperty("activites", Long.toString(generator.activites));
		generated.setProperty("actions", Long.toString(generator.actions));
		generated.setProperty("bytes", Long.toString(bytes));
		try (var out = Files.newBufferedWriter(marker)) {
			generated.store(out, "What fr.ouvert.bench.RegisterGenerator wrote in " + file.getFileName());
		}
		return generated;
	}

	/** {@code java … fr.ouvert.bench.RegisterGenerator <file> [bytes] [seed]}. */
	public static void main(String[] args) throws IOException {
		ensureFile(Path.of(args[0]), args.length > 1 ? Long.parseLong(args[1]) : 138_000_000L,
				args.length > 2 ? Long.parseLong(args[2]) : 1);
	}

	/** The {@code index}-th representative (from 1). */
	Publication publication(long index) {
		String label = categories.draw(random);
		String code = null;
		for (Object[] category : CATEGORIES) {
			if (category[1].equals(label)) {
				code = (String) category[0];
			}
		}
		boolean forClients = FOR_CLIENTS.contains(label);
		String[] identifier = identifier(index);
		String denomination = denomination(code, index);
		String[] commune = CatalogVocabulary.COMMUNES.get(random.nextInt(CatalogVocabulary.COMMUNES.size()));
		List<Personne> dirigeants = new ArrayList<>();
		for (int i = count("dirigeants"); i > 0; i--) {
			dirigeants.add(person(values.get("fonctions").draw(random)));
		}
		List<Personne> collaborateurs = new ArrayList<>();
		for (int i = count("collaborateurs"); i > 0; i--) {
			collaborateurs.add(!dirigeants.isEmpty() && chance("collaborateurIsDirigeant")
					? dirigeants.get(random.nextInt(dirigeants.size())) : person(null));
		}
		List<Organisation> clients = new ArrayList<>();
		if (forClients) {
			for (int i = count("clientsOfConsultancies"); i > 0; i--) {
				Organisation company = companies.get(zipf(companies.size()));
				clients.add(new Organisation(company.denomination(), company.identifiantNational(), "SIREN",
						random.nextInt(10) == 0));
			}
		}
		boolean member = chance("declarationOrgaAppartenance");
		List<Organisation> affiliations = new ArrayList<>();
		if (member) {
			for (int i = Math.max(1, count("affiliations")); i > 0; i--) {
				affiliations.add(federations.get(zipf(federations.size())));
			}
		}
		List<ElementListe> secteurs = new ArrayList<>();
		for (String sector : distinct("secteursActivites", count("secteursActivites"))) {
			secteurs.add(Sector.ofCode(sector).map(Sector::asElement).orElse(new ElementListe(null, sector, null, null)));
		}
		List<ElementListe> niveaux = new ArrayList<>();
		for (String level : distinct("niveauxIntervention", count("niveauxIntervention"))) {
			niveaux.add(InterventionLevel.ofCode(level).map(InterventionLevel::asElement)
					.orElse(new ElementListe(null, level, null, null)));
		}
		LocalDateTime registered = random.nextBoolean() ? OPENING.atStartOfDay().plusMinutes(random.nextInt(184 * 24 * 60))
				: LocalDate.of(2018, 1, 1).atStartOfDay().plusMinutes(random.nextLong(8L * 365 * 24 * 60));
		boolean ceased = chance("dateCessation");
		LocalDateTime cessation = ceased ? registered.plusDays(365 + random.nextInt(3 * 365)) : null;
		List<Exercice> exercicesOf = exercices(denomination, clients, registered, cessation);
		LocalDateTime lastActivity = exercicesOf.stream().flatMap(e -> e.activites().stream())
			.map(Activite::publicationDate).max(LocalDateTime::compareTo).orElse(null);
		String site = "https://www.representant-" + index + ".fr/";
		boolean email = chance("emailDeContact");
		boolean telephone = chance("telephoneDeContact");
		return new Publication(denomination, null, chance("nomUsageHatvp") ? denomination + " FRANCE" : null,
				chance("sigleHatvp") ? acronym(denomination) : null, identifier[0], identifier[1],
				new CategorieOrganisation(code, label, "EPAIC".equals(code) ? "ORGA_PUB" : null, null),
				(1 + random.nextInt(150)) + " RUE " + LAST_NAMES[random.nextInt(LAST_NAMES.length)], commune[1] + "0"
						+ String.format(Locale.ROOT, "%02d", random.nextInt(100)),
				commune[0].toUpperCase(Locale.ROOT), "FRANCE", chance("lienSiteWeb") ? site : null,
				chance("lienPageTwitter") ? "https://twitter.com/representant" + index : null,
				chance("lienPageFacebook") ? "https://www.facebook.com/representant" + index : null,
				chance("lienPageLinkedin") ? "https://www.linkedin.com/company/representant-" + index : null,
				email ? "contact@representant-" + index + ".fr" : null,
				telephone ? "01" + String.format(Locale.ROOT, "%08d", index % 100_000_000) : null, true, email, telephone, dirigeants, collaborateurs, forClients,
				clients, member, affiliations, secteurs, niveaux, registered,
				registered.plusDays(random.nextInt(3000)), lastActivity, lastActivity != null, cessation,
				ceased ? "CESSATION" : null, ceased ? text("commentaire") : null, exercicesOf);
	}

	private List<Exercice> exercices(String denomination, List<Organisation> clients, LocalDateTime registered,
			LocalDateTime cessation) {
		List<Exercice> list = new ArrayList<>();
		int lastYear = cessation == null ? CURRENT_YEAR : cessation.getYear();
		for (int year = registered.getYear(); year <= lastYear; year++) {
			LocalDate start = year == 2017 ? OPENING : LocalDate.of(year, 1, 1);
			LocalDate end = LocalDate.of(year, 12, 31);
			boolean due = year <= LAST_REPORTED_YEAR && (cessation == null || year < lastYear);
			boolean late = due && chance("defautDeclaration");
			exercices++;
			if (!due || late) {
				list.add(new Exercice(exerciceId++, start, end, null, null, null, null, null, 0, false, late, null,
						List.of()));
				continue;
			}
			LocalDateTime published = end.plusDays(1 + random.nextInt(90)).atTime(8 + random.nextInt(12),
					random.nextInt(60), random.nextInt(60));
			boolean none = chance("noActivite");
			List<Activite> activitesOf = new ArrayList<>();
			if (!none) {
				for (int i = count("activitesPerPublishedExercice"); i > 0; i--) {
					activitesOf.add(activite(denomination, clients, published));
				}
			}
			String turnover = values.get("chiffreAffaire").draw(random);
			String staff = values.get("nombreSalaries").draw(random);
			list.add(new Exercice(exerciceId++, start, end, published, values.get("montantDepense").draw(random),
					turnover, turnover == null, staff == null ? null : Integer.valueOf(staff), activitesOf.size(),
					none || activitesOf.isEmpty(), false, chance("commentaire") ? text("commentaire") : null,
					activitesOf));
		}
		return list;
	}

	private Activite activite(String denomination, List<Organisation> clients, LocalDateTime reported) {
		activites++;
		List<ActionRepresentationInteret> actionsOf = new ArrayList<>();
		for (int i = count("actionsPerActivite"); i > 0; i--) {
			actions++;
			List<String> tiers = new ArrayList<>();
			if (clients.isEmpty()) {
				tiers.add(denomination + ActionRepresentationInteret.EN_PROPRE);
			}
			else {
				for (int t = Math.max(1, count("tiersOfConsultancies")); t > 0; t--) {
					tiers.add(clients.get(random.nextInt(clients.size())).denomination());
				}
			}
			actionsOf.add(new ActionRepresentationInteret(
					distinct("reponsablesPublics", count("reponsablesPublics")),
					chance("responsablePublicAutre") ? text("autre") : null,
					distinct("decisionsConcernees", count("decisionsConcernees")),
					distinct("actionsMenees", count("actionsMenees")),
					chance("actionMeneeAutre") ? text("autre") : null, List.copyOf(new LinkedHashSet<>(tiers)),
					chance("observation") ? text("observation") : null));
		}
		return new Activite(fiche(), text("objet"), distinct("domainesIntervention", count("domainesIntervention")),
				reported.minusDays(random.nextInt(60)), actionsOf);
	}

	/** Up to {@code n} distinct values of a table (fewer when the table has fewer). */
	private List<String> distinct(String table, int n) {
		Set<String> drawn = new LinkedHashSet<>();
		for (int attempt = 0; drawn.size() < n && attempt < n * 10; attempt++) {
			String value = values.get(table).draw(random);
			if (value != null) {
				drawn.add(value);
			}
		}
		return List.copyOf(drawn);
	}

	private int count(String table) {
		return Integer.parseInt(lengths.get(table).draw(random));
	}

	private boolean chance(String rate) {
		return random.nextDouble() < rates.path(rate).asDouble();
	}

	/** An index from 0, small ones far more often (Zipf, exponent 1): clients and federations are shared. */
	private int zipf(int size) {
		return (int) Math.min(size - 1, Math.floor(Math.pow(size + 1.0, random.nextDouble()) - 1));
	}

	private Personne person(String fonction) {
		return new Personne(random.nextBoolean() ? "M" : "MME", LAST_NAMES[random.nextInt(LAST_NAMES.length)],
				FIRST_NAMES[random.nextInt(FIRST_NAMES.length)], fonction);
	}

	/** A text of a length drawn from the measured lengths of {@code kind}, from public-policy words. */
	private String text(String kind) {
		int length = Math.max(3, (int) textLengths.get(kind).draw(random));
		StringBuilder text = new StringBuilder(length + 32);
		while (text.length() < length) {
			if (!text.isEmpty()) {
				text.append(' ');
			}
			text.append(WORDS[random.nextInt(WORDS.length)]);
		}
		text.setCharAt(0, Character.toUpperCase(text.charAt(0)));
		return text.toString();
	}

	private String denomination(String code, long index) {
		String trade = TRADES[random.nextInt(TRADES.length)];
		if ("SOCOM".equals(code) || code == null && random.nextBoolean()) {
			return trade + " " + LAST_NAMES[random.nextInt(LAST_NAMES.length)] + " " + index + " "
					+ FORMS[random.nextInt(FORMS.length)];
		}
		return KINDS[random.nextInt(KINDS.length)] + " " + trade + " " + index;
	}

	private static String acronym(String denomination) {
		StringBuilder acronym = new StringBuilder();
		for (String word : denomination.split(" ")) {
			if (!word.isEmpty() && Character.isLetter(word.charAt(0))) {
				acronym.append(word.charAt(0));
			}
		}
		return acronym.toString();
	}

	/** An identifier and its type, unique per representative: SIREN (Luhn-valid), RNA or HATVP. */
	private String[] identifier(long index) {
		double u = random.nextDouble() * (IDENTIFIER_TYPES[0] + IDENTIFIER_TYPES[1] + IDENTIFIER_TYPES[2]);
		if (u < IDENTIFIER_TYPES[0]) {
			return new String[] { siren(10_000_000 + index), "SIREN" };
		}
		if (u < IDENTIFIER_TYPES[0] + IDENTIFIER_TYPES[1]) {
			return new String[] { String.format(Locale.ROOT, "W%09d", 751_000_000 + index), "RNA" };
		}
		return new String[] { String.format(Locale.ROOT, "H%09d", 100_000_000 + index), "HATVP" };
	}

	/** A SIREN (9 digits, Luhn-valid) made of the 8 digits of {@code base} and its check digit. */
	static String siren(long base) {
		String digits = String.format(Locale.ROOT, "%08d", base % 100_000_000);
		for (int check = 0; check <= 9; check++) {
			String candidate = digits + check;
			int sum = 0;
			for (int i = 0; i < 9; i++) {
				int d = candidate.charAt(8 - i) - '0';
				if (i % 2 == 1) {
					d *= 2;
					if (d > 9) {
						d -= 9;
					}
				}
				sum += d;
			}
			if (sum % 10 == 0) {
				return candidate;
			}
		}
		throw new IllegalStateException("no check digit for " + digits);
	}

	/** HATVP's activity ids are 8 characters of capitals and digits: a counter in base 36. */
	private String fiche() {
		String id = Long.toString(++ficheNumber + 36L * 36 * 36 * 36 * 36 * 36 * 36, 36).toUpperCase(Locale.ROOT);
		return id.substring(id.length() - 8);
	}

	/** Counts the bytes written through it. */
	private static final class Counting extends FilterOutputStream {
		long count;

		Counting(OutputStream out) {
			super(out);
		}

		@Override
		public void write(int b) throws IOException {
			out.write(b);
			count++;
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			out.write(b, off, len);
			count += len;
		}
	}
}
