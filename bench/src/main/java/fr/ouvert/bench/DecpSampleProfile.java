package fr.ouvert.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import fr.ouvert.tableschema.FrenchIdentifiers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Measures the real DECP samples and writes the small distribution tables {@link DecpGenerator} draws from
 * ({@code bench/src/main/resources/fr/ouvert/bench/decp-profile.json}, committed). Run once when the samples
 * change:
 *
 * <pre>java -cp … fr.ouvert.bench.DecpSampleProfile ../shared/data/procurement bench/src/main/resources/fr/ouvert/bench/decp-profile.json</pre>
 *
 * <p>Only files under the Licence Ouverte / Unlicense / MIT are read (the four 2019 per-source snapshots, the
 * Région Bretagne XML, the e-marchespublics 2022 sample); the GPL edge-case files are not. The tables hold counts
 * of enumerated values, quantiles and rates, never whole records, except a few real {@code objet} texts per CPV
 * division (public data, Licence Ouverte) so that generated texts have real lengths, accents and punctuation.
 */
public final class DecpSampleProfile {

	/** The per-source snapshots, with the name of the source they stand for. */
	static final Map<String, String> SOURCES_2019 = Map.of(
			"aife", "decp-2019/json/aife_2019-04-04.json",
			"pes-marche", "decp-2019/json/pes-marche_2019-04-05.json",
			"e-marchespublics", "decp-2019/json/e-marchespublics_2019-04-03.json",
			"marches-publics-info", "decp-2019/json/marches-publics-info_2019-03-07.json");
	static final String BRETAGNE_XML = "decp-2019/xml/region-bretagne_2019_partial.xml";
	static final String SAMPLE_2022 = "decp-2022/json/eclaireur-public_e-marchespublics_2023-2024_sample.json";

	private static final Pattern CPV = Pattern.compile("^[0-9]{8}(-[0-9])?$");
	private static final Pattern DATE = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})(.*)$");
	private static final int QUANTILES = 100;
	private static final int OBJETS_PER_DIVISION = 12;

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	private DecpSampleProfile() {
	}

	public static void main(String[] args) throws Exception {
		Path data = Path.of(args.length > 0 ? args[0] : "../shared/data/procurement");
		Path out = Path.of(args.length > 1 ? args[1] : "bench/src/main/resources/fr/ouvert/bench/decp-profile.json");
		ObjectNode profile = JSON.createObjectNode();
		profile.put("computedBy", DecpSampleProfile.class.getName());
		profile.put("computedFrom", data.toString());
		ObjectNode sources = profile.putObject("sources");
		Map<String, Long> cpv = new TreeMap<>();
		Map<String, List<String>> objets = new TreeMap<>();
		for (String source : new TreeMap<>(SOURCES_2019).keySet()) {
			Path file = data.resolve(SOURCES_2019.get(source));
			JsonNode root;
			try (InputStream in = Files.newInputStream(file)) {
				root = JSON.readTree(in);
			}
			List<JsonNode> records = new ArrayList<>();
			root.get("marches").forEach(records::add);
			ObjectNode s = sources.putObject(source);
			s.put("file", SOURCES_2019.get(source));
			profileSource(records, s, cpv, objets);
		}
		ObjectNode bretagne = sources.putObject("region-bretagne-xml");
		bretagne.put("file", BRETAGNE_XML);
		profileSource(readXmlRecords(data.resolve(BRETAGNE_XML)), bretagne, new TreeMap<>(), new TreeMap<>());

		ObjectNode cpvTable = profile.putObject("cpv");
		cpv.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
			.forEach(e -> cpvTable.put(e.getKey(), e.getValue()));
		ObjectNode objetTable = profile.putObject("objetsByCpvDivision");
		objets.forEach((division, texts) -> {
			ArrayNode a = objetTable.putArray(division);
			texts.forEach(a::add);
		});
		profile.set("decp2022", profile2022(data.resolve(SAMPLE_2022)));
		Files.createDirectories(out.toAbsolutePath().getParent());
		Files.writeString(out, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(profile) + "\n");
		System.out.println("wrote " + out.toAbsolutePath());
	}

	private static void profileSource(List<JsonNode> records, ObjectNode s, Map<String, Long> cpv,
			Map<String, List<String>> objets) {
		Counter natureMarche = new Counter();
		Counter natureConcession = new Counter();
		Counter procedureMarche = new Counter();
		Counter procedureConcession = new Counter();
		Counter formePrix = new Counter();
		Counter typeIdentifiant = new Counter();
		Counter typeCode = new Counter();
		Counter departement = new Counter();
		Counter duree = new Counter();
		Counter titulairesPerContract = new Counter();
		Counter modificationsPerContract = new Counter();
		List<Double> montants = new ArrayList<>();
		List<Double> valeurs = new ArrayList<>();
		List<Double> delays = new ArrayList<>();
		List<Double> montantRatios = new ArrayList<>();
		List<Double> dureeDeltas = new ArrayList<>();
		Map<String, Integer> recordsPerBuyer = new HashMap<>();
		Map<String, Set<String>> titulairesPerBuyer = new HashMap<>();
		Set<String> seen = new HashSet<>();
		long exactDuplicates = 0, montantZero = 0, numberAsString = 0, dureeMissing = 0;
		long notificationMissing = 0, publicationMissing = 0, dates = 0, datesWithZone = 0, badCpv = 0;
		long cpvCheckDigit = 0, buyerLuhnKo = 0, titulaireSirets = 0, titulaireNot14 = 0, titulaireLuhnKo = 0;
		long amounts = 0, amountsWithCents = 0, objetMissing = 0, replacementChar = 0, withUid = 0, withUuid = 0, withSource = 0;
		long modifications = 0, modWithMontant = 0, modWithDuree = 0, modWithTitulaires = 0;
		Set<String> badCpvValues = new java.util.TreeSet<>();
		for (JsonNode r : records) {
			if (!seen.add(r.toString())) {
				exactDuplicates++;
			}
			boolean concession = r.has("autoriteConcedante") || r.path("_type").asString("").startsWith("Contrat");
			JsonNode buyer = concession ? r.path("autoriteConcedante") : r.path("acheteur");
			String buyerId = buyer.path("id").asString("");
			recordsPerBuyer.merge(buyerId, 1, Integer::sum);
			if (buyerId.matches("[0-9]{14}") && !FrenchIdentifiers.isValidSiret(buyerId)) {
				buyerLuhnKo++;
			}
			withUid += r.has("uid") ? 1 : 0;
			withUuid += r.has("uuid") ? 1 : 0;
			withSource += r.has("source") ? 1 : 0;
			String objet = r.path("objet").asString("");
			if (objet.isBlank()) {
				objetMissing++;
			}
			if (objet.indexOf('\uFFFD') >= 0 || buyer.path("nom").asString("").indexOf('\uFFFD') >= 0) {
				replacementChar++;
			}
			(concession ? natureConcession : natureMarche).add(r.path("nature").asString(null));
			(concession ? procedureConcession : procedureMarche).add(r.path("procedure").asString(null));
			JsonNode lieu = r.path("lieuExecution");
			typeCode.add(lieu.path("typeCode").asString(null));
			String code = lieu.path("code").asString("");
			if (code.matches("[0-9][0-9AB][0-9]{0,3}")) {
				departement.add(code.substring(0, 2));
			}
			JsonNode dureeNode = r.path("dureeMois");
			if (dureeNode.isMissingNode() || dureeNode.isNull()) {
				dureeMissing++;
			}
			else {
				duree.add(dureeNode.asString());
			}
			JsonNode amount = concession ? r.path("valeurGlobale") : r.path("montant");
			if (amount.isString()) {
				numberAsString++;
			}
			double value = amount.isMissingNode() || amount.isNull() ? Double.NaN : parseDouble(amount.asString());
			if (value == 0) {
				montantZero++;
			}
			else if (value > 0) {
				(concession ? valeurs : montants).add(Math.log10(value));
				amounts++;
				amountsWithCents += value != Math.rint(value) ? 1 : 0;
			}
			if (!concession) {
				formePrix.add(r.path("formePrix").asString(null));
				String rawCpv = r.path("codeCPV").asString("");
				if (CPV.matcher(rawCpv).matches()) {
					cpv.merge(rawCpv.substring(0, 8), 1L, Long::sum);
					cpvCheckDigit += rawCpv.length() > 8 ? 1 : 0;
					if (!objet.isBlank() && objet.indexOf('\uFFFD') < 0) {
						List<String> texts = objets.computeIfAbsent(rawCpv.substring(0, 2), k -> new ArrayList<>());
						if (texts.size() < OBJETS_PER_DIVISION && !texts.contains(objet)) {
							texts.add(objet);
						}
					}
				}
				else {
					badCpv++;
					badCpvValues.add(rawCpv);
				}
			}
			String notified = r.path(concession ? "dateSignature" : "dateNotification").asString(null);
			String published = r.path("datePublicationDonnees").asString(null);
			for (String d : new String[] { notified, published }) {
				if (d != null) {
					dates++;
					java.util.regex.Matcher m = DATE.matcher(d);
					datesWithZone += m.matches() && !m.group(2).isEmpty() ? 1 : 0;
				}
			}
			notificationMissing += notified == null ? 1 : 0;
			publicationMissing += published == null ? 1 : 0;
			LocalDate n = date(notified);
			LocalDate p = date(published);
			if (n != null && p != null) {
				delays.add((double) ChronoUnit.DAYS.between(n, p));
			}
			JsonNode holders = concession ? r.path("concessionnaires") : r.path("titulaires");
			titulairesPerContract.add(Integer.toString(holders.size()));
			Set<String> buyerHolders = titulairesPerBuyer.computeIfAbsent(buyerId, k -> new HashSet<>());
			for (JsonNode t : holders) {
				String type = t.path("typeIdentifiant").asString(null);
				typeIdentifiant.add(type);
				String id = t.path("id").asString("");
				buyerHolders.add(id);
				if ("SIRET".equals(type)) {
					titulaireSirets++;
					if (!id.matches("[0-9]{14}")) {
						titulaireNot14++;
					}
					else if (!FrenchIdentifiers.isValidSiret(id)) {
						titulaireLuhnKo++;
					}
				}
			}
			JsonNode mods = r.path("modifications");
			modificationsPerContract.add(Integer.toString(mods.size()));
			double previous = value;
			int previousDuree = dureeNode.asInt(0);
			for (JsonNode m : mods) {
				modifications++;
				JsonNode newAmount = concession ? m.path("valeurGlobale") : m.path("montant");
				if (!newAmount.isMissingNode() && !newAmount.isNull()) {
					modWithMontant++;
					double v = parseDouble(newAmount.asString());
					if (previous > 0 && v > 0) {
						montantRatios.add(v / previous);
					}
					previous = v;
				}
				if (m.has("dureeMois")) {
					modWithDuree++;
					if (previousDuree > 0) {
						dureeDeltas.add((double) (m.path("dureeMois").asInt(0) - previousDuree));
					}
					previousDuree = m.path("dureeMois").asInt(0);
				}
				modWithTitulaires += m.path("titulaires").size() > 0 ? 1 : 0;
			}
		}
		long n = records.size();
		s.put("records", n);
		s.put("buyers", recordsPerBuyer.size());
		s.put("concessionRate", rate(concessions(natureConcession), n));
		s.put("exactDuplicateRate", rate(exactDuplicates, n));
		s.put("montantZeroRate", rate(montantZero, n));
		s.put("montantCentsRate", rate(amountsWithCents, amounts));
		s.put("numberAsStringRate", rate(numberAsString, n));
		s.put("dureeMissingRate", rate(dureeMissing, n));
		s.put("notificationMissingRate", rate(notificationMissing, n));
		s.put("publicationMissingRate", rate(publicationMissing, n));
		s.put("dateWithZoneRate", rate(datesWithZone, dates));
		s.put("badCpvRate", rate(badCpv, n - concessions(natureConcession)));
		s.put("cpvCheckDigitRate", rate(cpvCheckDigit, n - concessions(natureConcession)));
		s.put("buyerLuhnKoRate", rate(buyerLuhnKo, n));
		s.put("titulaireNot14Rate", rate(titulaireNot14, titulaireSirets));
		s.put("titulaireLuhnKoRate", rate(titulaireLuhnKo, titulaireSirets));
		s.put("objetMissingRate", rate(objetMissing, n));
		s.put("replacementCharRate", rate(replacementChar, n));
		s.put("uidRate", rate(withUid, n));
		s.put("uuidRate", rate(withUuid, n));
		s.put("sourceFieldRate", rate(withSource, n));
		s.put("modificationsWithMontantRate", rate(modWithMontant, modifications));
		s.put("modificationsWithDureeRate", rate(modWithDuree, modifications));
		s.put("modificationsWithTitulairesRate", rate(modWithTitulaires, modifications));
		int[] sizes = recordsPerBuyer.values().stream().mapToInt(Integer::intValue).sorted().toArray();
		s.put("buyerZipfExponent", zipfExponent(sizes));
		double ratio = titulairesPerBuyer.entrySet().stream()
			.mapToDouble(e -> (double) e.getValue().size() / recordsPerBuyer.get(e.getKey())).average().orElse(1);
		s.put("titulairesPerBuyerRecordRatio", ratio);
		ArrayNode bad = s.putArray("badCpvValues");
		badCpvValues.stream().limit(20).forEach(bad::add);
		s.set("natureMarche", natureMarche.toJson());
		s.set("natureConcession", natureConcession.toJson());
		s.set("procedureMarche", procedureMarche.toJson());
		s.set("procedureConcession", procedureConcession.toJson());
		s.set("formePrix", formePrix.toJson());
		s.set("typeIdentifiant", typeIdentifiant.toJson());
		s.set("lieuTypeCode", typeCode.toJson());
		s.set("departement", departement.toJson());
		s.set("dureeMois", duree.toJson());
		s.set("titulairesPerContract", titulairesPerContract.toJson());
		s.set("modificationsPerContract", modificationsPerContract.toJson());
		s.set("log10MontantQuantiles", quantiles(montants));
		s.set("log10ValeurGlobaleQuantiles", quantiles(valeurs));
		s.set("publicationDelayDaysQuantiles", quantiles(delays));
		s.set("modificationMontantRatioQuantiles", quantiles(montantRatios));
		s.set("modificationDureeDeltaQuantiles", quantiles(dureeDeltas));
	}

	private static long concessions(Counter natures) {
		return natures.total();
	}

	/** The Bretagne XML as JSON-like nodes (flat fields, titulaires), enough for the measures above. */
	private static List<JsonNode> readXmlRecords(Path file) throws IOException, XMLStreamException {
		List<JsonNode> records = new ArrayList<>();
		XMLInputFactory factory = XMLInputFactory.newFactory();
		try (InputStream in = Files.newInputStream(file)) {
			XMLStreamReader xml = factory.createXMLStreamReader(in);
			ObjectNode record = null;
			ObjectNode nested = null;
			ArrayNode titulaires = null;
			String parent = null;
			while (xml.hasNext()) {
				int event = xml.next();
				if (event == XMLStreamConstants.START_ELEMENT) {
					String name = xml.getLocalName();
					switch (name) {
						case "marche" -> record = JSON.createObjectNode();
						case "acheteur", "lieuExecution" -> {
							nested = record.putObject(name);
							parent = name;
						}
						case "titulaires" -> titulaires = record.putArray("titulaires");
						case "titulaire" -> {
							nested = titulaires.addObject();
							parent = name;
						}
						default -> {
							if (record != null) {
								String text = xml.getElementText();
								(parent != null ? nested : record).put(name, text);
							}
						}
					}
				}
				else if (event == XMLStreamConstants.END_ELEMENT) {
					String name = xml.getLocalName();
					if (name.equals(parent)) {
						parent = null;
					}
					else if (name.equals("marche")) {
						records.add(record);
						record = null;
					}
				}
			}
		}
		return records;
	}

	/** What the one real 2022-format sample tells: its enumerations (its "test" values are the fixture's own). */
	private static ObjectNode profile2022(Path file) throws IOException {
		JsonNode root;
		try (InputStream in = Files.newInputStream(file)) {
			root = JSON.readTree(in);
		}
		Counter techniques = new Counter(), modalites = new Counter(), ccag = new Counter(), formePrix = new Counter();
		Counter typesPrix = new Counter(), groupement = new Counter(), typeCode = new Counter();
		long records = 0, withModifications = 0, unaccentedTypeCode = 0;
		for (JsonNode r : root.path("marches").path("marche")) {
			records++;
			r.path("techniques").path("technique").forEach(v -> techniques.add(v.asString()));
			r.path("modalitesExecution").path("modaliteExecution").forEach(v -> modalites.add(v.asString()));
			r.path("typesPrix").path("typePrix").forEach(v -> typesPrix.add(v.asString()));
			ccag.add(r.path("ccag").asString(null));
			formePrix.add(r.path("formePrix").asString(null));
			groupement.add(r.path("typeGroupementOperateurs").asString(null));
			String tc = r.path("lieuExecution").path("typeCode").asString(null);
			typeCode.add(tc);
			unaccentedTypeCode += tc != null && (tc.endsWith("departement") || tc.endsWith("region")) ? 1 : 0;
			withModifications += r.path("modifications").size() > 0 ? 1 : 0;
		}
		ObjectNode p = JSON.createObjectNode();
		p.put("file", SAMPLE_2022);
		p.put("records", records);
		p.put("modificationRate", rate(withModifications, records));
		p.put("unaccentedTypeCodeRate", rate(unaccentedTypeCode, records));
		p.set("techniques", techniques.toJson());
		p.set("modalitesExecution", modalites.toJson());
		p.set("typesPrix", typesPrix.toJson());
		p.set("ccag", ccag.toJson());
		p.set("formePrix", formePrix.toJson());
		p.set("typeGroupementOperateurs", groupement.toJson());
		p.set("lieuTypeCode", typeCode.toJson());
		return p;
	}

	/** Least-squares slope of log(size) against log(rank), sizes in decreasing order: Zipf's exponent. */
	static double zipfExponent(int[] ascending) {
		int n = ascending.length;
		if (n < 2) {
			return 1;
		}
		double sx = 0, sy = 0, sxx = 0, sxy = 0;
		for (int rank = 1; rank <= n; rank++) {
			double x = Math.log(rank);
			double y = Math.log(ascending[n - rank]);
			sx += x;
			sy += y;
			sxx += x * x;
			sxy += x * y;
		}
		return -(n * sxy - sx * sy) / (n * sxx - sx * sx);
	}

	private static ArrayNode quantiles(List<Double> values) {
		ArrayNode a = JSON.createArrayNode();
		if (values.isEmpty()) {
			return a;
		}
		double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
		for (int q = 0; q <= QUANTILES; q++) {
			double position = (sorted.length - 1) * (double) q / QUANTILES;
			int low = (int) Math.floor(position);
			int high = Math.min(low + 1, sorted.length - 1);
			double v = sorted[low] + (sorted[high] - sorted[low]) * (position - low);
			a.add(Math.round(v * 10_000) / 10_000.0);
		}
		return a;
	}

	private static double rate(long count, long total) {
		return total == 0 ? 0 : Math.round(count * 1_000_000.0 / total) / 1_000_000.0;
	}

	private static double parseDouble(String s) {
		try {
			return Double.parseDouble(s.trim().replace(',', '.'));
		}
		catch (NumberFormatException e) {
			return Double.NaN;
		}
	}

	private static LocalDate date(String s) {
		if (s == null) {
			return null;
		}
		java.util.regex.Matcher m = DATE.matcher(s);
		if (!m.matches()) {
			return null;
		}
		try {
			LocalDate d = LocalDate.parse(m.group(1));
			return d.getYear() < 2000 ? null : d;
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}

	/** Counts of raw values (as published, {@code null} for a missing one), most frequent first. */
	private static final class Counter {
		private final Map<String, Long> counts = new HashMap<>();

		void add(String value) {
			counts.merge(value == null ? "<missing>" : value, 1L, Long::sum);
		}

		long total() {
			return counts.values().stream().mapToLong(Long::longValue).sum();
		}

		ObjectNode toJson() {
			ObjectNode o = JSON.createObjectNode();
			Map<String, Long> ordered = new LinkedHashMap<>();
			counts.entrySet().stream()
				.sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
				.forEach(e -> ordered.put(e.getKey(), e.getValue()));
			ordered.forEach(o::put);
			return o;
		}
	}
}
