package fr.ouvert.decp;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Reads one published record into a {@link Contract}: finds its kind and generation, accepts every dirty variant
 * met in real files (see {@link Rule}'s corrections) and reports each correction on the field where it was made.
 * One instance per record.
 */
final class RecordMapper {

	private static final Set<String> GENERATION_2022_KEYS = Set.of("techniques", "modalitesExecution",
			"offresRecues", "ccag", "marcheInnovant", "attributionAvance", "typeGroupementOperateurs",
			"sousTraitanceDeclaree", "typesPrix", "considerationsSociales", "considerationsEnvironnementales",
			"actesSousTraitance", "modificationsActesSousTraitance", "idAccordCadre", "origineUE", "origineFrance");
	private static final Set<String> MARCHE_2022_KEYS = Set.of("id", "acheteur", "nature", "objet", "codeCPV",
			"techniques", "modalitesExecution", "idAccordCadre", "marcheInnovant", "ccag", "offresRecues",
			"attributionAvance", "tauxAvance", "typeGroupementOperateurs", "sousTraitanceDeclaree",
			"actesSousTraitance", "procedure", "lieuExecution", "dureeMois", "dateNotification",
			"datePublicationDonnees", "montant", "typesPrix", "formePrix", "origineUE", "origineFrance",
			"titulaires", "considerationsSociales", "considerationsEnvironnementales",
			"modificationsActesSousTraitance", "modifications");
	private static final Set<String> CONCESSION_2022_KEYS = Set.of("id", "autoriteConcedante", "nature", "objet",
			"procedure", "dureeMois", "dateSignature", "datePublicationDonnees", "dateDebutExecution",
			"valeurGlobale", "montantSubventionPublique", "donneesExecution", "concessionnaires",
			"considerationsSociales", "considerationsEnvironnementales", "modifications");
	private static final Set<String> NESTED_OBJECTS = Set.of("acheteur", "autoriteConcedante", "lieuExecution");
	private static final Set<String> TYPES_PRIX_VARIANTS = Set.of("typePrix", "TypePrix", "TypesPrix", "typesprix",
			"typeprix");
	private static final int MIN_YEAR = 1990;
	private static final int MAX_YEAR = 2100;

	private final boolean xml;
	private final List<Issue> issues;
	private Generation generation;
	private ContractKind kind;

	RecordMapper(boolean xml, List<Issue> issues) {
		this.xml = xml;
		this.issues = issues;
	}

	Generation generation() {
		return generation;
	}

	/** The contract read from the record, {@code null} when the record is not an object at all. */
	Contract map(RawRecord raw) {
		if (!(raw.value() instanceof Map<?, ?>)) {
			issues.add(Rule.NOT_A_RECORD.issue(null, "L'enregistrement n'est pas un objet : "
					+ describe(raw.value()) + "."));
			return null;
		}
		Map<String, Object> record = unflatten(unwrapRecord(asMap(raw.value())));
		kind = kindOf(record, raw.containerKind());
		generation = generationOf(record, raw.containerGeneration());
		if (generation == Generation.DECP_2022) {
			Set<String> allowed = kind == ContractKind.MARCHE ? MARCHE_2022_KEYS : CONCESSION_2022_KEYS;
			for (String key : record.keySet()) {
				if (!allowed.contains(key) && !(TYPES_PRIX_VARIANTS.contains(key) && !record.containsKey("typesPrix"))) {
					issues.add(Rule.ADDITIONAL_PROPERTY.issue(key, "Le champ « " + key
							+ " » n'existe pas dans le schéma 2.0 : il est ignoré."));
				}
			}
		}
		boolean concession = kind == ContractKind.CONCESSION;
		Contract.Builder b = Contract.builder(kind, generation);
		String id = text(record.get("id"), "id");
		b.id(id);
		if (id == null) {
			issues.add(Rule.MISSING_ID.issue("id", "Le contrat n'a pas d'identifiant : il ne peut pas être enregistré."));
		}
		String buyerKey = concession ? "autoriteConcedante" : "acheteur";
		Map<String, Object> buyer = object(record.get(buyerKey), buyerKey);
		String buyerId = buyer == null ? null : siret(buyer.get("id"), buyerKey + ".id", Rule.BUYER_ID_SEPARATORS);
		b.acheteurId(buyerId);
		b.acheteurNom(buyer == null ? null : text(buyer.get("nom"), buyerKey + ".nom"));
		if (buyerId == null) {
			issues.add(Rule.MISSING_BUYER_ID.issue(buyerKey + ".id", (concession ? "L'autorité concédante"
					: "L'acheteur") + " n'a pas d'identifiant : le contrat ne peut pas être rattaché."));
		}
		b.nature(enumValue(record.get("nature"), "nature",
				concession ? Vocabulary.NATURE_CONCESSION : Vocabulary.NATURE_MARCHE));
		b.objet(text(record.get("objet"), "objet"));
		b.codeCpv(text(record.get("codeCPV"), "codeCPV"));
		b.procedure(enumValue(record.get("procedure"), "procedure",
				concession ? Vocabulary.PROCEDURE_CONCESSION : Vocabulary.PROCEDURE_MARCHE));
		Map<String, Object> lieu = object(record.get("lieuExecution"), "lieuExecution");
		if (lieu != null) {
			b.lieuExecution(new LieuExecution(text(lieu.get("code"), "lieuExecution.code"),
					enumValue(lieu.get("typeCode"), "lieuExecution.typeCode", Vocabulary.TYPE_CODE),
					text(lieu.get("nom"), "lieuExecution.nom")));
		}
		b.dureeMois(integer(record.get("dureeMois"), "dureeMois", true));
		String notification = concession ? "dateSignature" : "dateNotification";
		b.dateNotification(date(record.get(notification), notification));
		b.datePublicationDonnees(date(record.get("datePublicationDonnees"), "datePublicationDonnees"));
		String amount = concession ? "valeurGlobale" : "montant";
		b.montant(decimal(record.get(amount), amount));
		b.considerationsSociales(textList(record.get("considerationsSociales"), "considerationSociale",
				"considerationsSociales", concession ? Vocabulary.CONSIDERATION_SOCIALE_CONCESSION
						: Vocabulary.CONSIDERATION_SOCIALE_MARCHE));
		b.considerationsEnvironnementales(textList(record.get("considerationsEnvironnementales"),
				"considerationEnvironnementale", "considerationsEnvironnementales",
				Vocabulary.CONSIDERATION_ENVIRONNEMENTALE));
		String holders = concession ? "concessionnaires" : "titulaires";
		b.titulaires(titulaires(record.get(holders), concession ? "concessionnaire" : "titulaire", holders));
		b.modifications(modifications(record));
		if (generation == Generation.DECP_2019) {
			requirePresence(record, "modifications");
		}
		if (concession) {
			b.dateDebutExecution(date(record.get("dateDebutExecution"), "dateDebutExecution"));
			b.montantSubventionPublique(decimal(record.get("montantSubventionPublique"), "montantSubventionPublique"));
			b.donneesExecution(donneesExecution(record.get("donneesExecution")));
			if (generation == Generation.DECP_2019) {
				requirePresence(record, "donneesExecution");
			}
		} else {
			b.formePrix(enumValue(record.get("formePrix"), "formePrix", Vocabulary.FORME_PRIX));
			b.techniques(textList(record.get("techniques"), "technique", "techniques", Vocabulary.TECHNIQUE));
			b.modalitesExecution(textList(record.get("modalitesExecution"), "modaliteExecution",
					"modalitesExecution", Vocabulary.MODALITE_EXECUTION));
			b.idAccordCadre(text(record.get("idAccordCadre"), "idAccordCadre"));
			b.marcheInnovant(bool(record.get("marcheInnovant"), "marcheInnovant"));
			b.ccag(enumValue(record.get("ccag"), "ccag", Vocabulary.CCAG));
			b.offresRecues(integer(record.get("offresRecues"), "offresRecues", false));
			b.attributionAvance(bool(record.get("attributionAvance"), "attributionAvance"));
			b.tauxAvance(decimal(record.get("tauxAvance"), "tauxAvance"));
			b.typeGroupementOperateurs(enumValue(record.get("typeGroupementOperateurs"), "typeGroupementOperateurs",
					Vocabulary.TYPE_GROUPEMENT));
			b.sousTraitanceDeclaree(bool(record.get("sousTraitanceDeclaree"), "sousTraitanceDeclaree"));
			b.typesPrix(typesPrix(record));
			b.origineUE(decimal(record.get("origineUE"), "origineUE"));
			b.origineFrance(decimal(record.get("origineFrance"), "origineFrance"));
			b.actesSousTraitance(items(record.get("actesSousTraitance"), "acteSousTraitance", "actesSousTraitance",
					this::acteSousTraitance));
			Object modificationsActes = record.get("modificationsActesSousTraitance");
			b.modificationsActesSousTraitance(items(modificationsActes, wrapperOf(modificationsActes,
					"modificationActeSousTraitance", "modificationActesSousTraitance"),
					"modificationsActesSousTraitance", this::modificationActeSousTraitance));
		}
		return b.build();
	}

	// Record shape

	private Map<String, Object> unwrapRecord(Map<String, Object> record) {
		if (record.size() == 1) {
			Object inner = record.get("marche");
			if (inner == null) {
				inner = record.get("contrat-concession");
			}
			if (inner instanceof Map<?, ?>) {
				issues.add(Rule.LIST_SHAPE.issue(null, "L'enregistrement est enveloppé dans un objet « "
						+ record.keySet().iterator().next() + " » : le contenu est lu."));
				return asMap(inner);
			}
		}
		return record;
	}

	/** {@code "acheteur.id": "…"} becomes {@code "acheteur": {"id": "…"}} unless the nested field exists. */
	private Map<String, Object> unflatten(Map<String, Object> record) {
		Map<String, Object> result = record;
		for (Map.Entry<String, Object> entry : record.entrySet()) {
			String key = entry.getKey();
			int dot = key.indexOf('.');
			if (dot <= 0 || !NESTED_OBJECTS.contains(key.substring(0, dot))) {
				continue;
			}
			if (result == record) {
				result = new LinkedHashMap<>(record);
			}
			result.remove(key);
			String parent = key.substring(0, dot);
			String child = key.substring(dot + 1);
			Map<String, Object> nested = result.get(parent) instanceof Map<?, ?> m ? new LinkedHashMap<>(asMap(m))
					: new LinkedHashMap<>();
			if (nested.get(child) == null) {
				nested.put(child, entry.getValue());
				issues.add(Rule.FLATTENED_KEY.issue(parent + "." + child, "La clé aplatie « " + key
						+ " » est lue comme le champ « " + child + " » de « " + parent + " »."));
			}
			result.put(parent, nested);
		}
		return result;
	}

	private ContractKind kindOf(Map<String, Object> record, ContractKind containerKind) {
		Object type = record.get("_type");
		ContractKind declared = null;
		if (type instanceof String s) {
			String canonical = Vocabulary.TYPE_CONTRAT.canonical(s);
			if ("Contrat de concession".equals(canonical)) {
				declared = ContractKind.CONCESSION;
			} else if ("Marché".equals(canonical)) {
				declared = ContractKind.MARCHE;
			}
			if (canonical != null && !canonical.equals(s)) {
				issues.add(Rule.ENUM_NORMALISED.issue("_type", "« " + s + " » est lu « " + canonical + " »."));
			}
		}
		if (containerKind != null) {
			return containerKind;
		}
		if (declared != null) {
			return declared;
		}
		return record.containsKey("autoriteConcedante") || record.containsKey("concessionnaires")
				|| record.containsKey("valeurGlobale") ? ContractKind.CONCESSION : ContractKind.MARCHE;
	}

	private Generation generationOf(Map<String, Object> record, Generation containerGeneration) {
		for (String key : record.keySet()) {
			if (GENERATION_2022_KEYS.contains(key)) {
				return Generation.DECP_2022;
			}
		}
		if (record.containsKey("_type") || record.get("acheteur") instanceof Map<?, ?> a && a.containsKey("nom")
				|| record.get("lieuExecution") instanceof Map<?, ?> l && l.containsKey("nom")) {
			return Generation.DECP_2019;
		}
		return containerGeneration;
	}

	private void requirePresence(Map<String, Object> record, String key) {
		if (!record.containsKey(key)) {
			issues.add(Rule.MISSING_FIELD.issue(key, "Le champ obligatoire « " + key
					+ " » est absent (une liste vide est attendue s'il n'y a rien à déclarer)."));
		}
	}

	// Lists

	private List<Titulaire> titulaires(Object value, String wrapper, String path) {
		return items(value, wrapper, path, (item, itemPath) -> titulaire(item, itemPath));
	}

	private Titulaire titulaire(Object item, String path) {
		Map<String, Object> map = object(item, path);
		if (map == null) {
			return null;
		}
		String type = typeIdentifiant(map.get("typeIdentifiant"), path + ".typeIdentifiant");
		String id;
		if (type == null || "SIRET".equals(type)) {
			id = siret(map.get("id"), path + ".id", Rule.IDENTIFIER_SEPARATORS);
		} else {
			id = text(map.get("id"), path + ".id");
		}
		if (type == null && id != null && id.length() == 14 && allDigits(id)) {
			type = "SIRET";
			issues.add(Rule.TYPE_IDENTIFIANT_INFERRED.issue(path + ".typeIdentifiant",
					"Type d'identifiant absent ; l'identifiant a 14 chiffres : SIRET."));
		}
		return new Titulaire(type, id, text(map.get("denominationSociale"), path + ".denominationSociale"));
	}

	private List<Modification> modifications(Map<String, Object> record) {
		List<Modification> modifications = new ArrayList<>();
		List<Modification> read = items(record.get("modifications"), "modification", "modifications",
				(item, path) -> {
					Map<String, Object> map = object(item, path);
					if (map == null) {
						return null;
					}
					boolean concession = kind == ContractKind.CONCESSION;
					String notification = concession || !map.containsKey("dateNotificationModification")
							&& map.containsKey("dateSignatureModification") ? "dateSignatureModification"
									: "dateNotificationModification";
					String amount = concession ? "valeurGlobale" : "montant";
					Object holders = map.get("titulaires");
					List<Titulaire> titulaires = holders == null ? null
							: titulaires(holders, "titulaire", path + ".titulaires");
					return new Modification(modifications.size() + 1,
							integer(map.get("id"), path + ".id", false),
							text(map.get("objetModification"), path + ".objetModification"),
							date(map.get(notification), path + "." + notification),
							date(map.get("datePublicationDonneesModification"),
									path + ".datePublicationDonneesModification"),
							integer(map.get("dureeMois"), path + ".dureeMois", true),
							decimal(map.get(amount), path + "." + amount),
							titulaires == null || titulaires.isEmpty() ? null : titulaires);
				}, modifications);
		return read;
	}

	private ActeSousTraitance acteSousTraitance(Object item, String path) {
		Map<String, Object> map = object(item, path);
		if (map == null) {
			return null;
		}
		return new ActeSousTraitance(integer(map.get("id"), path + ".id", false),
				map.get("sousTraitant") == null ? null : titulaire(map.get("sousTraitant"), path + ".sousTraitant"),
				integer(map.get("dureeMois"), path + ".dureeMois", true),
				date(map.get("dateNotification"), path + ".dateNotification"),
				date(map.get("datePublicationDonnees"), path + ".datePublicationDonnees"),
				decimal(map.get("montant"), path + ".montant"),
				enumValue(map.get("variationPrix"), path + ".variationPrix", Vocabulary.VARIATION_PRIX));
	}

	private ModificationActeSousTraitance modificationActeSousTraitance(Object item, String path) {
		Map<String, Object> map = object(item, path);
		if (map == null) {
			return null;
		}
		return new ModificationActeSousTraitance(integer(map.get("id"), path + ".id", false),
				date(map.get("dateNotificationModificationSousTraitance"),
						path + ".dateNotificationModificationSousTraitance"),
				date(map.get("datePublicationDonnees"), path + ".datePublicationDonnees"),
				integer(map.get("dureeMois"), path + ".dureeMois", true),
				decimal(map.get("montant"), path + ".montant"));
	}

	private List<DonneesAnnuelles> donneesExecution(Object value) {
		return items(value, "donneesAnnuelles", "donneesExecution", (item, path) -> {
			Map<String, Object> map = object(item, path);
			if (map == null) {
				return null;
			}
			List<DonneesAnnuelles.Tarif> tarifs = items(map.get("tarifs"), "tarif", path + ".tarifs",
					(tarif, tarifPath) -> {
						Map<String, Object> t = object(tarif, tarifPath);
						return t == null ? null : new DonneesAnnuelles.Tarif(
								text(t.get("intituleTarif"), tarifPath + ".intituleTarif"),
								decimal(t.get("tarif"), tarifPath + ".tarif"));
					});
			return new DonneesAnnuelles(date(map.get("datePublicationDonneesExecution"),
					path + ".datePublicationDonneesExecution"),
					decimal(map.get("depensesInvestissement"), path + ".depensesInvestissement"), tarifs);
		});
	}

	private List<String> typesPrix(Map<String, Object> record) {
		if (record.containsKey("typesPrix")) {
			return textList(record.get("typesPrix"), "typePrix", "typesPrix", Vocabulary.TYPE_PRIX);
		}
		for (String variant : TYPES_PRIX_VARIANTS) {
			if (record.containsKey(variant)) {
				issues.add(Rule.TYPES_PRIX_KEY.issue(variant, "Les types de prix sont publiés sous la clé « "
						+ variant + " » au lieu de « typesPrix » : ils sont lus."));
				return textList(record.get(variant), "typePrix", variant, Vocabulary.TYPE_PRIX);
			}
		}
		return null;
	}

	private static String wrapperOf(Object value, String... candidates) {
		if (value instanceof Map<?, ?> map) {
			for (String candidate : candidates) {
				if (map.containsKey(candidate)) {
					return candidate;
				}
			}
		}
		if (value instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Map<?, ?> first) {
			for (String candidate : candidates) {
				if (first.containsKey(candidate)) {
					return candidate;
				}
			}
		}
		return candidates[0];
	}

	private <T> List<T> items(Object value, String wrapper, String path, BiFunction<Object, String, T> reader) {
		return items(value, wrapper, path, reader, new ArrayList<>());
	}

	/**
	 * The items of a list field in any published shape: a list of items, of wrapped items
	 * ({@code [{"titulaire": {…}}]}), of lists; a wrapper object ({@code {"titulaire": […]}}, XML's shape); a
	 * single item. Items are read in order into {@code result}, with their path from 1 ({@code titulaires[2]}).
	 */
	private <T> List<T> items(Object value, String wrapper, String path, BiFunction<Object, String, T> reader,
			List<T> result) {
		if (value == null || value instanceof String s && s.isBlank()) {
			return result;
		}
		List<Object> raw = new ArrayList<>();
		int[] shape = new int[4]; // wrapped, flat, single object, nested lists
		collect(value, wrapper, raw, shape, 0);
		if (!xml) {
			String problem = null;
			if (shape[3] > 0) {
				problem = "une liste de listes";
			} else if (shape[2] > 0) {
				problem = "un objet seul au lieu d'une liste";
			} else if (generation == Generation.DECP_2019 && shape[0] > 0) {
				problem = "des éléments enveloppés (« " + wrapper + " ») dans un enregistrement au format 2019";
			} else if (generation == Generation.DECP_2022 && shape[1] > 0) {
				problem = "des éléments non enveloppés (sans « " + wrapper + " ») dans un enregistrement au format 2022";
			}
			if (problem != null) {
				issues.add(Rule.LIST_SHAPE.issue(path, "La liste est publiée sous la forme d'" + problem
						+ " : ses éléments sont lus."));
			}
		}
		Set<Object> seen = new HashSet<>();
		boolean duplicate = false;
		for (Object item : raw) {
			duplicate |= !seen.add(item);
			T read = reader.apply(item, path + "[" + (result.size() + 1) + "]");
			if (read != null) {
				result.add(read);
			}
		}
		if (duplicate) {
			issues.add(Rule.DUPLICATE_ITEMS.issue(path, "La liste contient deux fois le même élément."));
		}
		return result;
	}

	private void collect(Object value, String wrapper, List<Object> raw, int[] shape, int depth) {
		if (value instanceof List<?> list) {
			if (depth > 0) {
				shape[3]++;
			}
			for (Object element : list) {
				if (element instanceof List<?>) {
					collect(element, wrapper, raw, shape, depth + 1);
				} else if (isWrapped(element, wrapper)) {
					shape[0]++;
					unwrap(((Map<?, ?>) element).get(wrapper), raw, shape);
				} else {
					shape[1]++;
					raw.add(element);
				}
			}
		} else if (isWrapped(value, wrapper)) {
			// {"titulaire": {…}} or {"titulaire": […]}: XML's shape, not a JSON list
			shape[0]++;
			shape[2]++;
			unwrap(((Map<?, ?>) value).get(wrapper), raw, shape);
		} else {
			shape[2]++;
			raw.add(value);
		}
	}

	private static void unwrap(Object inner, List<Object> raw, int[] shape) {
		if (inner instanceof List<?> list) {
			for (Object element : list) {
				if (element instanceof List<?>) {
					shape[3]++;
				}
				flatten(element, raw);
			}
		} else {
			raw.add(inner);
		}
	}

	private static boolean isWrapped(Object value, String wrapper) {
		return value instanceof Map<?, ?> map && map.size() == 1 && isContainer(map.get(wrapper));
	}

	private static boolean isContainer(Object value) {
		return value instanceof Map<?, ?> || value instanceof List<?>;
	}

	/** A list of texts from a closed list, in any shape: {@code {"technique": [...]}}, a list, a single text. */
	private List<String> textList(Object value, String wrapper, String path, Vocabulary.Enumeration enumeration) {
		if (value == null || value instanceof String s && s.isBlank()) {
			return null;
		}
		List<Object> raw = new ArrayList<>();
		boolean standard;
		if (value instanceof Map<?, ?> map && map.containsKey(wrapper)) {
			Object inner = map.get(wrapper);
			standard = xml || inner instanceof List<?>;
			flatten(inner, raw);
		} else {
			standard = false;
			flatten(value, raw);
		}
		if (!standard) {
			issues.add(Rule.LIST_SHAPE.issue(path, "La liste est publiée sous une autre forme que « {\"" + wrapper
					+ "\": [...]} » : ses valeurs sont lues."));
		}
		List<String> values = new ArrayList<>(raw.size());
		for (int i = 0; i < raw.size(); i++) {
			String v = enumValue(raw.get(i), path + "[" + (i + 1) + "]", enumeration);
			if (v != null) {
				values.add(v);
			}
		}
		return values;
	}

	private static void flatten(Object value, List<Object> into) {
		if (value instanceof List<?> list) {
			for (Object element : list) {
				flatten(element, into);
			}
		} else if (value != null) {
			into.add(value);
		}
	}

	// Values

	private Map<String, Object> object(Object value, String path) {
		if (value == null || value instanceof String s && s.isBlank()) {
			return null;
		}
		if (value instanceof Map<?, ?> map) {
			return asMap(map);
		}
		issues.add(Rule.INVALID_TYPE.issue(path, "Un objet est attendu, la valeur publiée est " + describe(value)
				+ " : elle est ignorée."));
		return null;
	}

	/** A text value; repairs bytes read as ISO-8859-1 and drops XML control characters (see DecodingReader). */
	private String text(Object value, String path) {
		if (value == null) {
			return null;
		}
		String s;
		if (value instanceof String str) {
			s = repair(str, path).strip();
		} else if (value instanceof RawRecord.Number n) {
			s = n.text();
			issues.add(Rule.NUMBER_AS_TEXT.issue(path, "Un texte est attendu, le nombre " + s
					+ " a été publié : il est lu comme texte."));
		} else if (value instanceof Boolean bool) {
			s = bool.toString();
			issues.add(Rule.NUMBER_AS_TEXT.issue(path, "Un texte est attendu, le booléen " + s
					+ " a été publié : il est lu comme texte."));
		} else {
			issues.add(Rule.INVALID_TYPE.issue(path, "Un texte est attendu, la valeur publiée est " + describe(value)
					+ " : elle est ignorée."));
			return null;
		}
		return s.isEmpty() ? null : s;
	}

	private String repair(String s, String path) {
		int i = 0;
		int length = s.length();
		while (i < length) {
			char c = s.charAt(i);
			if (c >= DecodingReader.MARKER && c <= DecodingReader.MARKER + 0xFF || c == '\uFFFD') {
				break;
			}
			i++;
		}
		if (i == length) {
			return s;
		}
		StringBuilder repaired = new StringBuilder(length);
		int latin1 = 0;
		int control = 0;
		boolean replacement = false;
		for (int j = 0; j < length; j++) {
			char c = s.charAt(j);
			if (c >= DecodingReader.MARKER && c <= DecodingReader.MARKER + 0xFF) {
				int b = c - DecodingReader.MARKER;
				if (b < 0x20) {
					control++;
				} else {
					latin1++;
					repaired.append((char) b);
				}
			} else {
				replacement |= c == '\uFFFD';
				repaired.append(c);
			}
		}
		String result = repaired.toString();
		if (latin1 > 0) {
			issues.add(Rule.ENCODING_ISO_8859_1.issue(path, latin1 + " octet(s) non UTF-8 lu(s) en ISO-8859-1 : « "
					+ abbreviate(result) + " »."));
		}
		if (control > 0) {
			issues.add(Rule.XML_CONTROL_CHARACTERS.issue(path, control
					+ " caractère(s) de contrôle interdit(s) en XML supprimé(s)."));
		}
		if (replacement) {
			issues.add(Rule.REPLACEMENT_CHARACTER.issue(path, "Le texte contient des caractères « \uFFFD » : "
					+ "il a été abîmé par un mauvais encodage avant publication (« " + abbreviate(result) + " »)."));
		}
		return result;
	}

	/** A buyer's or holder's SIRET: spaces and dots are removed when what remains is 14 digits. */
	private String siret(Object value, String path, Rule separators) {
		String id = text(value, path);
		if (id == null || id.length() == 14 && allDigits(id)) {
			return id;
		}
		StringBuilder digits = new StringBuilder(14);
		for (int i = 0; i < id.length(); i++) {
			char c = id.charAt(i);
			if (c != ' ' && c != '.' && c != '\u00a0' && c != '\u202f') {
				digits.append(c);
			}
		}
		String compact = digits.toString();
		if (compact.length() == 14 && allDigits(compact)) {
			issues.add(separators.issue(path, "« " + id + " » est lu « " + compact + " »."));
			return compact;
		}
		return id;
	}

	private String typeIdentifiant(Object value, String path) {
		String published = text(value, path);
		if (published == null) {
			return null;
		}
		String canonical = Vocabulary.TYPE_IDENTIFIANT.canonical(published);
		if (canonical == null) {
			canonical = Vocabulary.TYPE_IDENTIFIANT.alias(published);
		}
		if (canonical == null || canonical.equals(published)) {
			return published;
		}
		issues.add(Rule.TYPE_IDENTIFIANT_NORMALISED.issue(path, "« " + published + " » est lu « " + canonical + " »."));
		return canonical;
	}

	private String enumValue(Object value, String path, Vocabulary.Enumeration enumeration) {
		String published = text(value, path);
		if (published == null) {
			return null;
		}
		String canonical = enumeration.canonical(published);
		if (canonical != null) {
			if (!canonical.equals(published)) {
				issues.add(Rule.ENUM_NORMALISED.issue(path, "« " + published + " » est lu « " + canonical + " »."));
			}
			return canonical;
		}
		String replacement = enumeration.alias(published);
		if (replacement != null) {
			Rule rule = enumeration == Vocabulary.PROCEDURE_MARCHE ? Rule.PROCEDURE_1_4_LABEL
					: Rule.ENUM_NORMALISED;
			issues.add(rule.issue(path, "« " + published + " » (ancien libellé) est lu « " + replacement + " »."));
			return replacement;
		}
		return published;
	}

	private Integer integer(Object value, String path, boolean roundUp) {
		BigDecimal number = number(value, path);
		if (number == null) {
			return null;
		}
		BigDecimal rounded = number.setScale(0, RoundingMode.CEILING);
		if (rounded.compareTo(number) != 0) {
			if (!roundUp) {
				issues.add(Rule.INVALID_NUMBER.issue(path, "Un nombre entier est attendu, " + number.toPlainString()
						+ " a été publié : la valeur est ignorée."));
				return null;
			}
			issues.add(Rule.INTEGER_ROUNDED.issue(path, number.toPlainString() + " est arrondi au mois supérieur : "
					+ rounded.toPlainString() + "."));
		}
		if (rounded.abs().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
			issues.add(Rule.INVALID_NUMBER.issue(path, number.toPlainString()
					+ " est trop grand pour un nombre entier : la valeur est ignorée."));
			return null;
		}
		return rounded.intValue();
	}

	private BigDecimal decimal(Object value, String path) {
		return number(value, path);
	}

	private BigDecimal number(Object value, String path) {
		if (value == null) {
			return null;
		}
		if (value instanceof RawRecord.Number n) {
			try {
				return new BigDecimal(n.text());
			} catch (NumberFormatException e) {
				issues.add(Rule.INVALID_NUMBER.issue(path, "« " + n.text()
						+ " » n'est pas un nombre : la valeur est ignorée."));
				return null;
			}
		}
		String published = text(value, path);
		if (published == null) {
			if (value instanceof String) {
				issues.add(Rule.INVALID_NUMBER.issue(path, "Un nombre est attendu, une valeur vide a été publiée : "
						+ "elle est ignorée."));
			}
			return null;
		}
		if (isPlainNumber(published)) {
			BigDecimal parsed = new BigDecimal(published);
			if (!xml) {
				issues.add(Rule.NUMBER_AS_STRING.issue(path, "Le nombre est publié comme texte (« " + published
						+ " ») : il est lu comme nombre."));
			}
			return parsed;
		}
		String normalised = normaliseNumber(published);
		if (normalised != null) {
			issues.add((xml ? Rule.DECIMAL_COMMA : Rule.NUMBER_AS_STRING).issue(path, "« " + published
					+ " » est lu " + normalised + "."));
			return new BigDecimal(normalised);
		}
		issues.add(Rule.INVALID_NUMBER.issue(path, "« " + abbreviate(published)
				+ " » n'est pas un nombre : la valeur est ignorée."));
		return null;
	}

	/** A number written with spaces, a decimal comma or a euro sign, in plain notation, or null. */
	private static String normaliseNumber(String published) {
		StringBuilder digits = new StringBuilder(published.length());
		for (int i = 0; i < published.length(); i++) {
			char c = published.charAt(i);
			if (c == ' ' || c == '\u00a0' || c == '\u202f' || c == '€') {
				continue;
			}
			digits.append(c);
		}
		String s = digits.toString();
		int comma = s.lastIndexOf(',');
		int dot = s.lastIndexOf('.');
		if (comma >= 0) {
			if (s.indexOf(',') != comma) {
				return null;
			}
			s = (dot >= 0 && dot < comma ? s.replace(".", "") : s).replace(',', '.');
		}
		return isPlainNumber(s) ? s : null;
	}

	private static boolean isPlainNumber(String s) {
		int length = s.length();
		int i = 0;
		if (length > 0 && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
			i++;
		}
		int digits = 0;
		boolean dot = false;
		for (; i < length; i++) {
			char c = s.charAt(i);
			if (c >= '0' && c <= '9') {
				digits++;
			} else if (c == '.' && !dot) {
				dot = true;
			} else if ((c == 'e' || c == 'E') && digits > 0 && i + 1 < length) {
				int j = i + 1;
				if (s.charAt(j) == '-' || s.charAt(j) == '+') {
					j++;
				}
				if (j >= length) {
					return false;
				}
				for (; j < length; j++) {
					if (s.charAt(j) < '0' || s.charAt(j) > '9') {
						return false;
					}
				}
				return true;
			} else {
				return false;
			}
		}
		return digits > 0;
	}

	private Boolean bool(Object value, String path) {
		if (value == null || value instanceof Boolean) {
			return (Boolean) value;
		}
		String published = value instanceof RawRecord.Number n ? n.text() : text(value, path);
		if (published == null) {
			issues.add(Rule.INVALID_BOOLEAN.issue(path, "Un booléen est attendu, une valeur vide a été publiée : "
					+ "elle est ignorée."));
			return null;
		}
		Boolean read = switch (published.toLowerCase()) {
			case "true", "oui", "1", "vrai" -> Boolean.TRUE;
			case "false", "non", "0", "faux" -> Boolean.FALSE;
			default -> null;
		};
		if (read == null) {
			issues.add(Rule.INVALID_BOOLEAN.issue(path, "« " + abbreviate(published)
					+ " » n'est pas un booléen : la valeur est ignorée."));
		} else if (!xml) {
			issues.add(Rule.BOOLEAN_AS_STRING.issue(path, "Le booléen est publié comme « " + published
					+ " » : il est lu " + read + "."));
		}
		return read;
	}

	private LocalDate date(Object value, String path) {
		if (value == null) {
			return null;
		}
		String published = text(value, path);
		if (published == null) {
			issues.add(Rule.INVALID_DATE.issue(path, "Une date est attendue, une valeur vide a été publiée : "
					+ "elle est ignorée."));
			return null;
		}
		int length = published.length();
		LocalDate date;
		Rule correction = null;
		if (isIsoDate(published, 0) && (length == 10 || isZoneOrTime(published))) {
			date = ymd(published, 0, 4, 5, 7, 8, 10);
			if (length > 10) {
				correction = Rule.DATE_TIMEZONE;
			}
		} else {
			date = looseDate(published);
			correction = Rule.DATE_FORMAT;
		}
		if (date == null) {
			issues.add(Rule.INVALID_DATE.issue(path, "« " + abbreviate(published)
					+ " » n'est pas une date valide : la valeur est ignorée."));
			return null;
		}
		if (date.getYear() < MIN_YEAR || date.getYear() > MAX_YEAR) {
			issues.add(Rule.IMPLAUSIBLE_DATE.issue(path, "L'année de « " + published
					+ " » est invraisemblable : la date est ignorée (aucune correction n'est devinée)."));
			return null;
		}
		if (correction == Rule.DATE_TIMEZONE) {
			issues.add(correction.issue(path, "« " + published + " » est lu " + date + " (fuseau ou heure retiré)."));
		} else if (correction != null) {
			issues.add(correction.issue(path, "« " + published + " » est lu " + date + "."));
		}
		return date;
	}

	private static boolean isIsoDate(String s, int from) {
		return s.length() >= from + 10 && digits(s, from, 4) && s.charAt(from + 4) == '-' && digits(s, from + 5, 2)
				&& s.charAt(from + 7) == '-' && digits(s, from + 8, 2);
	}

	private static boolean isZoneOrTime(String s) {
		char c = s.charAt(10);
		return c == '+' || c == '-' || c == 'Z' || c == 'T' || c == ' ';
	}

	/** {@code 2019-1-5} or {@code 05/01/2019}, or null. */
	private static LocalDate looseDate(String s) {
		String[] parts;
		boolean dayFirst;
		if (s.indexOf('/') > 0) {
			parts = s.split("/", -1);
			dayFirst = true;
		} else {
			parts = s.split("-", -1);
			dayFirst = false;
		}
		if (parts.length != 3) {
			return null;
		}
		String year = dayFirst ? parts[2] : parts[0];
		String day = dayFirst ? parts[0] : parts[2];
		if (year.length() != 4 || !digits(year, 0, 4) || parts[1].isEmpty() || parts[1].length() > 2
				|| !digits(parts[1], 0, parts[1].length()) || day.isEmpty() || day.length() > 2
				|| !digits(day, 0, day.length())) {
			return null;
		}
		try {
			return LocalDate.of(Integer.parseInt(year), Integer.parseInt(parts[1]), Integer.parseInt(day));
		} catch (DateTimeException e) {
			return null;
		}
	}

	private static LocalDate ymd(String s, int y0, int y1, int m0, int m1, int d0, int d1) {
		try {
			return LocalDate.of(Integer.parseInt(s, y0, y1, 10), Integer.parseInt(s, m0, m1, 10),
					Integer.parseInt(s, d0, d1, 10));
		} catch (DateTimeException e) {
			return null;
		}
	}

	private static boolean digits(String s, int from, int count) {
		if (s.length() < from + count) {
			return false;
		}
		for (int i = from; i < from + count; i++) {
			char c = s.charAt(i);
			if (c < '0' || c > '9') {
				return false;
			}
		}
		return true;
	}

	static boolean allDigits(String s) {
		return !s.isEmpty() && digits(s, 0, s.length());
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> asMap(Object value) {
		return (Map<String, Object>) value;
	}

	private static String describe(Object value) {
		if (value instanceof Map<?, ?>) {
			return "un objet";
		}
		if (value instanceof List<?>) {
			return "une liste";
		}
		if (value instanceof RawRecord.Number n) {
			return "le nombre " + n.text();
		}
		return value == null ? "null" : "« " + abbreviate(value.toString()) + " »";
	}

	static String abbreviate(String s) {
		return s.length() <= 80 ? s : s.substring(0, 77) + "…";
	}
}
