package fr.ouvert.hatvp.declarations;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import fr.ouvert.hatvp.CsvTableWriter;

/**
 * Writes one table of the CSV publication of the declarations ({@link CsvTableWriter}: comma, double quotes when
 * needed, {@code \n} line ends; UTF-8 is the caller's writer's business), declaration after declaration, so a whole
 * file streams in constant memory:
 * <ul>
 * <li>{@code declarations.csv}: one row per declaration (who, which mandate, which kind, when);</li>
 * <li>{@code sections.csv}: one row per declaration and section, with its "néant" flag and item count;</li>
 * <li>one file per section ({@code mandats_electifs.csv}…, see {@link SectionKind#fileName()}): one row per item,
 * every amount as declared next to the number it reads as ({@code …_nombre}, empty when not unambiguous);</li>
 * <li>{@code remuneration_annuelle.csv}: the year-by-year remunerations of every section, exploded;</li>
 * <li>{@code autres_sections.csv}: every other value (asset sections, fields a section's file has no column
 * for), one row per value, so nothing of the XML is lost.</li>
 * </ul>
 * Redactions are written as published ("[Données non publiées]").
 */
public final class DeclarationsCsvWriter implements Closeable {

	/** The files of the publication, by name without {@code .csv}. */
	public static List<String> tableNames() {
		List<String> names = new ArrayList<>(List.of("declarations", "sections"));
		for (SectionKind kind : SectionKind.values()) {
			names.add(kind.fileName());
		}
		names.addAll(List.of("remuneration_annuelle", "autres_sections"));
		return names;
	}

	private static final List<String> ITEM_COMMON = List.of("motif/id", "commentaire", "conservee");

	private final String name;
	private final SectionKind kind;
	private final CsvTableWriter csv;

	/**
	 * @param table one of {@link #tableNames()}
	 * @throws IllegalArgumentException for another name
	 */
	public DeclarationsCsvWriter(String table, Writer out) {
		if (!tableNames().contains(table)) {
			throw new IllegalArgumentException("Unknown declarations table: " + table);
		}
		this.name = table;
		this.kind = SectionKind.ofFileName(table).orElse(null);
		this.csv = new CsvTableWriter(out, ',', header());
	}

	public List<String> header() {
		switch (name) {
		case "declarations":
			return List.of("uuid", "date_depot", "date_depot_texte", "origine", "version_formulaire",
					"type_declaration", "type_declaration_libelle", "mandat", "type_mandat", "code_type_mandat",
					"organe", "qualite_declarant", "date_debut_mandat", "date_fin_mandat", "civilite", "nom", "prenom");
		case "sections":
			return List.of("uuid", "section", "neant", "elements");
		case "remuneration_annuelle":
			return List.of("uuid", "section", "element", "annee", "montant", "montant_nombre", "brut_net");
		case "autres_sections":
			return List.of("uuid", "section", "element", "champ", "valeur");
		default:
			List<String> header = new ArrayList<>(List.of("uuid", "element", "motif", "commentaire", "conservee"));
			header.addAll(kind.textFields());
			for (String amount : kind.amountFields()) {
				header.add(amount);
				header.add(amount + "_nombre");
			}
			if (kind.yearlyRemuneration()) {
				header.add("remuneration_brut_net");
			}
			return header;
		}
	}

	/** Writes the declaration's rows of this table (none when it has no item of this section). */
	public void write(Declaration declaration) {
		switch (name) {
		case "declarations" -> writeDeclaration(declaration);
		case "sections" -> {
			for (Section section : declaration.sections()) {
				writeRow(List.of(declaration.uuid(), section.name(), section.neant(), section.items().size()));
			}
		}
		case "remuneration_annuelle" -> {
			for (Section section : declaration.sections()) {
				for (Item item : section.items()) {
					for (Item.YearlyAmount pair : item.yearlyAmounts()) {
						writeRow(java.util.Arrays.asList(declaration.uuid(), section.name(), item.index(),
								pair.yearText(), pair.amount().text(), pair.amount().value(), item.brutNet()));
					}
				}
			}
		}
		case "autres_sections" -> writeOthers(declaration);
		default -> writeSection(declaration);
		}
	}

	private void writeDeclaration(Declaration d) {
		General g = d.general();
		writeRow(java.util.Arrays.asList(d.uuid(), d.dateDepot(), d.dateDepotText(), d.origine(),
				d.declarationVersion(), g.typeDeclaration(), g.typeDeclarationLabel(), g.mandat(), g.typeMandat(),
				g.codTypeMandatFichier(), g.organe(), g.qualiteDeclarant(), g.dateDebutMandat(), g.dateFinMandat(),
				g.civilite(), g.nom(), g.prenom()));
	}

	private void writeSection(Declaration d) {
		Section section = d.section(kind).orElse(null);
		if (section == null) {
			return;
		}
		for (Item item : section.items()) {
			List<Object> row = new ArrayList<>();
			row.add(d.uuid());
			row.add(item.index());
			for (String common : ITEM_COMMON) {
				row.add(item.field(common));
			}
			for (String field : kind.textFields()) {
				row.add(item.field(field));
			}
			for (String field : kind.amountFields()) {
				Amount amount = Amount.parse(item.field(field));
				row.add(amount.text());
				row.add(amount.value());
			}
			if (kind.yearlyRemuneration()) {
				row.add(item.brutNet());
			}
			writeRow(row);
		}
	}

	private void writeOthers(Declaration d) {
		for (Section section : d.sections()) {
			SectionKind known = section.kind();
			Set<String> columns = new HashSet<>(ITEM_COMMON);
			columns.add("motif/label");
			if (known != null) {
				columns.addAll(known.textFields());
				columns.addAll(known.amountFields());
				if (known.yearlyRemuneration()) {
					columns.add("remuneration/brutNet");
				}
			}
			for (Item item : section.items()) {
				for (var field : item.fields().entrySet()) {
					if (!columns.contains(field.getKey())) {
						writeRow(List.of(d.uuid(), section.name(), item.index(), field.getKey(), field.getValue()));
					}
				}
			}
		}
	}

	private void writeRow(List<?> values) {
		csv.row(values);
	}

	/** Flushes and closes the underlying writer. */
	@Override
	public void close() throws IOException {
		csv.close();
	}
}
