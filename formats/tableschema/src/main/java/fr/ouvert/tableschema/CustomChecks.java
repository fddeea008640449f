package fr.ouvert.tableschema;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;

/**
 * Validata's custom checks (validata_core/custom_checks), with their codes, parameters and French messages.
 * Single-column checks skip empty cells and do nothing when the file lacks the column; multi-column checks skip
 * a row unless all their cells have a value, and do nothing when the file lacks all their columns.
 */
final class CustomChecks {

	static final String CHECK_ERROR = "check-error";

	private CustomChecks() {
	}

	/** The check for a declaration; IllegalArgumentException (French message) for an unknown name or bad params. */
	static CustomCheck create(CustomCheck.Declaration declaration) {
		Map<String, JsonNode> params = declaration.params();
		return switch (declaration.name()) {
			case "french-siret-value", "siret" -> new SingleColumn(params, "french-siret-value",
					"Numéro SIRET invalide", cell -> "La valeur " + cell + " n'est pas un numéro SIRET français valide.",
					value -> FrenchIdentifiers.isValidSiret(value.toString()));
			case "french-siren-value", "siren" -> new SingleColumn(params, "french-siren-value",
					"Numéro SIREN invalide", cell -> "La valeur " + cell + " n'est pas un numéro SIREN français valide.",
					value -> FrenchIdentifiers.isValidSiren(value.toString()));
			case "phone-number-value" -> new SingleColumn(params, "phone-number-value",
					"Numéro de téléphone invalide", cell -> "La valeur '" + cell + "' n'est pas un numéro de téléphone"
					+ " valide.\n\n Les numéros de téléphone acceptés sont les numéros français à 10 chiffres"
					+ " (`01 99 00 27 37`) ou au format international avec le préfixe du pays (`+33 1 99 00 27 37`)."
					+ " Les numéros courts (`115` ou `3949`) sont également acceptés.",
					value -> PhoneNumbers.isValid(value.toString()));
			case "opening-hours-value" -> new SingleColumn(params, "opening-hours-value",
					"Horaires d'ouverture incorrects", cell -> "La valeur '" + cell + "' n'est pas une définition"
					+ " d'horaire d'ouverture correcte.\n\n Celle-ci doit respecter la spécification"
					+ " [OpenStreetMap](https://wiki.openstreetmap.org/wiki/Key:opening_hours) de description"
					+ " d'horaires d'ouverture.",
					value -> OpeningHours.isValid(value.toString()));
			case "french-gps-coordinates" -> new FrenchGpsCoordinates(params);
			case "year-interval-value" -> new YearInterval(params);
			case "nomenclature-actes-value" -> new NomenclatureActes(params);
			case "compare-columns-value" -> new CompareColumns(params);
			case "sum-columns-value" -> new SumColumns(params);
			case "cohesive-columns-value" -> new CohesiveColumns(params);
			case "one-of-required" -> new OneOfRequired(params);
			default -> throw new IllegalArgumentException("custom check inconnu.");
		};
	}

	static ValidationError checkError(String code, String note) {
		String fullNote = "'" + code + "': " + note;
		return ValidationError.table(CHECK_ERROR, "Erreur de vérification",
				"La vérification ne peut pas être faite : " + fullNote, fullNote);
	}

	private static String text(Map<String, JsonNode> params, String name) {
		JsonNode value = params.get(name);
		if (value == null || !value.isString()) {
			throw new IllegalArgumentException("le paramètre \"" + name + "\" est requis.");
		}
		return value.asString();
	}

	private static List<String> texts(Map<String, JsonNode> params, String name) {
		JsonNode value = params.get(name);
		if (value == null || !value.isArray()) {
			throw new IllegalArgumentException("le paramètre \"" + name + "\" doit être une liste de colonnes.");
		}
		List<String> names = new ArrayList<>();
		value.forEach(item -> names.add(item.asString()));
		return names;
	}

	/** Empty values are not checked (Validata: {@code if not cell_value}). */
	private static boolean valued(Object value) {
		return value != null && !(value instanceof String s && s.isEmpty());
	}

	/** A check of one column's values with one predicate. */
	private static class SingleColumn implements CustomCheck {
		final String column;
		final String code;
		private final String title;
		private final java.util.function.Function<String, String> message;
		private final Predicate<Object> valid;
		int index = -1;

		SingleColumn(Map<String, JsonNode> params, String code, String title,
				java.util.function.Function<String, String> message, Predicate<Object> valid) {
			this.column = text(params, "column");
			this.code = code;
			this.title = title;
			this.message = message;
			this.valid = valid;
		}

		@Override
		public void start(Columns columns, Consumer<ValidationError> errors) {
			index = columns.indexOf(column);
		}

		@Override
		public void check(Row row, Consumer<ValidationError> errors) {
			if (index < 0) {
				return;
			}
			Object value = row.value(index);
			if (valued(value) && !valid.test(value)) {
				errors.accept(row.cellError(code, title, message.apply(String.valueOf(value)), null, index));
			}
		}
	}

	/** Validata's bounding boxes (with a small margin) of metropolitan France and the five overseas départements. */
	private static final double[][] FRANCE_BOXES = {
			{-61.809839, 15.832041, -61.001959, 16.514488}, // Guadeloupe
			{-61.229033, 14.388646, -60.809655, 14.878723}, // Martinique
			{-54.60239, 2.111055, -51.619041, 5.748138}, // Guyane
			{55.216526, -21.389631, 55.836654, -20.8718}, // La Réunion
			{45.01833, -13.005254, 45.299985, -12.63659}, // Mayotte
			{-5.141277, 41.333571, 9.560091, 51.088989}, // France métropolitaine
	};

	static boolean inFrance(double lon, double lat) {
		for (double[] box : FRANCE_BOXES) {
			if (lon > box[0] && lon < box[2] && lat > box[1] && lat < box[3]) {
				return true;
			}
		}
		return false;
	}

	/** The point (geopoint field) must be in France; swapped coordinates get their own error. */
	private static final class FrenchGpsCoordinates extends SingleColumn {
		FrenchGpsCoordinates(Map<String, JsonNode> params) {
			super(params, "french-gps-coordinates", "Coordonnées GPS invalides",
					cell -> "La valeur " + cell + " ne correspond pas à des coordonnées GPS françaises valides.",
					value -> true);
		}

		@Override
		public void check(Row row, Consumer<ValidationError> errors) {
			if (index < 0 || !(row.value(index) instanceof GeoPoint point)) {
				return;
			}
			String cell = point.lon() + "," + point.lat();
			if (inFrance(point.lon(), point.lat())) {
				return;
			}
			if (inFrance(point.lat(), point.lon())) {
				errors.accept(row.cellError("reversed-french-gps-coordinates", "Coordonnées GPS inversées",
						"La valeur " + cell + " correspond à des coordonnées GPS françaises inversées.", null, index));
			} else {
				errors.accept(row.cellError(code, "Coordonnées GPS invalides",
						"La valeur " + cell + " ne correspond pas à des coordonnées GPS françaises valides.", null,
						index));
			}
		}
	}

	private static final Pattern YEAR_INTERVAL = Pattern.compile("^(\\d{4})/(\\d{4})$");
	private static final Pattern YEAR = Pattern.compile("^\\d{4}$");

	/** {@code AAAA/AAAA} with the first year before the second, or {@code AAAA} when allow-year-only is yes. */
	private static final class YearInterval extends SingleColumn {
		private final boolean allowYearOnly;

		YearInterval(Map<String, JsonNode> params) {
			super(params, "year-interval-value", "Année ou intervalle d'années", cell -> "", value -> true);
			JsonNode allow = params.get("allow-year-only");
			allowYearOnly = allow != null && Set.of("true", "yes").contains(allow.asString());
		}

		@Override
		public void check(Row row, Consumer<ValidationError> errors) {
			if (index < 0 || !valued(row.value(index))) {
				return;
			}
			String cell = row.value(index).toString();
			String note = note(cell);
			if (note != null) {
				errors.accept(row.cellError(code, "Année ou intervalle d'années",
						"L'année ou l'intervalle d'année '" + cell + "' est incorrect (" + note + ").", note, index));
			}
		}

		private String note(String cell) {
			Matcher interval = YEAR_INTERVAL.matcher(cell);
			if (!interval.matches()) {
				if (allowYearOnly) {
					return YEAR.matcher(cell).matches() ? null
							: "format attendu: année (AAAA) ou intervale (AAAA/AAAA)";
				}
				return "format attendu: AAAA/AAAA";
			}
			int first = Integer.parseInt(interval.group(1));
			int second = Integer.parseInt(interval.group(2));
			if (first == second) {
				return "les deux années doivent être différentes";
			}
			if (first > second) {
				return "la deuxième année (" + first + ") doit être postérieure à la première (" + second + ")";
			}
			return null;
		}
	}

	private static final Set<String> ACTES_NOMENCLATURES = Set.of("Commande publique", "Urbanisme",
			"Domaine et patrimoine", "Fonction publique", "Institutions et vie politique",
			"Libertés publiques et pouvoirs de police", "Finances locales", "Domaines de compétences par thèmes",
			"Autres domaines de compétences").stream().map(CustomChecks::normalised).collect(Collectors.toSet());

	/** Lower case without accents, so that "FINANCES LOCALES" and "finances locales" both match. */
	static String normalised(String text) {
		return Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{Mn}", "");
	}

	/** "Matière / sous-matière" of the nomenclature of acts sent to the prefecture (Actes). */
	private static final class NomenclatureActes extends SingleColumn {
		NomenclatureActes(Map<String, JsonNode> params) {
			super(params, "nomenclature-actes-value", "Actes de nomenclature", cell -> "", value -> true);
		}

		@Override
		public void check(Row row, Consumer<ValidationError> errors) {
			if (index < 0 || !valued(row.value(index))) {
				return;
			}
			String cell = row.value(index).toString();
			String note;
			int slash = cell.indexOf('/');
			if (slash < 0) {
				note = "le signe oblique « / » est manquant";
			} else {
				String prefix = cell.substring(0, slash);
				if (ACTES_NOMENCLATURES.contains(normalised(prefix)) && !cell.contains("/ ")) {
					return;
				}
				note = ACTES_NOMENCLATURES.contains(normalised(prefix.stripTrailing())) || cell.contains("/ ")
						? "Le signe oblique ne doit pas être précédé ni suivi d'espace"
						: "le préfixe de nomenclature Actes '" + prefix + "' n'est pas reconnu";
			}
			errors.accept(row.cellError(code, "Actes de nomenclature", "La valeur '" + cell
					+ "' ne respecte pas le format des nomenclatures d'actes (" + note + ")", note, index));
		}
	}

	/** Base of the checks on several columns: active when the file has at least one of them. */
	private abstract static class MultiColumn implements CustomCheck {
		final String code;
		final List<String> columns;
		int[] indexes;
		boolean active;

		MultiColumn(String code, List<String> columns) {
			this.code = code;
			this.columns = columns;
		}

		@Override
		public void start(Columns fileColumns, Consumer<ValidationError> errors) {
			indexes = columns.stream().mapToInt(fileColumns::indexOf).toArray();
			active = java.util.Arrays.stream(indexes).anyMatch(i -> i >= 0);
			if (active) {
				for (int i = 0; i < indexes.length; i++) {
					if (indexes[i] < 0) {
						errors.accept(checkError(code, missingColumnNote(columns.get(i), i)));
					}
				}
			}
		}

		String missingColumnNote(String column, int position) {
			return "La colonne " + column + " n'est pas trouvée.";
		}

		Object value(Row row, int position) {
			return indexes[position] < 0 ? null : row.value(indexes[position]);
		}

		@Override
		public void check(Row row, Consumer<ValidationError> errors) {
			if (!active) {
				return;
			}
			Object[] values = new Object[indexes.length];
			for (int i = 0; i < indexes.length; i++) {
				values[i] = value(row, i);
				if (values[i] == null) {
					return;
				}
			}
			checkValued(row, values, errors);
		}

		abstract void checkValued(Row row, Object[] values, Consumer<ValidationError> errors);
	}

	private static final Map<String, String> OPERATOR_LABELS = Map.of(">", "supérieure", ">=",
			"supérieure ou égale", "==", "égale", "<=", "inférieure ou égale", "<", "inférieure");

	/** column op column2, numerically for numbers, lexicographically for texts, in time order for dates. */
	private static final class CompareColumns extends MultiColumn {
		private final String operator;

		CompareColumns(Map<String, JsonNode> params) {
			super("compare-columns-value", List.of(text(params, "column"), text(params, "column2")));
			operator = text(params, "op");
		}

		@Override
		public void start(Columns fileColumns, Consumer<ValidationError> errors) {
			super.start(fileColumns, errors);
			if (active && !OPERATOR_LABELS.containsKey(operator)) {
				errors.accept(checkError(code, "L'opérateur '" + operator + "' n'est pas géré."));
				active = false;
			}
		}

		@Override
		void checkValued(Row row, Object[] values, Consumer<ValidationError> errors) {
			Integer comparison = compare(values[0], values[1]);
			String first = "La valeur de la colonne " + columns.get(0) + " `" + values[0] + "`";
			String second = " la valeur de la colonne " + columns.get(1) + " `" + values[1] + "`.";
			if (comparison == null) {
				String note = first + " n'est pas comparable avec" + second;
				errors.accept(row.cellError(code, "Comparaison de colonnes", note, note, indexes[0]));
				return;
			}
			boolean holds = switch (operator) {
				case ">" -> comparison > 0;
				case ">=" -> comparison >= 0;
				case "==" -> comparison == 0;
				case "<=" -> comparison <= 0;
				default -> comparison < 0;
			};
			if (!holds) {
				String note = first + " devrait être " + OPERATOR_LABELS.get(operator) + " à" + second;
				errors.accept(row.cellError(code, "Comparaison de colonnes", note, note, indexes[0]));
			}
		}

		private static Integer compare(Object a, Object b) {
			BigDecimal x = number(a);
			BigDecimal y = number(b);
			if (x != null && y != null) {
				return x.compareTo(y);
			}
			if (a instanceof String s && b instanceof String t) {
				return s.compareTo(t);
			}
			if (a.getClass() == b.getClass()) {
				return a.toString().compareTo(b.toString());
			}
			return null;
		}

		private static BigDecimal number(Object value) {
			if (value instanceof Number n && !(value instanceof Double d && (d.isNaN() || d.isInfinite()))) {
				return Field.toBigDecimal(n);
			}
			if (value instanceof String s) {
				try {
					return new BigDecimal(s.strip());
				} catch (NumberFormatException e) {
					return null;
				}
			}
			return null;
		}
	}

	/** column = sum of columns, on the integer parts. */
	private static final class SumColumns extends MultiColumn {
		SumColumns(Map<String, JsonNode> params) {
			super("sum-columns-value", concat(text(params, "column"), texts(params, "columns")));
		}

		@Override
		public void start(Columns fileColumns, Consumer<ValidationError> errors) {
			super.start(fileColumns, errors);
			if (active && columns.size() < 3) {
				errors.accept(checkError(code, "le nombre de colonnes est insuffisant pour l'addition"));
				active = false;
			}
		}

		@Override
		void checkValued(Row row, Object[] values, Consumer<ValidationError> errors) {
			BigInteger[] integers = new BigInteger[values.length];
			for (int i = 0; i < values.length; i++) {
				integers[i] = integer(values[i]);
				if (integers[i] == null) {
					return;
				}
			}
			BigInteger sum = BigInteger.ZERO;
			List<String> parts = new ArrayList<>();
			for (int i = 1; i < values.length; i++) {
				sum = sum.add(integers[i]);
				parts.add(columns.get(i) + " (" + integers[i] + ")");
			}
			if (!sum.equals(integers[0])) {
				String note = "la somme des valeurs des colonnes '" + String.join(", ", parts) + "' est `" + sum
						+ "`, ce nombre est différent de celui trouvé dans la colonne '" + columns.get(0) + "' (`"
						+ integers[0] + "`)";
				errors.accept(row.cellError(code, "Somme de colonnes",
						"La somme de colonne ne peut être calculée (" + note + ").", note, indexes[0]));
			}
		}

		private static BigInteger integer(Object value) {
			if (value instanceof Number n) {
				return Field.toBigDecimal(n).toBigInteger();
			}
			try {
				return new BigDecimal(value.toString().strip()).toBigInteger();
			} catch (NumberFormatException e) {
				return null;
			}
		}
	}

	private static List<String> concat(String first, List<String> others) {
		List<String> all = new ArrayList<>();
		all.add(first);
		all.addAll(others);
		return List.copyOf(all);
	}

	/** The columns are all filled or all empty. */
	private static final class CohesiveColumns extends MultiColumn {
		CohesiveColumns(Map<String, JsonNode> params) {
			super("cohesive-columns-value", concat(text(params, "column"), texts(params, "othercolumns")));
		}

		@Override
		public void start(Columns fileColumns, Consumer<ValidationError> errors) {
			super.start(fileColumns, errors);
			if (active && columns.size() < 2) {
				errors.accept(checkError(code, "La liste de colonnes à comparer est vide"));
				active = false;
			}
		}

		@Override
		String missingColumnNote(String column, int position) {
			return position == 0 ? "La colonne '" + column + "' est manquante."
					: "La colonne à comparer '" + column + "' est manquante";
		}

		@Override
		public void check(Row row, Consumer<ValidationError> errors) {
			if (!active) {
				return;
			}
			boolean first = valued(value(row, 0));
			for (int i = 1; i < indexes.length; i++) {
				if (valued(value(row, i)) != first) {
					String note = "Les colonnes " + String.join(", ", columns)
							+ " doivent toutes comporter une valeur ou toutes être vides";
					errors.accept(row.cellError(code, "Cohérence entre colonnes",
							"incohérence relevée (" + note + ").", note, indexes[0] >= 0 ? indexes[0] : -1));
					return;
				}
			}
		}

		@Override
		void checkValued(Row row, Object[] values, Consumer<ValidationError> errors) {
			throw new IllegalStateException("cohesive-columns-value checks empty cells too");
		}
	}

	/** column1 or column2 has a value; the file must have at least one of the two columns. */
	private static final class OneOfRequired implements CustomCheck {
		private static final String CODE = "one-of-required";
		private static final String TITLE = "Une des deux colonnes requises";
		private final String column1;
		private final String column2;
		private int index1;
		private int index2;

		OneOfRequired(Map<String, JsonNode> params) {
			column1 = text(params, "column1");
			column2 = text(params, "column2");
		}

		@Override
		public void start(Columns columns, Consumer<ValidationError> errors) {
			index1 = columns.indexOf(column1);
			index2 = columns.indexOf(column2);
			if (index1 < 0 && index2 < 0) {
				String note = "Les deux colonnes '" + column1 + "' et '" + column2 + "' sont manquantes.";
				errors.accept(ValidationError.table(CODE, TITLE, TITLE + " : " + note, note));
			}
		}

		@Override
		public void check(Row row, Consumer<ValidationError> errors) {
			if (index1 < 0 && index2 < 0) {
				return;
			}
			Object value1 = index1 < 0 ? null : row.value(index1);
			Object value2 = index2 < 0 ? null : row.value(index2);
			if (value1 == null && value2 == null) {
				String note = "Au moins l'une des colonnes '" + column1 + "' ou '" + column2
						+ "' doit comporter une valeur.";
				errors.accept(row.rowError(CODE, TITLE, "incohérence relevée (" + note + ").", note));
			}
		}
	}
}
