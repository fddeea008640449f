package fr.ouvert.hatvp.register;

import static fr.ouvert.hatvp.register.RegisterCsvTable.*;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.ouvert.hatvp.CsvTableWriter;

/**
 * Writes publications as HATVP's 15-table CSV export ({@link RegisterCsvTable}): same files, columns and keys,
 * {@code ;}-separated UTF-8 with {@code \n} line ends. The keys are numbered from 1 in the order publications,
 * financial years, activities and actions are written, so that the same publications in the same order always get
 * the same keys — whichever tables are written: to serve one table alone, give a writer for that table only.
 *
 * <p>Formats follow HATVP's export: moments of table 1 as {@code dd/MM/yyyy HH:mm:ss}, days of tables 8 and 15 in ISO
 * 8601 (the export gives the day of a report, not its time), booleans as {@code True}/{@code False}, brackets with
 * « € », their bounds in {@code montant_depense_inf/sup} and {@code ca_inf/sup} ({@code inf} for the open top
 * bracket, empty cells when no bracket was declared). Table 13 holds each {@code reponsablesPublics} entry and, for
 * an entry packing ministries or authorities, one row per comma-separated piece, as HATVP derives them; table 11
 * holds a « X (en propre) » beneficiary as {@code X} with {@code action_menee_en_propre} 1.
 *
 * <p>{@link #close()} closes every table's stream.
 */
public final class RegisterCsvWriter implements Closeable {

	private static final String OPEN_TOP = "inf";

	private final Map<RegisterCsvTable, CsvTableWriter> tables = new EnumMap<>(RegisterCsvTable.class);
	private long representantId;
	private long exerciceId;
	private long activiteId;
	private long actionId;

	/** Writes the tables given (each with its header at once), and only those. */
	public RegisterCsvWriter(Map<RegisterCsvTable, Writer> writers) {
		writers.forEach((table, writer) -> tables.put(table,
				new CsvTableWriter(writer, SEPARATOR, table.columns())));
	}

	/** Writes the 15 files into {@code folder} (created if need be), replacing files of the same names. */
	public static RegisterCsvWriter toFolder(Path folder) throws IOException {
		Files.createDirectories(folder);
		Map<RegisterCsvTable, Writer> writers = new EnumMap<>(RegisterCsvTable.class);
		try {
			for (RegisterCsvTable table : RegisterCsvTable.values()) {
				writers.put(table, new BufferedWriter(new OutputStreamWriter(
						Files.newOutputStream(folder.resolve(table.fileName())), StandardCharsets.UTF_8), 1 << 16));
			}
		} catch (IOException e) {
			for (Writer writer : writers.values()) {
				writer.close();
			}
			throw e;
		}
		return new RegisterCsvWriter(writers);
	}

	public void write(Publication p) {
		String id = Long.toString(++representantId);
		row(INFORMATIONS_GENERALES, id, p.adresse(), p.codePostal(), moment(p.dateDernierePublicationActivite()),
				moment(p.datePremierePublication()), bool(p.declarationOrgaAppartenance()), bool(p.declarationTiers()),
				p.denomination(), p.identifiantNational(), bool(p.isActivitesPubliees()), p.lienPageFacebook(),
				p.lienPageLinkedin(), p.lienPageTwitter(), p.lienSiteWeb(), p.nomUsageHatvp(), p.pays(), p.sigleHatvp(),
				p.typeIdentifiantNational(), p.ville(),
				p.categorieOrganisation() == null ? null : p.categorieOrganisation().label());
		for (Personne d : p.dirigeants()) {
			row(DIRIGEANTS, d.civilite(), d.fonction(), d.nom(), d.prenom(), id, nomPrenom(d));
		}
		for (Personne c : p.collaborateurs()) {
			row(COLLABORATEURS, c.civilite(), c.fonction(), c.nom(), c.prenom(), id, nomPrenom(c));
		}
		for (Organisation c : p.clients()) {
			row(CLIENTS, id, c.denomination(), c.identifiantNational(), c.typeIdentifiantNational());
		}
		for (Organisation a : p.affiliations()) {
			row(AFFILIATIONS, id, a.denomination(), a.identifiantNational(), a.typeIdentifiantNational());
		}
		for (ElementListe niveau : p.niveauxIntervention()) {
			row(NIVEAUX_INTERVENTION, niveau.label(), id);
		}
		for (ElementListe secteur : p.secteursActivites()) {
			row(SECTEURS_ACTIVITES, secteur.label(), id);
		}
		for (Exercice exercice : p.exercices()) {
			exercice(id, exercice);
		}
	}

	private void exercice(String representant, Exercice e) {
		String id = Long.toString(++exerciceId);
		Optional<AmountBracket> expense = e.expenseBracket();
		Optional<AmountBracket> turnover = e.turnoverBracket();
		row(EXERCICES, id, representant, day(e.dateDebut()), day(e.dateFin()), bool(e.noActivite()),
				e.nombreActivite(), bool(e.defautDeclaration()),
				e.publicationDate() == null ? null : e.publicationDate().toLocalDate(), bool(e.hasNotChiffreAffaire()),
				expense.map(AmountBracket::csvLabel).orElse(e.montantDepense()), e.nombreSalaries(),
				turnover.map(AmountBracket::csvLabel).orElse(e.chiffreAffaire()),
				e.dateDebut() == null ? null : e.dateDebut().getYear(),
				e.dateFin() == null ? null : e.dateFin().getYear(),
				expense.map(AmountBracket::lowerBound).orElse(null), expense.map(RegisterCsvWriter::upper).orElse(null),
				turnover.map(AmountBracket::lowerBound).orElse(null), turnover.map(RegisterCsvWriter::upper).orElse(null));
		for (Activite activite : e.activites()) {
			activite(id, activite);
		}
	}

	private void activite(String exercice, Activite a) {
		String id = Long.toString(++activiteId);
		row(OBJETS_ACTIVITES, id, exercice, a.publicationDate() == null ? null : a.publicationDate().toLocalDate(),
				a.identifiantFiche(), a.objet());
		for (String domaine : a.domainesIntervention()) {
			row(DOMAINES_INTERVENTION, domaine, id);
		}
		for (ActionRepresentationInteret action : a.actionsRepresentationInteret()) {
			action(id, action);
		}
	}

	private void action(String activite, ActionRepresentationInteret action) {
		String id = Long.toString(++actionId);
		row(OBSERVATIONS, id, activite, action.observation());
		for (String menee : action.actionsMenees()) {
			row(ACTIONS_MENEES, menee, id, action.actionMeneeAutre());
		}
		for (String tiers : action.tiers()) {
			boolean enPropre = tiers.endsWith(ActionRepresentationInteret.EN_PROPRE);
			row(BENEFICIAIRES, enPropre ? tiers.substring(0, tiers.length() - ActionRepresentationInteret.EN_PROPRE.length())
					: tiers, id, enPropre ? 1 : 0);
		}
		for (String decision : action.decisionsConcernees()) {
			row(DECISIONS_CONCERNEES, decision, id);
		}
		String autre = action.responsablePublicAutre();
		for (String entry : action.reponsablesPublics()) {
			int separator = entry.indexOf(" - ");
			if (separator >= 0) {
				String head = entry.substring(0, separator);
				for (String piece : entry.substring(separator + 3).split(",")) {
					if (!piece.isBlank()) {
						row(MINISTERES_AAI_API, id, head, piece, autre);
					}
				}
			}
			row(MINISTERES_AAI_API, id, entry, null, autre);
		}
	}

	private void row(RegisterCsvTable table, Object... values) {
		CsvTableWriter writer = tables.get(table);
		if (writer != null) {
			writer.row(Arrays.asList(values));
		}
	}

	private static Object upper(AmountBracket bracket) {
		return bracket.upperBound() == null ? OPEN_TOP : bracket.upperBound();
	}

	private static String nomPrenom(Personne personne) {
		List<String> parts = new ArrayList<>(2);
		if (personne.nom() != null) {
			parts.add(personne.nom());
		}
		if (personne.prenom() != null) {
			parts.add(personne.prenom());
		}
		return parts.isEmpty() ? null : String.join(" ", parts);
	}

	private static String bool(Boolean value) {
		return value == null ? null : value ? "True" : "False";
	}

	private static String moment(LocalDateTime value) {
		return RegisterDates.hatvp(value);
	}

	private static String day(LocalDate value) {
		return value == null ? null : value.toString();
	}

	/** Closes every table's stream, even when one fails. */
	@Override
	public void close() throws IOException {
		IOException failure = null;
		for (CsvTableWriter writer : tables.values()) {
			try {
				writer.close();
			} catch (IOException | UncheckedIOException e) {
				IOException cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : (IOException) e;
				if (failure == null) {
					failure = cause;
				} else {
					failure.addSuppressed(cause);
				}
			}
		}
		if (failure != null) {
			throw failure;
		}
	}
}
