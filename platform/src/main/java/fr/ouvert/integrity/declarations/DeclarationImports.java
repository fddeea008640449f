package fr.ouvert.integrity.declarations;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import fr.ouvert.hatvp.declarations.Declaration;
import fr.ouvert.hatvp.declarations.DeclarationsXmlReader;
import fr.ouvert.hatvp.declarations.DeclaredText;
import fr.ouvert.hatvp.declarations.Item;
import fr.ouvert.hatvp.declarations.ListeCsvReader;
import fr.ouvert.hatvp.declarations.ListeEntry;
import fr.ouvert.hatvp.declarations.Section;
import fr.ouvert.kernel.audit.AuditTrail;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports HATVP's {@code declarations.xml} and, when given, its {@code liste.csv}, in one transaction: a file
 * that cannot be read leaves the tables as they were. Running it again on the same files changes nothing (a
 * declaration is known by its uuid; one whose XML is unchanged is left alone). The rows of {@code liste.csv} are
 * replaced whole, as the file is the whole index.
 *
 * <p>A declaration finds its person through {@code liste.csv}: the row of the same name (accents and case aside),
 * document type and deposit date, else the one person of that name; without either, a person is created under a
 * slug made as HATVP makes them ({@code nom-prenom}). Names are never logged.
 */
@Service
public class DeclarationImports {

	private static final JsonMapper JSON = JsonMapper.builder().build();
	static final String AUDIT_JOB = "integrity-declarations-import";

	private final JdbcClient jdbc;
	private final JdbcTemplate template;
	private final AuditTrail audit;

	DeclarationImports(JdbcClient jdbc, JdbcTemplate template, AuditTrail audit) {
		this.jdbc = jdbc;
		this.template = template;
		this.audit = audit;
	}

	/**
	 * @param declarations declarations found in the XML
	 * @param created new ones
	 * @param updated known ones whose XML changed
	 * @param unchanged known ones with the same XML
	 * @param listingRows rows read from liste.csv (0 without it)
	 * @param linked declarations matched to a row of liste.csv
	 * @param issues values of the XML kept as text because unreadable as their type ("file, declaration, path: why")
	 */
	public record Result(int declarations, int created, int updated, int unchanged, int listingRows, int linked,
			List<String> issues) {
	}

	/** A row of liste.csv as stored, to match declarations. */
	private record Listed(long id, long personId, String nameKey, String typeDocument, LocalDate depositDate) {
	}

	@Transactional(rollbackFor = Exception.class)
	public Result importFiles(Path declarationsXml, Path listeCsv) throws IOException {
		int listingRows = 0;
		if (listeCsv != null) {
			listingRows = replaceListing(ListeCsvReader.readAll(listeCsv));
		}
		List<Listed> listed = jdbc.sql("""
				select l.id, l.person_id, p.name_key, l.type_document, l.date_depot
				from integrity_declaration_listing l join integrity_declaration_person p on p.id = l.person_id""")
			.query((rs, n) -> new Listed(rs.getLong("id"), rs.getLong("person_id"), rs.getString("name_key"),
					rs.getString("type_document"), rs.getObject("date_depot", LocalDate.class)))
			.list();
		Map<String, List<Listed>> byMatch = new HashMap<>();
		for (Listed row : listed) {
			byMatch.computeIfAbsent(matchKey(row.nameKey(), row.typeDocument(), row.depositDate()), k -> new ArrayList<>())
				.add(row);
		}
		int count = 0;
		int created = 0;
		int updated = 0;
		int linked = 0;
		List<String> issues = new ArrayList<>();
		String file = declarationsXml.getFileName().toString();
		try (DeclarationsXmlReader reader = DeclarationsXmlReader.open(declarationsXml)) {
			for (Declaration d = reader.read(); d != null; d = reader.read()) {
				count++;
				String nameKey = NameKeys.person(d.general().nom(), d.general().prenom());
				List<Listed> matches = byMatch.getOrDefault(matchKey(nameKey, d.general().typeDeclaration(),
						d.dateDepot() == null ? null : d.dateDepot().toLocalDate()), List.of());
				long person = matches.isEmpty() ? personOf(d, nameKey) : matches.get(0).personId();
				switch (store(d, person, file)) {
				case CREATED -> created++;
				case UPDATED -> updated++;
				default -> {
				}
				}
				if (!matches.isEmpty()) {
					linked++;
					long declarationId = jdbc.sql("select id from integrity_declaration where uuid = ?")
						.param(d.uuid()).query(Long.class).single();
					for (Listed row : matches) {
						jdbc.sql("update integrity_declaration_listing set declaration_id = ? where id = ?")
							.params(declarationId, row.id()).update();
					}
				}
				final Declaration current = d;
				d.issues().forEach(issue -> issues.add(file + ", déclaration n° " + current.index() + " (" + current.uuid()
						+ "), " + issue.path() + " : " + issue.message()));
			}
		}
		refreshSearchText();
		Result result = new Result(count, created, updated, count - created - updated, listingRows, linked, issues);
		long importId = jdbc.sql("""
				insert into integrity_declaration_import (declarations_file, liste_file, declarations, created, updated,
				    unchanged, listing_rows) values (?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(file, listeCsv == null ? null : listeCsv.getFileName().toString(), count, created, updated,
					result.unchanged(), listingRows)
			.query(Long.class).single();
		Map<String, Object> summary = new LinkedHashMap<>();
		summary.put("declarations", count);
		summary.put("created", created);
		summary.put("updated", updated);
		summary.put("listingRows", listingRows);
		audit.recordSystem(AUDIT_JOB, "import", "integrity-declarations-import", Long.toString(importId), null, summary);
		return result;
	}

	private static String matchKey(String nameKey, String typeDocument, LocalDate depositDate) {
		return nameKey + "|" + typeDocument.toLowerCase(Locale.ROOT) + "|" + depositDate;
	}

	private int replaceListing(List<ListeEntry> entries) {
		jdbc.sql("delete from integrity_declaration_listing").update();
		Map<String, Long> persons = new HashMap<>();
		List<Object[]> rows = new ArrayList<>();
		for (ListeEntry e : entries) {
			String slug = e.personSlug().isEmpty() ? NameKeys.slug(e.nom(), e.prenom()) : e.personSlug();
			long person = persons.computeIfAbsent(slug, s -> upsertPerson(s, e.civilite(), e.prenom(), e.nom(),
					e.urlDossier().isEmpty() ? null : e.urlDossier()));
			rows.add(new Object[] { person, e.line(), e.civilite(), e.prenom(), e.nom(), e.classement(), e.typeMandat(),
					e.qualite(), e.typeDocument(), e.departement(), sqlDate(e.publicationDate()), sqlDate(e.depositDate()),
					e.nomFichier(), e.urlDossier(), e.openData(), e.statutPublication(), e.idOrigine(), e.urlPhoto() });
		}
		template.batchUpdate("""
				insert into integrity_declaration_listing (person_id, line, civilite, prenom, nom, classement, type_mandat,
				    qualite, type_document, departement, date_publication, date_depot, nom_fichier, url_dossier, open_data,
				    statut_publication, id_origine, url_photo) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
				rows);
		return entries.size();
	}

	private long upsertPerson(String slug, String civilite, String prenom, String nom, String hatvpPage) {
		return jdbc.sql("""
				insert into integrity_declaration_person (slug, civilite, prenom, nom, name_key, hatvp_page)
				values (:slug, :civilite, :prenom, :nom, :key, :page)
				on conflict (slug) do update set civilite = excluded.civilite, prenom = excluded.prenom, nom = excluded.nom,
				    name_key = excluded.name_key,
				    hatvp_page = coalesce(excluded.hatvp_page, integrity_declaration_person.hatvp_page)
				returning id""")
			.param("slug", slug).param("civilite", civilite).param("prenom", prenom).param("nom", nom)
			.param("key", NameKeys.person(nom, prenom)).param("page", hatvpPage)
			.query(Long.class).single();
	}

	/** The one person of that name, else the person of the slug HATVP would give the name. */
	private long personOf(Declaration d, String nameKey) {
		List<Long> named = jdbc.sql("select id from integrity_declaration_person where name_key = ? order by id")
			.param(nameKey).query(Long.class).list();
		if (named.size() == 1) {
			return named.get(0);
		}
		String slug = NameKeys.slug(d.general().nom(), d.general().prenom());
		return jdbc.sql("select id from integrity_declaration_person where slug = ?").param(slug).query(Long.class)
			.optional()
			.orElseGet(() -> upsertPerson(slug, d.general().civilite(), d.general().prenom(), d.general().nom(), null));
	}

	private enum Outcome {
		CREATED, UPDATED, UNCHANGED
	}

	private Outcome store(Declaration d, long person, String file) {
		record Known(long id, long personId, String xml) {
		}
		Known known = jdbc.sql("select id, person_id, xml from integrity_declaration where uuid = ?")
			.param(d.uuid()).query(Known.class).optional().orElse(null);
		if (known != null && known.xml().equals(d.xml()) && known.personId() == person) {
			return Outcome.UNCHANGED;
		}
		Map<String, Object> columns = new LinkedHashMap<>();
		columns.put("uuid", d.uuid());
		columns.put("person", person);
		columns.put("typeCode", d.general().typeDeclaration());
		columns.put("typeLabel", d.general().typeDeclarationLabel());
		columns.put("dateDepot", d.dateDepot() == null ? null : Timestamp.valueOf(d.dateDepot()));
		columns.put("dateDepotText", d.dateDepotText());
		columns.put("origine", d.origine());
		columns.put("version", d.declarationVersion());
		columns.put("mandat", d.general().mandat());
		columns.put("typeMandat", d.general().typeMandat());
		columns.put("codeTypeMandat", d.general().codTypeMandatFichier());
		columns.put("organe", d.general().organe());
		columns.put("qualite", d.general().qualiteDeclarant());
		columns.put("debut", sqlDate(d.general().dateDebutMandat()));
		columns.put("fin", sqlDate(d.general().dateFinMandat()));
		columns.put("xml", d.xml());
		columns.put("file", file);
		long id;
		if (known == null) {
			id = jdbc.sql("""
					insert into integrity_declaration (uuid, person_id, type_code, type_label, date_depot, date_depot_text,
					    origine, form_version, mandat, type_mandat, code_type_mandat, organe, qualite_declarant,
					    date_debut_mandat, date_fin_mandat, xml, source_file)
					values (:uuid, :person, :typeCode, :typeLabel, :dateDepot, :dateDepotText, :origine, :version, :mandat,
					    :typeMandat, :codeTypeMandat, :organe, :qualite, :debut, :fin, :xml, :file) returning id""")
				.params(columns).query(Long.class).single();
		}
		else {
			id = known.id();
			jdbc.sql("""
					update integrity_declaration set person_id = :person, type_code = :typeCode, type_label = :typeLabel,
					    date_depot = :dateDepot, date_depot_text = :dateDepotText, origine = :origine, form_version = :version,
					    mandat = :mandat, type_mandat = :typeMandat, code_type_mandat = :codeTypeMandat, organe = :organe,
					    qualite_declarant = :qualite, date_debut_mandat = :debut, date_fin_mandat = :fin, xml = :xml,
					    source_file = :file, imported_at = now()
					where uuid = :uuid""").params(columns).update();
			for (String table : List.of("integrity_declaration_section", "integrity_declaration_item",
					"integrity_declaration_amount")) {
				jdbc.sql("delete from " + table + " where declaration_id = ?").param(id).update();
			}
		}
		storeSections(id, d);
		return known == null ? Outcome.CREATED : Outcome.UPDATED;
	}

	private void storeSections(long id, Declaration d) {
		List<Object[]> sections = new ArrayList<>();
		List<Object[]> items = new ArrayList<>();
		List<Object[]> amounts = new ArrayList<>();
		int position = 0;
		for (Section section : d.sections()) {
			sections.add(new Object[] { id, section.name(), ++position, section.neant(), section.items().size() });
			for (Item item : section.items()) {
				String company = item.field("nomSociete");
				boolean named = !company.isEmpty() && !DeclaredText.isRedacted(company);
				Set<String> sirens = new LinkedHashSet<>();
				item.fields().values().forEach(value -> sirens.addAll(NameKeys.sirens(value)));
				items.add(new Object[] { id, section.name(), item.index(), JSON.writeValueAsString(item.fields()),
						company.isEmpty() ? null : company, named ? NameKeys.of(company) : null, String.join(",", sirens) });
				int rank = 0;
				for (Item.YearlyAmount pair : item.yearlyAmounts()) {
					amounts.add(new Object[] { id, section.name(), item.index(), ++rank, pair.year(), pair.yearText(),
							pair.amount().text(), pair.amount().value(), item.brutNet() });
				}
			}
		}
		template.batchUpdate("""
				insert into integrity_declaration_section (declaration_id, section, position, neant, items)
				values (?, ?, ?, ?, ?)""", sections);
		template.batchUpdate("""
				insert into integrity_declaration_item (declaration_id, section, item, fields, company_name, company_key, sirens)
				values (?, ?, ?, ?::json, ?, ?, coalesce(string_to_array(nullif(?, ''), ','), '{}'))""", items);
		template.batchUpdate("""
				insert into integrity_declaration_amount (declaration_id, section, item, position, year, year_text,
				    amount_text, amount, brut_net) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", amounts);
	}

	/** Names, mandates, bodies and qualities of every person, normalised, for the search page. */
	private void refreshSearchText() {
		record Texts(long id, String text) {
		}
		List<Texts> texts = jdbc.sql("""
				select p.id, concat_ws(' ', p.nom, p.prenom,
				    (select string_agg(concat_ws(' ', d.type_mandat, d.mandat, d.organe, d.qualite_declarant), ' ')
				     from integrity_declaration d where d.person_id = p.id),
				    (select string_agg(concat_ws(' ', l.qualite, l.type_mandat), ' ')
				     from integrity_declaration_listing l where l.person_id = p.id)) as text
				from integrity_declaration_person p""")
			.query(Texts.class).list();
		List<Object[]> updates = new ArrayList<>();
		for (Texts t : texts) {
			updates.add(new Object[] { " " + NameKeys.of(t.text()) + " ", t.id() });
		}
		template.batchUpdate("update integrity_declaration_person set search_text = ? where id = ?", updates);
	}

	private static Date sqlDate(LocalDate date) {
		return date == null ? null : Date.valueOf(date);
	}
}
