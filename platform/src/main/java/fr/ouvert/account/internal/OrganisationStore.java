package fr.ouvert.account.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import fr.ouvert.account.Organisation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class OrganisationStore {

	private static final String COLUMNS = "id, slug, name, acronym, kind, siret, description, website, logo_url";

	private final JdbcClient jdbc;

	OrganisationStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Organisation> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from account_organisation where id = ?").param(id)
			.query(Organisation.class).optional();
	}

	public List<Organisation> findAll(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select " + COLUMNS + " from account_organisation where id = any(?)")
			.param(ids.toArray(Long[]::new))
			.query(Organisation.class)
			.list();
	}

	public Optional<Organisation> findBySlug(String slug) {
		return jdbc.sql("select " + COLUMNS + " from account_organisation where slug = ?").param(slug)
			.query(Organisation.class).optional();
	}

	public Optional<Organisation> findBySiret(String siret) {
		return jdbc.sql("select " + COLUMNS + " from account_organisation where siret = ?").param(siret)
			.query(Organisation.class).optional();
	}

	public List<Organisation> all() {
		return jdbc.sql("select " + COLUMNS + " from account_organisation order by name").query(Organisation.class).list();
	}

	public Organisation insert(String slug, String name, String acronym, String kind, String siret) {
		long id = jdbc.sql("""
				insert into account_organisation (slug, name, acronym, kind, siret) values (?, ?, ?, ?, ?) returning id""")
			.params(slug, name, acronym, kind, siret)
			.query(Long.class)
			.single();
		return new Organisation(id, slug, name, acronym, kind, siret, null, null, null);
	}

	public void update(Organisation organisation) {
		jdbc.sql("""
				update account_organisation set name = ?, acronym = ?, kind = ?, siret = ?, description = ?, website = ?,
				    logo_url = ?, updated_at = now()
				where id = ?""")
			.params(organisation.name(), organisation.acronym(), organisation.kind(), organisation.siret(),
					organisation.description(), organisation.website(), organisation.logoUrl(), organisation.id())
			.update();
	}
}
