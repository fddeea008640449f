package fr.ouvert.decp;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Writes contracts as a flat CSV table (RFC 4180: comma, double quotes, CRLF; UTF-8 without BOM): one row per
 * contract and holder in force after the last modification, close to decp-processing's flat schema. A contract
 * without any holder still gives one row, with empty holder columns. Lists are joined with {@code ", "}. The
 * columns are described by {@link #tableSchema()}, a Table Schema published with the file.
 *
 * <p>{@code montant} and {@code dureeMois} are the values first published; {@code montantActuel} and
 * {@code dureeMoisActuelle} those in force after the last modification.
 *
 * <p>The header is written even when no contract is; {@link #close()} flushes and closes the stream.
 */
public final class DecpCsvWriter implements Closeable {

	private record Row(Contract contract, ContractVersion current, Titulaire titulaire) {
	}

	private record Column(String name, String type, String title, String description, Function<Row, Object> value) {
	}

	private static final List<Column> COLUMNS = List.of(
			column("uid", "string", "Identifiant national",
					"SIRET de l'acheteur suivi de l'identifiant du contrat (espaces, virgules, points et barres remplacés par _)",
					r -> r.contract().uid()),
			column("id", "string", "Identifiant", "Identifiant du contrat chez l'acheteur", r -> r.contract().id()),
			column("typeContrat", "string", "Type de contrat", "Marché ou Contrat de concession",
					r -> r.contract().kind().label()),
			column("formatDecp", "string", "Format DECP", "Génération du format de publication : 2019 (schémas 1.x) ou 2022 (schémas 2.0.x)",
					r -> r.contract().generation() == Generation.DECP_2019 ? "2019" : "2022"),
			column("nature", "string", "Nature", "Nature du marché ou de la concession, telle que publiée",
					r -> r.contract().nature()),
			column("acheteur_id", "string", "SIRET de l'acheteur", "Acheteur ou autorité concédante",
					r -> r.contract().acheteurId()),
			column("acheteur_nom", "string", "Nom de l'acheteur", "Publié par le format 2019 seulement",
					r -> r.contract().acheteurNom()),
			column("titulaire_id", "string", "Identifiant du titulaire", "Titulaire ou concessionnaire en vigueur",
					r -> r.titulaire() == null ? null : r.titulaire().id()),
			column("titulaire_typeIdentifiant", "string", "Type d'identifiant du titulaire",
					"SIRET, TVA, TAHITI, RIDET, FRWF, IREP, UE ou HORS-UE",
					r -> r.titulaire() == null ? null : r.titulaire().typeIdentifiant()),
			column("titulaire_nom", "string", "Nom du titulaire", "Dénomination sociale, publiée par le format 2019 seulement",
					r -> r.titulaire() == null ? null : r.titulaire().denominationSociale()),
			column("objet", "string", "Objet", "Objet du marché ou du lot", r -> r.contract().objet()),
			column("montant", "number", "Montant initial (€ HT)",
					"Montant ou valeur globale publié à la notification (forfaitaire ou maximum estimé)",
					r -> r.contract().montant()),
			column("montantActuel", "number", "Montant actuel (€ HT)", "Montant en vigueur après la dernière modification",
					r -> r.current().montant()),
			column("type", "string", "Catégorie", "Travaux, Fournitures ou Services, déduit de la division CPV (ou de la nature d'une concession)",
					r -> {
						ProcurementCategory category = ProcurementCategory.of(r.contract());
						return category == null ? null : category.label();
					}),
			column("codeCPV", "string", "Code CPV", "Code du vocabulaire commun des marchés publics",
					r -> r.contract().codeCpv()),
			column("procedure", "string", "Procédure", "Procédure de passation", r -> r.contract().procedure()),
			column("techniques", "string", "Techniques d'achat", "Liste séparée par des virgules (format 2022)",
					r -> joined(r.contract().techniques())),
			column("modalitesExecution", "string", "Modalités d'exécution", "Liste séparée par des virgules (format 2022)",
					r -> joined(r.contract().modalitesExecution())),
			column("idAccordCadre", "string", "Identifiant de l'accord-cadre", "Pour un marché subséquent (format 2022)",
					r -> r.contract().idAccordCadre()),
			column("dureeMois", "integer", "Durée initiale (mois)", "Durée publiée à la notification",
					r -> r.contract().dureeMois()),
			column("dureeMoisActuelle", "integer", "Durée actuelle (mois)", "Durée en vigueur après la dernière modification",
					r -> r.current().dureeMois()),
			column("dateNotification", "date", "Date de notification", "Notification du marché ou signature de la concession",
					r -> r.contract().dateNotification()),
			column("datePublicationDonnees", "date", "Date de publication", "Première publication des données",
					r -> r.contract().datePublicationDonnees()),
			column("dateDebutExecution", "date", "Début d'exécution", "Concessions seulement",
					r -> r.contract().dateDebutExecution()),
			column("offresRecues", "integer", "Offres reçues", "Nombre d'offres reçues (format 2022)",
					r -> r.contract().offresRecues()),
			column("formePrix", "string", "Forme du prix", "2019 : Ferme, Ferme et actualisable, Révisable ; 2022 : Unitaire, Forfaitaire, Mixte",
					r -> r.contract().formePrix()),
			column("typesPrix", "string", "Types de prix", "Liste séparée par des virgules (format 2022)",
					r -> joined(r.contract().typesPrix())),
			column("attributionAvance", "boolean", "Avance accordée", "Format 2022", r -> r.contract().attributionAvance()),
			column("tauxAvance", "number", "Taux de l'avance", "De 0 à 1 ; 0 avec une avance accordée : taux inconnu",
					r -> r.contract().tauxAvance()),
			column("marcheInnovant", "boolean", "Marché innovant", "Format 2022", r -> r.contract().marcheInnovant()),
			column("ccag", "string", "CCAG", "Cahier des clauses administratives générales de référence (format 2022)",
					r -> r.contract().ccag()),
			column("sousTraitanceDeclaree", "boolean", "Sous-traitance déclarée", "À la notification (format 2022)",
					r -> r.contract().sousTraitanceDeclaree()),
			column("typeGroupementOperateurs", "string", "Groupement d'opérateurs", "Conjoint, Solidaire ou Pas de groupement",
					r -> r.contract().typeGroupementOperateurs()),
			column("origineUE", "number", "Part d'origine UE", "De 0 à 1, pour certaines catégories d'achats",
					r -> r.contract().origineUE()),
			column("origineFrance", "number", "Part d'origine France", "De 0 à 1, pour certaines catégories d'achats",
					r -> r.contract().origineFrance()),
			column("considerationsSociales", "string", "Considérations sociales", "Liste séparée par des virgules (format 2022)",
					r -> joined(r.contract().considerationsSociales())),
			column("considerationsEnvironnementales", "string", "Considérations environnementales",
					"Liste séparée par des virgules (format 2022)",
					r -> joined(r.contract().considerationsEnvironnementales())),
			column("lieuExecution_code", "string", "Code du lieu d'exécution", "Code postal ou code INSEE",
					r -> r.contract().lieuExecution() == null ? null : r.contract().lieuExecution().code()),
			column("lieuExecution_typeCode", "string", "Type de code du lieu d'exécution", "Code postal, Code commune, Code département…",
					r -> r.contract().lieuExecution() == null ? null : r.contract().lieuExecution().typeCode()),
			column("lieuExecution_nom", "string", "Lieu d'exécution", "Publié par le format 2019 seulement",
					r -> r.contract().lieuExecution() == null ? null : r.contract().lieuExecution().nom()),
			column("montantSubventionPublique", "number", "Subvention publique (€)", "Concessions seulement",
					r -> r.contract().montantSubventionPublique()),
			column("nombreModifications", "integer", "Nombre de modifications", "Modifications publiées du contrat",
					r -> r.contract().modifications().size()),
			column("dateDerniereModification", "date", "Date de la dernière modification",
					"Notification (ou signature) de la dernière modification",
					r -> r.contract().modifications().isEmpty() ? null : r.current().dateNotification()),
			column("nombreActesSousTraitance", "integer", "Actes de sous-traitance", "Nombre d'actes de sous-traitance déclarés (format 2022)",
					r -> r.contract().actesSousTraitance().size()));

	private final Writer out;
	private boolean headerWritten;

	public DecpCsvWriter(OutputStream out) {
		this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
	}

	private void writeHeaderOnce() throws IOException {
		if (headerWritten) {
			return;
		}
		headerWritten = true;
		for (int i = 0; i < COLUMNS.size(); i++) {
			if (i > 0) {
				out.write(',');
			}
			out.write(COLUMNS.get(i).name());
		}
		out.write("\r\n");
	}

	/** The column names, in file order. */
	public static List<String> columns() {
		return COLUMNS.stream().map(Column::name).toList();
	}

	/** Writes the rows of one contract: one per holder in force. */
	public void write(Contract contract) throws IOException {
		writeHeaderOnce();
		ContractVersion current = contract.current();
		if (current.titulaires().isEmpty()) {
			writeRow(new Row(contract, current, null));
		}
		for (Titulaire titulaire : current.titulaires()) {
			writeRow(new Row(contract, current, titulaire));
		}
	}

	private void writeRow(Row row) throws IOException {
		for (int i = 0; i < COLUMNS.size(); i++) {
			if (i > 0) {
				out.write(',');
			}
			Object value = COLUMNS.get(i).value().apply(row);
			if (value != null) {
				writeCell(value instanceof BigDecimal d ? d.toPlainString() : value.toString());
			}
		}
		out.write("\r\n");
	}

	private void writeCell(String value) throws IOException {
		boolean quote = false;
		for (int i = 0; i < value.length() && !quote; i++) {
			char ch = value.charAt(i);
			quote = ch == ',' || ch == '"' || ch == '\r' || ch == '\n';
		}
		if (!quote) {
			out.write(value);
			return;
		}
		out.write('"');
		out.write(value.replace("\"", "\"\""));
		out.write('"');
	}

	/**
	 * The Table Schema (JSON) of the file: every column with its name, type, French title and description;
	 * empty cells are missing values.
	 */
	public static String tableSchema() {
		StringWriter text = new StringWriter();
		try (JsonGenerator json = new JsonFactory().createGenerator(ObjectWriteContext.empty(), text)) {
			json.writeStartObject();
			json.writeName("fields");
			json.writeStartArray();
			for (Column column : COLUMNS) {
				json.writeStartObject();
				json.writeStringProperty("name", column.name());
				json.writeStringProperty("type", column.type());
				json.writeStringProperty("title", column.title());
				json.writeStringProperty("description", column.description());
				json.writeEndObject();
			}
			json.writeEndArray();
			json.writeName("missingValues");
			json.writeStartArray();
			json.writeString("");
			json.writeEndArray();
			json.writeEndObject();
		}
		return text.toString();
	}

	private static Column column(String name, String type, String title, String description,
			Function<Row, Object> value) {
		return new Column(name, type, title, description, value);
	}

	private static String joined(List<String> values) {
		return values.isEmpty() ? null : String.join(", ", values);
	}

	@Override
	public void close() throws IOException {
		writeHeaderOnce();
		out.close();
	}
}
