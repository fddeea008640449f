package fr.ouvert.integrity.declarations;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import fr.ouvert.hatvp.declarations.Declaration;
import fr.ouvert.hatvp.declarations.DeclarationsXmlReader;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reading the imported declarations: the search page, a person's page, the downloads. */
@Repository
public class Declarations {

	/** How many rows the downloads read at a time. */
	private static final int BATCH = 200;

	private final JdbcClient jdbc;

	Declarations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public record Person(long id, String slug, String civilite, String prenom, String nom, String hatvpPage) {

		public String name() {
			return (prenom + " " + nom).strip();
		}
	}

	/** A person in the search results, with what they declared as. */
	public record PersonSummary(String slug, String prenom, String nom, String qualite, long declarations,
			long documents) {
	}

	/** A row of liste.csv: a document HATVP lists for the person, and the imported declaration it is, if any. */
	public record ListedDocument(String typeMandat, String qualite, String typeDocument, String departement,
			LocalDate datePublication, LocalDate dateDepot, String nomFichier, String statutPublication,
			String declarationUuid) {
	}

	public record SearchResult(List<PersonSummary> persons, long total) {
	}

	/** A value of a filter and how many persons it has. */
	public record Facet(String value, long persons) {
	}

	/**
	 * @param query words all found in the person's names, mandates, bodies or qualities (accents and case aside)
	 * @param mandate a {@code type_mandat} of liste.csv (senateur, depute, commune…), or null
	 */
	public SearchResult search(String query, String mandate, int page, int size) {
		StringBuilder where = new StringBuilder("where true");
		List<Object> params = new ArrayList<>();
		for (String word : NameKeys.of(query).split(" ")) {
			if (!word.isEmpty()) {
				where.append(" and p.search_text like ?");
				params.add("% " + word + "%");
			}
		}
		if (mandate != null && !mandate.isBlank()) {
			where.append(" and (exists (select 1 from integrity_declaration d where d.person_id = p.id and d.code_type_mandat = ?)")
				.append(" or exists (select 1 from integrity_declaration_listing l where l.person_id = p.id and l.type_mandat = ?))");
			params.add(mandate);
			params.add(mandate);
		}
		long total = jdbc.sql("select count(*) from integrity_declaration_person p " + where).params(params)
			.query(Long.class).single();
		List<Object> pageParams = new ArrayList<>(params);
		pageParams.add(size);
		pageParams.add((long) Math.max(0, page - 1) * size);
		List<PersonSummary> persons = jdbc.sql("""
				select p.slug, p.prenom, p.nom,
				    coalesce((select nullif(concat_ws(' — ', coalesce(nullif(d.qualite_declarant, ''), nullif(d.type_mandat, '')), nullif(d.organe, '')), '')
				              from integrity_declaration d where d.person_id = p.id
				              order by d.date_depot desc nulls last limit 1),
				             (select l.qualite from integrity_declaration_listing l where l.person_id = p.id
				              order by l.date_publication desc nulls last limit 1), '') as qualite,
				    (select count(*) from integrity_declaration d where d.person_id = p.id) as declarations,
				    (select count(*) from integrity_declaration_listing l where l.person_id = p.id) as documents
				from integrity_declaration_person p""" + " " + where + " order by p.nom, p.prenom, p.slug limit ? offset ?")
			.params(pageParams)
			.query(PersonSummary.class).list();
		return new SearchResult(persons, total);
	}

	/** The mandate types (liste.csv's {@code type_mandat}) and how many persons have each. */
	public List<Facet> mandates() {
		return jdbc.sql("""
				select m.value, count(distinct m.person_id) as persons from (
				    select code_type_mandat as value, person_id from integrity_declaration where code_type_mandat <> ''
				    union all
				    select type_mandat, person_id from integrity_declaration_listing where type_mandat <> '') m
				group by m.value order by m.value""")
			.query(Facet.class).list();
	}

	public Optional<Person> person(String slug) {
		return jdbc.sql("select id, slug, civilite, prenom, nom, hatvp_page from integrity_declaration_person where slug = ?")
			.param(slug).query(Person.class).optional();
	}

	public List<ListedDocument> documents(long personId) {
		return jdbc.sql("""
				select l.type_mandat, l.qualite, l.type_document, l.departement, l.date_publication, l.date_depot,
				    l.nom_fichier, l.statut_publication, d.uuid as declaration_uuid
				from integrity_declaration_listing l left join integrity_declaration d on d.id = l.declaration_id
				where l.person_id = ? order by l.date_publication desc nulls last, l.line""")
			.param(personId).query(ListedDocument.class).list();
	}

	/** The person's declarations, latest deposit first, read again from their XML. */
	public List<Declaration> declarationsOf(long personId) {
		return jdbc.sql("select xml, uuid from integrity_declaration where person_id = ? order by date_depot desc nulls last, id")
			.param(personId)
			.query((rs, n) -> parse(rs.getString("xml"), rs.getString("uuid")))
			.list();
	}

	public Optional<String> xml(String uuid) {
		return jdbc.sql("select xml from integrity_declaration where uuid = ?").param(uuid).query(String.class).optional();
	}

	public long count() {
		return jdbc.sql("select count(*) from integrity_declaration").query(Long.class).single();
	}

	/** Every declaration's XML in import order, read {@value #BATCH} at a time so memory stays small. */
	public void forEachXml(Consumer<String> action) {
		long after = Long.MIN_VALUE;
		while (true) {
			record Row(long id, String xml) {
			}
			List<Row> rows = jdbc.sql("select id, xml from integrity_declaration where id > ? order by id limit ?")
				.params(after, BATCH).query(Row.class).list();
			if (rows.isEmpty()) {
				return;
			}
			rows.forEach(r -> action.accept(r.xml()));
			after = rows.get(rows.size() - 1).id();
		}
	}

	/** Every declaration, read again from its XML. */
	public void forEach(Consumer<Declaration> action) {
		forEachXml(xml -> action.accept(parse(xml, "declaration")));
	}

	/** Reads a stored declaration again: the library reads it exactly as it read it at import. */
	public static Declaration parse(String xml, String name) {
		byte[] document = ("<declarations>" + xml + "</declarations>").getBytes(StandardCharsets.UTF_8);
		try (DeclarationsXmlReader reader = DeclarationsXmlReader.open(new ByteArrayInputStream(document), name)) {
			return reader.read();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
