package fr.ouvert.hatvp.register;

import static fr.ouvert.hatvp.register.RegisterCsvTable.*;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import fr.ouvert.hatvp.CsvTableReader;
import fr.ouvert.hatvp.HatvpFormatException;
import fr.ouvert.hatvp.register.RegisterReadReport.Shape;
import fr.ouvert.hatvp.register.RegisterReadReport.SkippedKey;

/**
 * Reads HATVP's 15-table CSV export of the register ({@link RegisterCsvTable}) into the same {@link Publication}s
 * as the JSON, linking the tables through their keys. Every key must lead to a row of its parent table
 * ({@code representants_id} of 1, {@code exercices_id} of 15, {@code activite_id} of 8,
 * {@code action_representation_interet_id} of 14) and be unique there; a key that leads nowhere, a missing file or
 * column, a value that cannot be read is a {@link HatvpFormatException} naming the file, the row, its line and the
 * column — raised before any publication is delivered.
 *
 * <p>The tables are linked in memory (HATVP's export of January 2020 had at most 36 000 rows per table): the JSON is
 * the format to stream in constant memory. What the CSV does not carry is absent from the publications read (README: field mapping):
 * HATVP's {@code exerciceId} (the CSV's keys are the export's own), the category's code for the labels HATVP's
 * exports show without one, contact details and consent flags, the times of activity reports (the CSV gives the day:
 * read as midnight), {@code commentaire}, {@code ancienClient}. Empty cells are absent values.
 */
public final class RegisterCsvReader {

	/** Opens one table of the export as UTF-8 bytes. */
	@FunctionalInterface
	public interface TableSource {
		InputStream open(RegisterCsvTable table) throws IOException;
	}

	/**
	 * Reads the 15 files from a folder, or from a zip archive such as HATVP's {@code Vues_Separees.zip} (entries
	 * found by file name, in any folder of the archive).
	 */
	public RegisterReadReport read(Path folderOrZip, Consumer<Publication> sink) throws IOException {
		String source = folderOrZip.getFileName().toString();
		if (Files.isDirectory(folderOrZip)) {
			return read(source, table -> {
				try {
					return Files.newInputStream(folderOrZip.resolve(table.fileName()));
				} catch (NoSuchFileException e) {
					throw missing(table);
				}
			}, sink);
		}
		if (!Files.isRegularFile(folderOrZip)) {
			throw new HatvpFormatException(source, 0, 0, 0, null, "ni un dossier ni un fichier", null);
		}
		try (ZipFile zip = open(folderOrZip, source)) {
			Map<String, ZipEntry> entries = new HashMap<>();
			for (Enumeration<? extends ZipEntry> all = zip.entries(); all.hasMoreElements();) {
				ZipEntry entry = all.nextElement();
				String name = entry.getName();
				entries.put(name.substring(name.lastIndexOf('/') + 1), entry);
			}
			return read(source, table -> {
				ZipEntry entry = entries.get(table.fileName());
				if (entry == null) {
					throw missing(table);
				}
				return zip.getInputStream(entry);
			}, sink);
		}
	}

	/** Reads the tables {@code tables} opens; {@code source} names the export in the report. */
	public RegisterReadReport read(String source, TableSource tables, Consumer<Publication> sink) throws IOException {
		return new Linking(tables).run(source, sink);
	}

	private static ZipFile open(Path zip, String source) throws IOException {
		try {
			return new ZipFile(zip.toFile(), StandardCharsets.UTF_8);
		} catch (ZipException e) {
			throw new HatvpFormatException(source, 0, 0, 0, null,
					"ni un dossier des 15 tables ni une archive zip (" + e.getMessage() + ")", e);
		}
	}

	private static HatvpFormatException missing(RegisterCsvTable table) {
		return new HatvpFormatException(table.fileName(), 0, 0, 0, null, "fichier absent de l'export", null);
	}

	/** One read of the 15 tables. */
	private static final class Linking {

		private final TableSource tables;
		private final Map<String, long[]> skipped = new LinkedHashMap<>();
		private List<Row> representatives;
		private Map<String, List<Row>> exercicesByRepresentative;
		private Map<String, List<Row>> activitesByExercice;
		private Map<String, List<Row>> actionsByActivite;
		private final Map<RegisterCsvTable, Map<String, List<Row>>> children = new HashMap<>();

		Linking(TableSource tables) {
			this.tables = tables;
		}

		RegisterReadReport run(String source, Consumer<Publication> sink) throws IOException {
			representatives = load(INFORMATIONS_GENERALES);
			Set<String> representantIds = keys(representatives, "representants_id");
			List<Row> exerciceRows = load(EXERCICES);
			Set<String> exerciceIds = keys(exerciceRows, "exercices_id");
			exercicesByRepresentative = group(exerciceRows, "representants_id", representantIds);
			List<Row> activiteRows = load(OBJETS_ACTIVITES);
			Set<String> activiteIds = keys(activiteRows, "activite_id");
			activitesByExercice = group(activiteRows, "exercices_id", exerciceIds);
			List<Row> actionRows = load(OBSERVATIONS);
			Set<String> actionIds = keys(actionRows, "action_representation_interet_id");
			actionsByActivite = group(actionRows, "activite_id", activiteIds);
			for (RegisterCsvTable table : List.of(DIRIGEANTS, COLLABORATEURS, CLIENTS, AFFILIATIONS,
					NIVEAUX_INTERVENTION, SECTEURS_ACTIVITES)) {
				children.put(table, group(load(table), "representants_id", representantIds));
			}
			children.put(DOMAINES_INTERVENTION, group(load(DOMAINES_INTERVENTION), "activite_id", activiteIds));
			for (RegisterCsvTable table : List.of(ACTIONS_MENEES, BENEFICIAIRES, DECISIONS_CONCERNEES,
					MINISTERES_AAI_API)) {
				children.put(table, group(load(table), "action_representation_interet_id", actionIds));
			}
			// Built whole before the first is delivered, so that a value that cannot be read delivers nothing.
			List<Publication> publications = new ArrayList<>(representatives.size());
			for (Row representative : representatives) {
				publications.add(publication(representative));
			}
			long exercices = 0, activites = 0, actions = 0;
			for (Publication publication : publications) {
				exercices += publication.exercices().size();
				for (Exercice exercice : publication.exercices()) {
					activites += exercice.activites().size();
					for (Activite activite : exercice.activites()) {
						actions += activite.actionsRepresentationInteret().size();
					}
				}
				sink.accept(publication);
			}
			List<SkippedKey> keys = new ArrayList<>();
			skipped.forEach((key, count) -> keys.add(new SkippedKey(key, count[0], 0)));
			return new RegisterReadReport(source, Shape.HATVP_CSV, representatives.size(), exercices, activites,
					actions, keys);
		}

		/** The keys of a table's rows, each unique. */
		private static Set<String> keys(List<Row> rows, String keyColumn) throws HatvpFormatException {
			Set<String> keys = new HashSet<>();
			for (Row row : rows) {
				String key = row.key(keyColumn);
				if (!keys.add(key)) {
					throw row.error(keyColumn, "clé « " + key + " » déjà rencontrée dans ce fichier");
				}
			}
			return keys;
		}

		/** The rows by their parent's key, in file order; each key must be one of {@code parentKeys}. */
		private static Map<String, List<Row>> group(List<Row> rows, String parentColumn, Set<String> parentKeys)
				throws HatvpFormatException {
			Map<String, List<Row>> byParent = new HashMap<>();
			for (Row row : rows) {
				String parent = row.key(parentColumn);
				if (!parentKeys.contains(parent)) {
					throw row.error(parentColumn, "la clé « " + parent + " » ne renvoie à aucune ligne de "
							+ parentTable(parentColumn).fileName());
				}
				byParent.computeIfAbsent(parent, k -> new ArrayList<>()).add(row);
			}
			return byParent;
		}

		private List<Row> load(RegisterCsvTable table) throws IOException {
			List<Row> rows = new ArrayList<>();
			try (Table open = open(table)) {
				Row row;
				while ((row = open.next()) != null) {
					rows.add(row);
				}
			}
			return rows;
		}

		private static RegisterCsvTable parentTable(String column) {
			return switch (column) {
				case "representants_id" -> INFORMATIONS_GENERALES;
				case "exercices_id" -> EXERCICES;
				case "activite_id" -> OBJETS_ACTIVITES;
				default -> OBSERVATIONS;
			};
		}

		private Table open(RegisterCsvTable table) throws IOException {
			InputStream in = tables.open(table);
			Table rows = new Table(table, new CsvTableReader(
					new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), table.fileName(),
					RegisterCsvTable.SEPARATOR));
			for (String column : rows.reader.header()) {
				if (!table.columns().contains(column.strip())) {
					skipped.computeIfAbsent(table.fileName() + ":" + column.strip(), k -> new long[1])[0]++;
				}
			}
			return rows;
		}

		private List<Row> rows(RegisterCsvTable table, String parent) {
			return children.get(table).getOrDefault(parent, List.of());
		}

		private Publication publication(Row r) throws HatvpFormatException {
			String id = r.key("representants_id");
			String label = r.text("label_categorie_organisation");
			CategorieOrganisation categorie = label == null ? null
					: new CategorieOrganisation(OrganisationCategory.ofLabel(label).map(OrganisationCategory::code)
							.orElse(null), label, null, null);
			List<Personne> dirigeants = new ArrayList<>();
			for (Row d : rows(DIRIGEANTS, id)) {
				dirigeants.add(new Personne(d.text("civilite_dirigeant"), d.text("nom_dirigeant"),
						d.text("prenom_dirigeant"), d.text("fonction_dirigeant")));
			}
			List<Personne> collaborateurs = new ArrayList<>();
			for (Row c : rows(COLLABORATEURS, id)) {
				collaborateurs.add(new Personne(c.text("civilite_collaborateur"), c.text("nom_collaborateur"),
						c.text("prenom_collaborateur"), c.text("fonction_collaborateur")));
			}
			List<Organisation> clients = new ArrayList<>();
			for (Row c : rows(CLIENTS, id)) {
				clients.add(new Organisation(c.text("denomination_client"), c.text("identifiant_national_client"),
						c.text("type_identifiant_national_client"), null));
			}
			List<Organisation> affiliations = new ArrayList<>();
			for (Row a : rows(AFFILIATIONS, id)) {
				affiliations.add(new Organisation(a.text("denomination_affiliation"),
						a.text("identifiant_national_affiliation"), a.text("type_identifiant_national_affiliation"),
						null));
			}
			List<ElementListe> secteurs = new ArrayList<>();
			for (Row s : rows(SECTEURS_ACTIVITES, id)) {
				String sector = s.text("secteur_activite");
				secteurs.add(Sector.ofLabel(sector).map(Sector::asElement)
						.orElse(new ElementListe(null, sector, null, null)));
			}
			List<ElementListe> niveaux = new ArrayList<>();
			for (Row n : rows(NIVEAUX_INTERVENTION, id)) {
				String level = n.text("niveau_intervention");
				niveaux.add(InterventionLevel.ofLabel(level).map(InterventionLevel::asElement)
						.orElse(new ElementListe(null, level, null, null)));
			}
			List<Exercice> exercices = new ArrayList<>();
			for (Row e : exercicesByRepresentative.getOrDefault(id, List.of())) {
				exercices.add(exercice(e));
			}
			return new Publication(r.text("denomination"), null, r.text("nom_usage_HATVP"), r.text("sigle_HATVP"),
					r.text("identifiant_national"), r.text("type_identifiant_national"), categorie, r.text("adresse"),
					r.text("code_postal"), r.text("ville"), r.text("pays"), r.text("site_web"), r.text("page_twitter"),
					r.text("page_facebook"), r.text("page_linkedin"), null, null, null, null, null, dirigeants,
					collaborateurs, r.bool("declaration_tiers"), clients, r.bool("declaration_organisation_appartenance"),
					affiliations, secteurs, niveaux, r.dateTime("date_premiere_publication"), null,
					r.dateTime("derniere_publication_activite"), r.bool("activites_publiees"), null, null, null,
					exercices);
		}

		private Exercice exercice(Row e) throws HatvpFormatException {
			List<Activite> activites = new ArrayList<>();
			for (Row a : activitesByExercice.getOrDefault(e.key("exercices_id"), List.of())) {
				activites.add(activite(a));
			}
			return new Exercice(null, e.date("date_debut"), e.date("date_fin"), e.dateTime("date_publication"),
					e.text("montant_depense"), e.text("chiffre_affaires"), e.bool("exercice_sans_CA"),
					e.integer("nombre_salaries"), e.integer("nombre_activites"), e.bool("exercice_sans_activite"),
					e.bool("declaration_incomplete"), null, activites);
		}

		private Activite activite(Row a) throws HatvpFormatException {
			String id = a.key("activite_id");
			List<String> domaines = new ArrayList<>();
			for (Row d : rows(DOMAINES_INTERVENTION, id)) {
				domaines.add(d.text("domaines_intervention_actions_menees"));
			}
			List<ActionRepresentationInteret> actions = new ArrayList<>();
			for (Row o : actionsByActivite.getOrDefault(id, List.of())) {
				actions.add(action(o));
			}
			return new Activite(a.text("identifiant_fiche"), a.text("objet_activite"), domaines,
					a.dateTime("date_publication_activite"), actions);
		}

		private ActionRepresentationInteret action(Row observation) throws HatvpFormatException {
			String id = observation.key("action_representation_interet_id");
			List<String> actionsMenees = new ArrayList<>();
			String actionMeneeAutre = null;
			for (Row a : rows(ACTIONS_MENEES, id)) {
				actionsMenees.add(a.text("action_menee"));
				actionMeneeAutre = first(actionMeneeAutre, a.text("action_menee_autre"));
			}
			List<String> tiers = new ArrayList<>();
			for (Row b : rows(BENEFICIAIRES, id)) {
				String name = b.text("beneficiaire_action_menee");
				Boolean enPropre = b.bool("action_menee_en_propre");
				tiers.add(Boolean.TRUE.equals(enPropre) ? name + ActionRepresentationInteret.EN_PROPRE : name);
			}
			List<String> decisions = new ArrayList<>();
			for (Row d : rows(DECISIONS_CONCERNEES, id)) {
				decisions.add(d.text("decision_concernee"));
			}
			return new ActionRepresentationInteret(officials(rows(MINISTERES_AAI_API, id)),
					officialOther(rows(MINISTERES_AAI_API, id)), decisions, actionsMenees, actionMeneeAutre, tiers,
					observation.text("observation"));
		}

		/**
		 * Table 13 has, for each {@code reponsablesPublics} entry, the entry itself (empty
		 * {@code departement_ministeriel}) and, for a packed entry, one derived row per comma-separated piece of its
		 * suffix. The entries are the former; a derived row must come from one of them.
		 */
		private static List<String> officials(List<Row> rows) throws HatvpFormatException {
			List<String> entries = new ArrayList<>();
			for (Row row : rows) {
				if (row.text("departement_ministeriel") == null && row.text("responsable_public") != null) {
					entries.add(row.text("responsable_public"));
				}
			}
			for (Row row : rows) {
				String department = row.text("departement_ministeriel");
				if (department != null) {
					String head = row.text("responsable_public") + " - ";
					if (entries.stream().noneMatch(entry -> entry.startsWith(head)
							&& entry.contains(department.strip()))) {
						throw row.error("departement_ministeriel", "le département « " + department.strip()
								+ " » ne figure dans aucune ligne complète « responsable - départements » de l'action");
					}
				}
			}
			return entries;
		}

		private static String officialOther(List<Row> rows) {
			String other = null;
			for (Row row : rows) {
				other = first(other, row.text("responsable_public_ou_dpt_ministeriel_autre"));
			}
			return other;
		}

		private static String first(String current, String candidate) {
			return current != null ? current : candidate;
		}
	}

	/** An open table. */
	private static final class Table implements AutoCloseable {
		final RegisterCsvTable table;
		final CsvTableReader reader;
		private final Map<String, Integer> columns = new HashMap<>();

		Table(RegisterCsvTable table, CsvTableReader reader) throws HatvpFormatException {
			this.table = table;
			this.reader = reader;
			for (String column : table.columns()) {
				columns.put(column, reader.column(column));
			}
		}

		Row next() throws IOException {
			CsvTableReader.Row row = reader.next();
			return row == null ? null : new Row(table, columns, row);
		}

		@Override
		public void close() throws IOException {
			reader.close();
		}
	}

	/** A data row of a table, read by column name, with its location for errors. */
	private record Row(RegisterCsvTable table, Map<String, Integer> columns, CsvTableReader.Row row) {

		String text(String column) {
			String value = row.values().get(columns.get(column));
			return value.isEmpty() ? null : value;
		}

		String key(String column) throws HatvpFormatException {
			String key = text(column);
			if (key == null || key.isBlank()) {
				throw error(column, "clé vide");
			}
			return key.strip();
		}

		Boolean bool(String column) throws HatvpFormatException {
			String value = text(column);
			if (value == null) {
				return null;
			}
			return switch (value.strip()) {
				case "True", "true", "TRUE", "1" -> Boolean.TRUE;
				case "False", "false", "FALSE", "0" -> Boolean.FALSE;
				default -> throw error(column, "booléen illisible « " + value + " » (attendu True ou False)");
			};
		}

		/** A count; HATVP's export writes some as decimals ({@code 2.0}). */
		Integer integer(String column) throws HatvpFormatException {
			String value = text(column);
			if (value == null) {
				return null;
			}
			try {
				BigDecimal number = new BigDecimal(value.strip());
				return number.intValueExact();
			} catch (NumberFormatException | ArithmeticException e) {
				throw error(column, "nombre entier illisible « " + value + " »");
			}
		}

		LocalDate date(String column) throws HatvpFormatException {
			String value = text(column);
			try {
				return value == null ? null : RegisterDates.date(value);
			} catch (IllegalArgumentException e) {
				throw error(column, e.getMessage());
			}
		}

		/** A moment; a day alone (the export's dates of reports) is read as its midnight. */
		LocalDateTime dateTime(String column) throws HatvpFormatException {
			String value = text(column);
			if (value == null) {
				return null;
			}
			try {
				return value.strip().length() == 10 ? RegisterDates.date(value).atStartOfDay()
						: RegisterDates.dateTime(value);
			} catch (IllegalArgumentException e) {
				throw error(column, e.getMessage());
			}
		}

		HatvpFormatException error(String column, String reason) {
			return new HatvpFormatException(table.fileName(), row.index(), row.line(), 0, column, reason, null);
		}
	}
}
