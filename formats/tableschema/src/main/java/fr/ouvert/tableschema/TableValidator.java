package fr.ouvert.tableschema;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;

/**
 * Validates a CSV against a {@link TableSchema} as Validata does (frictionless 4 with {@code schema_sync}): columns
 * are matched to fields by name; missing optional, extra and disordered columns are warnings, a missing required
 * column is an error; then every row is read once, in constant memory (a fixed read buffer, a few batches of rows
 * read ahead on a second thread, the recent values of each column, the first {@code maxErrors} errors, and 12 bytes
 * per distinct key of unique and primary-key columns).
 *
 * <pre>{@code
 * TableSchema schema = TableSchema.parse(Files.readString(Path.of("schema.json")));
 * try (InputStream csv = Files.newInputStream(Path.of("subventions.csv"))) {
 *     ValidationReport report = TableValidator.validate(schema, csv, ValidationOptions.defaults());
 *     System.out.println(report.toJson());
 * }
 * }</pre>
 */
public final class TableValidator {

	private static final Pattern FRENCH_DATE = Pattern.compile("^[0-3]\\d/[0-1]\\d/[12]\\d{3}$");
	private static final Pattern ISO_DATETIME = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$");

	private TableValidator() {
	}

	/**
	 * Validates UTF-8 bytes (with or without a byte order mark); invalid UTF-8 stops the validation with an
	 * {@code encoding-error} that gives the line. The stream is not closed.
	 */
	public static ValidationReport validate(TableSchema schema, InputStream csv, ValidationOptions options)
			throws IOException {
		return validate(schema, csv, options, ReadAhead.Sharing.BALANCED);
	}

	/** As {@link #validate(TableSchema, InputStream, ValidationOptions)}, with the reading thread's share set. */
	static ValidationReport validate(TableSchema schema, InputStream csv, ValidationOptions options,
			ReadAhead.Sharing sharing) throws IOException {
		return new Run(schema, options, sharing).validate(() -> new CsvRecordReader(csv));
	}

	/** Validates characters; the reader is not closed. IOException: the reader failed (not a validation error). */
	public static ValidationReport validate(TableSchema schema, Reader csv, ValidationOptions options)
			throws IOException {
		return new Run(schema, options, ReadAhead.Sharing.BALANCED).validate(() -> new CsvRecordReader(csv));
	}

	/** Opens the CSV, inside the validation's handling of encoding errors. */
	private interface Source {
		CsvRecordReader open() throws IOException;
	}

	/** Parses the schema first: an invalid schema gives a report of {@code schema-error}s and the CSV is not read. */
	public static ValidationReport validate(String schemaJson, InputStream csv, ValidationOptions options)
			throws IOException {
		TableSchema schema;
		try {
			schema = TableSchema.parse(schemaJson);
		} catch (TableSchemaException invalid) {
			return ValidationReport.schemaErrors(invalid);
		}
		return validate(schema, csv, options);
	}

	/** One validation: the state that lives while the file is read. */
	private static final class Run implements CustomCheck.Row {
		/** A cell that the reading thread left to {@link #checkCell}. */
		private static final Object RECHECK = new Object();
		private final LastCells readerCells = new LastCells();
		private final LastCells checkerCells = new LastCells();
		private final TableSchema schema;
		private final ValidationOptions options;
		private final ReadAhead.Sharing sharing;
		private final long start = System.nanoTime();
		private final List<ValidationError> errors = new ArrayList<>();
		private final List<ValidationError> warnings = new ArrayList<>();
		private final Map<String, Long> counts = new HashMap<>();
		private final boolean onlyEmptyIsMissing;
		private long errorCount;
		private String[] labels;
		private Field[] columnFields;
		private final Map<String, Integer> columnOfField = new HashMap<>();
		private SeenKeys[] uniqueKeys;
		private int[] primaryKeyColumns;
		private SeenKeys primaryKeys;
		private final List<CustomCheck> checks = new ArrayList<>();
		/** {@link #add} as the custom checks take it, made once rather than for every row. */
		private final Consumer<ValidationError> adder = this::add;
		private long rowNumber;
		private List<String> cells;
		private Object[] values;

		Run(TableSchema schema, ValidationOptions options, ReadAhead.Sharing sharing) {
			this.schema = schema;
			this.options = options;
			this.sharing = sharing;
			this.onlyEmptyIsMissing = schema.missingValues().equals(Set.of(""));
		}

		ValidationReport validate(Source source) throws IOException {
			CsvRecordReader csv;
			try {
				csv = source.open();
				List<String> header = csv.next();
				if (header == null) {
					add(ValidationError.table("source-error", "Fichier vide",
							"Le fichier est vide : il n'a ni en-tête ni ligne de données.", null));
					return report();
				}
				readHeader(header);
				try (ReadAhead records = new ReadAhead(csv, this::prepare, sharing)) {
					while (records.next()) {
						cells = records.cells();
						rowNumber++;
						checkRow(records.prepared());
					}
				}
			} catch (CharacterCodingException e) {
				add(ValidationError.table("encoding-error", "Erreur d'encodage",
						"Un problème d'encodage empêche la lecture du fichier (il n'est pas en UTF-8 valide :"
								+ " octets invalides après la ligne de données " + rowNumber + ").",
						e.getMessage()));
			}
			return report();
		}

		private ValidationReport report() {
			double seconds = (System.nanoTime() - start) / 1e9;
			return new ValidationReport(errorCount, counts, errors, warnings, seconds,
					labels == null ? 0 : labels.length, rowNumber);
		}

		private void add(ValidationError error) {
			errorCount++;
			counts.merge(error.type(), 1L, Long::sum);
			if (errors.size() < options.maxErrors()) {
				errors.add(error);
			}
		}

		private String key(String name) {
			return options.ignoreHeaderCase() ? name.toLowerCase(Locale.ROOT) : name;
		}

		private void readHeader(List<String> header) {
			labels = header.toArray(String[]::new);
			columnFields = new Field[labels.length];
			Map<String, Field> fieldByKey = new HashMap<>();
			for (Field field : schema.fields()) {
				fieldByKey.putIfAbsent(key(field.name()), field);
			}
			Map<String, Integer> firstColumnOfLabel = new HashMap<>();
			for (int i = 0; i < labels.length; i++) {
				String label = labels[i];
				if (label.isBlank()) {
					add(ValidationError.header("blank-label", "En-tête manquant",
							"La colonne n°" + (i + 1) + " n'a pas d'entête.", null, i + 1));
					continue;
				}
				Integer first = firstColumnOfLabel.putIfAbsent(key(label), i);
				if (first != null) {
					add(ValidationError.header("duplicate-label", "En-tête dupliqué", "La colonne n°" + (i + 1)
							+ " porte le même en-tête `" + label + "` que la colonne n°" + (first + 1) + ".",
							label, i + 1));
					continue;
				}
				Field field = fieldByKey.get(key(label));
				if (field != null) {
					columnFields[i] = field;
					columnOfField.put(field.name(), i);
				}
			}
			structureMessages();
			uniqueKeys = new SeenKeys[labels.length];
			for (int i = 0; i < labels.length; i++) {
				if (columnFields[i] != null && columnFields[i].constraints().unique()) {
					uniqueKeys[i] = new SeenKeys();
				}
			}
			if (!schema.primaryKey().isEmpty()
					&& schema.primaryKey().stream().allMatch(columnOfField::containsKey)) {
				primaryKeyColumns = schema.primaryKey().stream().mapToInt(columnOfField::get).toArray();
				primaryKeys = new SeenKeys();
			}
			values = new Object[labels.length];
			CustomCheck.Columns columns = name -> columnOfField.getOrDefault(name, -1);
			for (CustomCheck.Declaration declaration : schema.customChecks()) {
				CustomCheck check;
				try {
					check = CustomChecks.create(declaration);
				} catch (IllegalArgumentException e) {
					add(CustomChecks.checkError(declaration.name(), e.getMessage()));
					continue;
				}
				check.start(columns, adder);
				checks.add(check);
			}
		}

		/** Validata's structure_warnings and missing-required-header. */
		private void structureMessages() {
			List<String> schemaKeys = schema.fields().stream().map(f -> key(f.name())).toList();
			List<String> labelKeys = java.util.Arrays.stream(labels).map(this::key).toList();
			Set<String> labelSet = new HashSet<>(labelKeys);
			for (Field field : schema.fields()) {
				if (labelSet.contains(key(field.name()))) {
					continue;
				}
				if (field.constraints().required()) {
					add(ValidationError.header("missing-required-header", "Colonne obligatoire manquante",
							"La colonne obligatoire `" + field.name() + "` est manquante.", field.name(), null));
				} else {
					warnings.add(ValidationError.header("missing-header-warn", "colonne manquante",
							"Ajoutez la colonne manquante `" + field.name() + "`.", field.name(), null));
				}
			}
			Set<String> schemaKeySet = new HashSet<>(schemaKeys);
			for (int i = 0; i < labels.length; i++) {
				if (!labels[i].isBlank() && !schemaKeySet.contains(labelKeys.get(i))) {
					warnings.add(ValidationError.header("extra-header-warn", "colonne surnuméraire",
							"Retirez la colonne `" + labels[i] + "` non définie dans le schéma.", labels[i], i + 1));
				}
			}
			if (new LinkedHashSet<>(labelKeys).equals(new LinkedHashSet<>(schemaKeys))
					&& !labelKeys.equals(schemaKeys)) {
				warnings.add(ValidationError.header("disordered-header-warn", "colonnes désordonnées",
						"Réordonnez les colonnes du fichier pour respecter le schéma : "
								+ schema.fields().stream().map(f -> "'" + f.name() + "'")
										.collect(Collectors.joining(", ", "[", "]")) + ".", null, null));
			}
		}

		private boolean missing(String cell) {
			return onlyEmptyIsMissing ? cell.isEmpty() : schema.missingValues().contains(cell);
		}

		/**
		 * On the reading thread: {@link #prepareCell} for each cell of the header's width, or null for a blank
		 * row (left to {@link #checkRow}).
		 */
		private Object[] prepare(String[] record) {
			int present = Math.min(record.length, labels.length);
			Object[] prepared = new Object[present];
			boolean blank = true;
			for (int i = 0; i < present; i++) {
				blank &= missing(record[i]);
				prepared[i] = readerCells.prepared(i, record[i]);
			}
			for (int i = present; blank && i < record.length; i++) {
				blank = missing(record[i]);
			}
			return blank ? null : prepared;
		}

		/**
		 * What {@link #checkCell} returns for a cell when it adds no error (the value, null for a missing cell),
		 * else {@link #RECHECK}: the work on a cell that depends on nothing but the cell and the schema, which
		 * either thread may do.
		 */
		private Object prepareCell(int column, String cell) {
			Field field = columnFields[column];
			if (missing(cell)) {
				return field != null && field.constraints().required() ? RECHECK : null;
			}
			if (field == null) {
				return cell;
			}
			Object value = field.cast(cell);
			boolean clean = value != Field.INVALID && field.arrayItem() == null
					&& field.violatedConstraints(cell, value).isEmpty();
			return clean ? value : RECHECK;
		}

		/**
		 * The last cell of each column and what {@link #prepareCell} made of it: a value that repeats comes as the
		 * same String from {@link CsvRecordReader}, and is not cast and checked again. One for each thread.
		 */
		private final class LastCells {
			private String[] cells;
			private Object[] results;

			Object prepared(int column, String cell) {
				if (cells == null) {
					cells = new String[labels.length];
					results = new Object[labels.length];
				}
				if (cells[column] == cell) {
					return results[column];
				}
				Object result = prepareCell(column, cell);
				cells[column] = cell;
				results[column] = result;
				return result;
			}
		}

		/** {@code prepared}: from {@link #prepare}, or null when the reading thread did not prepare the row. */
		private void checkRow(Object[] prepared) {
			int width = labels.length;
			if (prepared == null) {
				boolean blank = true;
				for (String cell : cells) {
					if (!missing(cell)) {
						blank = false;
						break;
					}
				}
				if (blank) {
					add(rowError("blank-row", "Ligne vide", "Les lignes vides doivent être retirées de la table.",
							null));
					return;
				}
			}
			int present = Math.min(cells.size(), width);
			for (int i = 0; i < present; i++) {
				Object value = prepared != null ? prepared[i] : checkerCells.prepared(i, cells.get(i));
				values[i] = value == RECHECK ? checkCell(i, cells.get(i)) : checkUnique(i, value);
			}
			for (int i = present; i < width; i++) {
				values[i] = null;
				String name = columnFields[i] != null ? columnFields[i].name() : labels[i];
				add(cellError("missing-cell", "Cellule manquante", "La ligne n'a pas de cellule pour la colonne `"
						+ name + "` : elle a moins de cellules que l'en-tête.", null, i));
			}
			for (int i = width; i < cells.size(); i++) {
				add(new ValidationError("extra-cell", "Valeur surnuméraire", "Le nombre de cellules de cette ligne"
						+ " excède le nombre de colonnes défini dans le schéma.", null, rowNumber, rowNumber + 1,
						null, i + 1, cells.get(i)));
			}
			if (primaryKeys != null) {
				checkPrimaryKey();
			}
			for (CustomCheck check : checks) {
				check.check(this, adder);
			}
		}

		private Object checkCell(int column, String cell) {
			Field field = columnFields[column];
			if (missing(cell)) {
				if (field != null && field.constraints().required()) {
					add(cellError("constraint-error", "Cellule vide", "Une valeur doit être renseignée.",
							"constraint \"required\" is \"True\"", column));
				}
				return null;
			}
			if (field == null) {
				return cell;
			}
			Object value = field.cast(cell);
			if (value == Field.INVALID) {
				add(typeError(field, cell, column));
				return null;
			}
			for (String constraint : field.violatedConstraints(cell, value)) {
				add(constraintError(field, field, constraint, cell, column, false));
			}
			if (field.arrayItem() != null && value instanceof JsonNode array) {
				checkArrayItems(field, array, cell, column);
			}
			return checkUnique(column, value);
		}

		/** The unique constraint of a column, for a value of the right type that breaks no other constraint. */
		private Object checkUnique(int column, Object value) {
			if (value != null && uniqueKeys[column] != null) {
				long first = uniqueKeys[column].firstRowOf(Field.canonical(value), rowNumber);
				if (first >= 0) {
					add(cellError("unique-error", "Valeur déjà présente",
							"Toutes les valeurs de cette colonne doivent être unique.",
							"la même valeur est à la ligne " + first, column));
				}
			}
			return value;
		}

		private void checkArrayItems(Field field, JsonNode array, String cell, int column) {
			Field item = field.arrayItem();
			for (JsonNode element : array) {
				String text = element.isString() ? element.asString() : element.toString();
				if (element.isNull() || text.isEmpty()) {
					if (item.constraints().required()) {
						add(constraintError(field, item, "required", cell, column, true));
					}
					continue;
				}
				Object value = item.cast(text);
				if (value == Field.INVALID) {
					add(cellError("type-error", "Type ou format incorrect", "L'élément `" + text
							+ "` de la liste n'est pas du type " + item.type().code() + ".",
							"array item type is \"" + item.type().code() + "\"", column));
					continue;
				}
				for (String constraint : item.violatedConstraints(text, value)) {
					add(constraintError(field, item, constraint, text, column, true));
				}
			}
		}

		private void checkPrimaryKey() {
			StringBuilder key = new StringBuilder();
			for (int column : primaryKeyColumns) {
				if (values[column] == null) {
					return;
				}
				key.append(Field.canonical(values[column])).append('\u0001');
			}
			long first = primaryKeys.firstRowOf(key.toString(), rowNumber);
			if (first >= 0) {
				String names = String.join(", ", schema.primaryKey());
				add(rowError("primary-key", "Clé primaire en double", "Les valeurs de la clé primaire (" + names
						+ ") doivent être uniques : cette ligne reprend celles de la ligne " + first + ".",
						"the same as in the row " + first));
			}
		}

		private ValidationError typeError(Field field, String cell, int column) {
			String title;
			String message;
			switch (field.type()) {
				case DATE -> {
					title = "Format de date incorrect";
					if (FRENCH_DATE.matcher(cell).matches() && field.format().equals("default")) {
						message = frenchDateHint(cell);
					} else if (ISO_DATETIME.matcher(cell).matches()) {
						message = "La forme attendue est '" + cell.substring(0, cell.indexOf('T')) + "'.";
					} else {
						message = field.format().equals("default") || field.format().equals("%Y-%m-%d")
								? "La date doit être écrite sous la forme `aaaa-mm-jj`."
								: "La date doit être écrite selon le format `" + field.format() + "`.";
					}
				}
				case YEAR -> {
					title = "Format d'année incorrect";
					message = "L'année doit être composée de 4 chiffres.";
				}
				case NUMBER -> {
					title = "Format de nombre incorrect";
					message = cell.contains(",")
							? "Le séparateur décimal à utiliser est le point (« " + cell.replace(",", ".") + " »)."
							: "La valeur ne doit comporter que des chiffres et le point comme séparateur décimal.";
				}
				case INTEGER -> {
					title = "Format entier incorrect";
					message = "La valeur doit être un nombre entier.";
				}
				case STRING -> {
					title = "Format de chaîne incorrect";
					message = switch (field.format()) {
						case "uri" -> "La valeur doit être une adresse de site ou de page internet (URL).";
						case "email" -> "La valeur doit être une adresse email.";
						case "binary" -> "La valeur doit être une chaîne encodée en base64.";
						case "uuid" -> "La valeur doit être un UUID.";
						default -> "La valeur doit être une chaîne de caractères.";
					};
				}
				case BOOLEAN -> {
					title = "Valeur booléenne incorrecte";
					message = "Les valeurs acceptées sont " + etJoin(field.trueValues()) + " (vrai) et "
							+ etJoin(field.falseValues()) + " (faux).";
				}
				default -> {
					title = "Type ou format incorrect";
					message = "La valeur doit être du type " + field.type().code()
							+ (field.format().equals("default") ? "" : " au format `" + field.format() + "`") + ".";
				}
			}
			return cellError("type-error", title, message,
					"type is \"" + field.type().code() + "/" + field.format() + "\"", column);
		}

		private static String frenchDateHint(String cell) {
			try {
				LocalDate date = LocalDate.parse(cell, DateTimeFormatter.ofPattern("dd/MM/uuuu"));
				return "La forme attendue est '" + date + "'.";
			} catch (java.time.DateTimeException e) {
				return "La date doit être écrite sous la forme `aaaa-mm-jj`.";
			}
		}

		private static String etJoin(List<String> values) {
			List<String> quoted = values.stream().map(v -> "`" + v + "`").toList();
			if (quoted.size() <= 1) {
				return String.join("", quoted);
			}
			return String.join(", ", quoted.subList(0, quoted.size() - 1)) + " et " + quoted.get(quoted.size() - 1);
		}

		/** Validata's constraint_name_and_message. */
		private ValidationError constraintError(Field field, Field constrained, String constraint, String cell,
				int column, boolean arrayItem) {
			Field.Constraints constraints = constrained.constraints();
			String written = constraints.written(constraint);
			String title;
			String message;
			int length = cell.codePointCount(0, cell.length());
			switch (constraint) {
				case "required" -> {
					title = "Cellule vide";
					message = "Une valeur doit être renseignée.";
				}
				case "minLength" -> {
					title = "Valeur trop courte";
					message = "Le texte attendu doit comporter au moins " + written + " caractère(s) (au lieu de "
							+ length + " actuellement).";
				}
				case "maxLength" -> {
					title = "Valeur trop longue";
					message = "Le texte attendu ne doit pas comporter plus de " + written + " caractère(s) (au lieu de "
							+ length + " actuellement).";
				}
				case "minimum" -> {
					title = "Valeur trop petite";
					message = "La valeur attendue doit être au moins égale à " + written + ".";
				}
				case "maximum" -> {
					title = "Valeur trop grande";
					message = "La valeur attendue doit être au plus égale à " + written + ".";
				}
				case "pattern" -> {
					title = "Format incorrect";
					List<String> info = new ArrayList<>();
					if (field.description() != null) {
						info.add(field.description() + "\n");
					}
					if (field.example() != null) {
						info.add("## Exemple(s) valide(s)\n" + field.example() + "\n");
					}
					message = info.isEmpty() ? "*Aucune description ni exemple à afficher.*" : String.join("\n", info);
				}
				default -> {
					title = "Valeur incorrecte";
					List<String> allowed = constraints.enumValues();
					message = allowed.size() == 1 ? "L'unique valeur autorisée est : " + allowed.get(0) + "."
							: "Les seules valeurs autorisées sont :\n" + allowed.stream().map(v -> "- " + v)
									.collect(Collectors.joining("\n"));
				}
			}
			String note = (arrayItem ? "array item constraint \"" : "constraint \"") + constraint + "\" is \""
					+ written + "\"";
			return cellError("constraint-error", title, message, note, column);
		}

		@Override
		public ValidationError rowError(String type, String title, String message, String note) {
			return new ValidationError(type, title, message, note, rowNumber, rowNumber + 1, null, null, null);
		}

		@Override
		public ValidationError cellError(String type, String title, String message, String note, int column) {
			if (column < 0) {
				return rowError(type, title, message, note);
			}
			String name = columnFields[column] != null ? columnFields[column].name() : labels[column];
			String cell = column < cells.size() ? cells.get(column) : null;
			return new ValidationError(type, title, message, note, rowNumber, rowNumber + 1, name, column + 1, cell);
		}

		@Override
		public Object value(int column) {
			return values[column];
		}

	}
}
