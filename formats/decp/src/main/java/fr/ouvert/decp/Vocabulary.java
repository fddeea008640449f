package fr.ouvert.decp;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The closed lists of the DECP schemas (1.5.0 and 2.0.3), and how a published value is matched to its canonical
 * form: case, accents, apostrophes, hyphens, underscores and spaces do not count.
 */
final class Vocabulary {

	/** One closed list: the values each generation's schema allows and the variants recognised. */
	record Enumeration(String name, Set<String> values2019, Set<String> values2022, Map<String, String> byKey,
			Map<String, String> aliases) {

		boolean allows(Generation generation, String value) {
			return (generation == Generation.DECP_2019 ? values2019 : values2022).contains(value);
		}

		/** The canonical value for a published one (case and accents aside), or null when unknown. */
		String canonical(String value) {
			return byKey.get(memoisedKey(value));
		}

		/** The replacement of an obsolete label (1.4 procedures, identifier type variants), or null. */
		String alias(String value) {
			return aliases.get(memoisedKey(value));
		}
	}

	static final Enumeration NATURE_MARCHE = enumeration("nature",
			List.of("Marché", "Marché de partenariat", "Accord-cadre", "Marché subséquent"),
			List.of("Marché", "Marché de partenariat", "Marché de défense ou de sécurité"), Map.of());
	static final Enumeration NATURE_CONCESSION = same("nature", List.of("Concession de travaux",
			"Concession de service", "Concession de service public", "Délégation de service public"), Map.of());
	static final Enumeration PROCEDURE_MARCHE = same("procedure", List.of("Procédure adaptée",
			"Appel d'offres ouvert", "Appel d'offres restreint", "Procédure avec négociation",
			"Marché passé sans publicité ni mise en concurrence préalable", "Dialogue compétitif"),
			Map.of("Procédure concurrentielle avec négociation", "Procédure avec négociation",
					"Procédure négociée avec mise en concurrence préalable", "Procédure avec négociation",
					"Marché négocié sans publicité ni mise en concurrence préalable",
					"Marché passé sans publicité ni mise en concurrence préalable",
					// the State's AIFE wording of the same 1.4 label (141 records of its 2019 file)
					"Marché public négocié sans publicité ni mise en concurrence préalable",
					"Marché passé sans publicité ni mise en concurrence préalable"));
	static final Enumeration PROCEDURE_CONCESSION = same("procedure", List.of("Procédure négociée ouverte",
			"Procédure non négociée ouverte", "Procédure négociée restreinte", "Procédure non négociée restreinte"),
			Map.of());
	static final Enumeration FORME_PRIX = enumeration("formePrix",
			List.of("Ferme", "Ferme et actualisable", "Révisable"), List.of("Unitaire", "Forfaitaire", "Mixte"),
			Map.of());
	static final Enumeration TYPE_CODE = same("typeCode", List.of("Code postal", "Code commune",
			"Code arrondissement", "Code canton", "Code département", "Code région", "Code pays"), Map.of());
	static final Enumeration TYPE_IDENTIFIANT = enumeration("typeIdentifiant",
			List.of("SIRET", "TVA", "TAHITI", "RIDET", "FRWF", "IREP", "UE", "HORS-UE"),
			List.of("SIRET", "TVA", "TAHITI", "RIDET", "FRWF", "IREP", "HORS-UE"),
			Map.of("TVA intracommunautaire", "TVA", "TVA_INTRACOMMUNAUTAIRE", "TVA", "Hors UE", "HORS-UE",
					"HORSUE", "HORS-UE"));
	static final Enumeration CCAG = enumeration("ccag", List.of(), List.of("Travaux", "Maitrise d'œuvre",
			"Fournitures courantes et services", "Marchés industriels", "Prestations intellectuelles",
			"Techniques de l'information et de la communication", "Pas de CCAG"), Map.of());
	static final Enumeration TECHNIQUE = enumeration("technique", List.of(), List.of("Accord-cadre", "Concours",
			"Système de qualification", "Système d'acquisition dynamique", "Catalogue électronique",
			"Enchère électronique", "Sans objet"), Map.of());
	static final Enumeration MODALITE_EXECUTION = enumeration("modaliteExecution", List.of(),
			List.of("Tranches", "Bons de commande", "Marchés subséquents", "Sans objet"), Map.of());
	static final Enumeration TYPE_PRIX = enumeration("typePrix", List.of(), List.of("Définitif ferme",
			"Définitif actualisable", "Définitif révisable", "Provisoire"), Map.of());
	static final Enumeration CONSIDERATION_SOCIALE_MARCHE = enumeration("considerationSociale", List.of(),
			List.of("Clause sociale", "Critère social", "Marché réservé", "Pas de considération sociale"), Map.of());
	static final Enumeration CONSIDERATION_SOCIALE_CONCESSION = enumeration("considerationSociale", List.of(),
			List.of("Clause sociale", "Critère social", "Concession réservée", "Pas de considération sociale"),
			Map.of());
	static final Enumeration CONSIDERATION_ENVIRONNEMENTALE = enumeration("considerationEnvironnementale",
			List.of(), List.of("Clause environnementale", "Critère environnemental",
					"Pas de considération environnementale"), Map.of());
	static final Enumeration TYPE_GROUPEMENT = enumeration("typeGroupementOperateurs", List.of(),
			List.of("Conjoint", "Solidaire", "Pas de groupement"), Map.of());
	static final Enumeration VARIATION_PRIX = enumeration("variationPrix", List.of(),
			List.of("Ferme", "Actualisable", "Révisable"), Map.of());
	static final Enumeration TYPE_CONTRAT = same("_type", List.of("Marché", "Contrat de concession"), Map.of());

	/**
	 * Keys of the published spellings met so far: a national flow repeats a few hundred spellings millions of times,
	 * and folding each was a hot spot of the reader. Bounded, as a file may hold any number of distinct values.
	 */
	private static final Map<String, String> KEYS = new ConcurrentHashMap<>();
	private static final int KEYS_HELD = 4_096;

	private Vocabulary() {
	}

	private static String memoisedKey(String value) {
		String key = KEYS.get(value);
		if (key == null) {
			key = key(value);
			if (KEYS.size() < KEYS_HELD) {
				KEYS.put(value, key);
			}
		}
		return key;
	}

	private static Enumeration same(String name, List<String> values, Map<String, String> aliases) {
		return enumeration(name, values, values, aliases);
	}

	private static Enumeration enumeration(String name, List<String> values2019, List<String> values2022,
			Map<String, String> aliases) {
		Map<String, String> byKey = new HashMap<>();
		for (String value : values2019) {
			byKey.put(key(value), value);
		}
		for (String value : values2022) {
			byKey.put(key(value), value);
		}
		Map<String, String> aliasByKey = new HashMap<>();
		aliases.forEach((alias, value) -> aliasByKey.put(key(alias), value));
		return new Enumeration(name, Set.copyOf(values2019), Set.copyOf(values2022), Map.copyOf(byKey),
				Map.copyOf(aliasByKey));
	}

	/** Lower case, without accents, with one kind of apostrophe and single spaces for hyphens and underscores. */
	static String key(String value) {
		StringBuilder key = new StringBuilder(value.length());
		boolean space = true;
		for (int i = 0; i < value.length(); i++) {
			char c = Character.toLowerCase(value.charAt(i));
			String folded = switch (c) {
				case 'à', 'â', 'ä', 'á' -> "a";
				case 'é', 'è', 'ê', 'ë' -> "e";
				case 'î', 'ï', 'í' -> "i";
				case 'ô', 'ö', 'ó' -> "o";
				case 'ù', 'û', 'ü', 'ú' -> "u";
				case 'ç' -> "c";
				case 'œ' -> "oe";
				case '’', '‘', '`', '´' -> "'";
				case '-', '_', ' ', '\t', '\u00a0', '\u202f' -> " ";
				default -> null;
			};
			if (folded == null) {
				key.append(c);
				space = false;
			} else if (folded.equals(" ")) {
				if (!space) {
					key.append(' ');
					space = true;
				}
			} else {
				key.append(folded);
				space = false;
			}
		}
		int length = key.length();
		if (length > 0 && key.charAt(length - 1) == ' ') {
			key.setLength(length - 1);
		}
		return key.toString();
	}
}
