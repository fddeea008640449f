package fr.ouvert.account.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import fr.ouvert.kernel.security.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class AccountStore {

	private static final String SELECT = """
			select u.id, u.email, u.email_confirmed_at, u.password_hash, u.display_name, u.organisation_id,
			       o.name as organisation_name, u.organisation_role, u.identity_verified, u.enabled, u.created_at,
			       coalesce((select string_agg(r.role, ',') from account_user_role r where r.user_id = u.id), '') as roles
			from account_user u left join account_organisation o on o.id = u.organisation_id
			""";

	private final JdbcClient jdbc;

	AccountStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Account> find(long id) {
		return jdbc.sql(SELECT + " where u.id = ?").param(id).query(AccountStore::map).optional();
	}

	public Optional<Account> findByEmail(String email) {
		return jdbc.sql(SELECT + " where lower(u.email) = lower(?)").param(email.trim()).query(AccountStore::map)
			.optional();
	}

	public Optional<Account> findByIdentity(String provider, String subject) {
		return jdbc.sql(SELECT + " where u.id = (select user_id from account_identity where provider = ? and subject = ?)")
			.params(provider, subject)
			.query(AccountStore::map)
			.optional();
	}

	/** Accounts whose e-mail or name contains the text, newest first. */
	public List<Account> search(String text, int limit, long offset) {
		return jdbc.sql(SELECT + " where ? = '' or u.email ilike ? or u.display_name ilike ? order by u.id desc limit ? offset ?")
			.params(text, like(text), like(text), limit, offset)
			.query(AccountStore::map)
			.list();
	}

	public long count(String text) {
		return jdbc.sql("select count(*) from account_user u where ? = '' or u.email ilike ? or u.display_name ilike ?")
			.params(text, like(text), like(text))
			.query(Long.class)
			.single();
	}

	public boolean anyWithRole(Role role) {
		return jdbc.sql("select exists (select 1 from account_user_role r join account_user u on u.id = r.user_id where r.role = ? and u.enabled)")
			.param(role.name())
			.query(Boolean.class)
			.single();
	}

	public long insert(String email, String passwordHash, String displayName, boolean confirmed, boolean verified) {
		long id = jdbc.sql("""
				insert into account_user (email, password_hash, display_name, email_confirmed_at, identity_verified)
				values (?, ?, ?, case when ? then now() end, ?) returning id""")
			.params(email.trim(), passwordHash, displayName.trim(), confirmed, verified)
			.query(Long.class)
			.single();
		setRoles(id, EnumSet.of(Role.CITIZEN));
		return id;
	}

	public void setRoles(long id, Set<Role> roles) {
		jdbc.sql("delete from account_user_role where user_id = ?").param(id).update();
		for (Role role : roles) {
			jdbc.sql("insert into account_user_role (user_id, role) values (?, ?)").params(id, role.name()).update();
		}
	}

	/** Attaches the account to an organisation with a role ({@code admin} or {@code editor}), or detaches it (null). */
	public void setOrganisation(long id, Long organisationId, String organisationRole) {
		jdbc.sql("update account_user set organisation_id = ?, organisation_role = ? where id = ?")
			.params(organisationId, organisationId == null ? null : organisationRole, id)
			.update();
	}

	/** The agents of an organisation, administrators first. */
	public List<Account> members(long organisationId) {
		return jdbc.sql(SELECT + """
				 where u.organisation_id = ? and exists (select 1 from account_user_role r where r.user_id = u.id and r.role = 'AGENT')
				order by u.organisation_role, u.display_name""")
			.param(organisationId)
			.query(AccountStore::map)
			.list();
	}

	public void setEnabled(long id, boolean enabled) {
		jdbc.sql("update account_user set enabled = ? where id = ?").params(enabled, id).update();
	}

	public void confirmEmail(long id) {
		jdbc.sql("update account_user set email_confirmed_at = coalesce(email_confirmed_at, now()) where id = ?")
			.param(id)
			.update();
	}

	public void setPassword(long id, String passwordHash) {
		jdbc.sql("update account_user set password_hash = ? where id = ?").params(passwordHash, id).update();
	}

	public void setIdentityVerified(long id) {
		jdbc.sql("update account_user set identity_verified = true where id = ?").param(id).update();
	}

	public void linkIdentity(long id, String provider, String subject) {
		jdbc.sql("insert into account_identity (provider, subject, user_id) values (?, ?, ?) on conflict do nothing")
			.params(provider, subject, id)
			.update();
	}

	private static String like(String text) {
		return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

	private static Account map(ResultSet rs, int row) throws SQLException {
		String roles = rs.getString("roles");
		Set<Role> roleSet = roles.isEmpty() ? EnumSet.noneOf(Role.class)
				: Arrays.stream(roles.split(",")).map(Role::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
		OffsetDateTime confirmed = rs.getObject("email_confirmed_at", OffsetDateTime.class);
		return new Account(rs.getLong("id"), rs.getString("email"), confirmed == null ? null : confirmed.toInstant(),
				rs.getString("password_hash"), rs.getString("display_name"), rs.getObject("organisation_id", Long.class),
				rs.getString("organisation_name"), rs.getString("organisation_role"), rs.getBoolean("identity_verified"), rs.getBoolean("enabled"), roleSet,
				rs.getObject("created_at", OffsetDateTime.class).toInstant());
	}
}
