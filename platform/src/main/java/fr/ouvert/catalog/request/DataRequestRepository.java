package fr.ouvert.catalog.request;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes the data requests and their supports. */
@Repository
class DataRequestRepository {

	/** Filters of the list; {@code null} means "any". */
	record Filter(DataRequestStatus status, Long organisationId) {
	}

	private static final String SELECT = """
			select r.*, (select count(*) from catalog_data_request_support s where s.request_id = r.id) as support_count
			from catalog_data_request r""";

	private final JdbcClient jdbc;

	DataRequestRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(String title, String description, long organisationId, String organisationName, long requesterId,
			RequesterKind kind) {
		return jdbc.sql("""
				insert into catalog_data_request (title, description, organisation_id, organisation_name, requester_id,
				    requester_kind)
				values (?, ?, ?, ?, ?, ?) returning id""")
			.params(title, description, organisationId, organisationName, requesterId, kind.code())
			.query(Long.class)
			.single();
	}

	Optional<DataRequest> find(long id) {
		return jdbc.sql(SELECT + " where r.id = ?").param(id).query(DataRequestRepository::map).optional();
	}

	List<DataRequest> list(Filter filter, long offset, int limit) {
		List<Object> params = new ArrayList<>(parameters(filter));
		params.add(limit);
		params.add(offset);
		return jdbc.sql(SELECT + where(filter) + " order by r.created_at desc, r.id desc limit ? offset ?")
			.params(params)
			.query(DataRequestRepository::map)
			.list();
	}

	long count(Filter filter) {
		return jdbc.sql("select count(*) from catalog_data_request r" + where(filter))
			.params(parameters(filter))
			.query(Long.class)
			.single();
	}

	/** How many requests are in each status, for an organisation or for all ({@code null}). */
	Map<DataRequestStatus, Long> countsByStatus(Long organisationId) {
		Map<DataRequestStatus, Long> counts = new EnumMap<>(DataRequestStatus.class);
		for (DataRequestStatus status : DataRequestStatus.values()) {
			counts.put(status, 0L);
		}
		Filter filter = new Filter(null, organisationId);
		jdbc.sql("select r.status, count(*) as n from catalog_data_request r" + where(filter) + " group by r.status")
			.params(parameters(filter))
			.query(rs -> {
				counts.put(DataRequestStatus.fromCode(rs.getString("status")), rs.getLong("n"));
			});
		return counts;
	}

	List<DataRequestQueries.Requested> requestedOrganisations() {
		return jdbc.sql("""
				select distinct on (organisation_id) organisation_id as id, organisation_name as name
				from catalog_data_request order by organisation_id, created_at desc""")
			.query(DataRequestQueries.Requested.class)
			.list()
			.stream()
			.sorted((a, b) -> a.name().compareToIgnoreCase(b.name()))
			.toList();
	}

	/** Adds the account's support; {@code false} when it was already there. */
	boolean addSupport(long requestId, long accountId) {
		boolean added = jdbc.sql("""
				insert into catalog_data_request_support (request_id, account_id) values (?, ?)
				on conflict do nothing""")
			.params(requestId, accountId)
			.update() == 1;
		if (added) {
			touch(requestId);
		}
		return added;
	}

	/** Removes the account's support; {@code false} when there was none. */
	boolean removeSupport(long requestId, long accountId) {
		boolean removed = jdbc.sql("delete from catalog_data_request_support where request_id = ? and account_id = ?")
			.params(requestId, accountId)
			.update() == 1;
		if (removed) {
			touch(requestId);
		}
		return removed;
	}

	boolean supports(long requestId, long accountId) {
		return jdbc.sql("select exists (select 1 from catalog_data_request_support where request_id = ? and account_id = ?)")
			.params(requestId, accountId)
			.query(Boolean.class)
			.single();
	}

	void answer(long id, DataRequestStatus status, LocalDate plannedDate, LegalGround ground, String existingUrl,
			String answer, long organisationId, String organisationName) {
		jdbc.sql("""
				update catalog_data_request set status = ?, planned_date = ?, legal_ground = ?, existing_url = ?, answer = ?,
				    answered_at = now(), answering_organisation_id = ?, answering_organisation_name = ?, updated_at = now()
				where id = ?""")
			.params(status.code(), plannedDate, ground == null ? null : ground.code(), existingUrl, answer, organisationId,
					organisationName, id)
			.update();
	}

	private void touch(long requestId) {
		jdbc.sql("update catalog_data_request set updated_at = now() where id = ?").param(requestId).update();
	}

	private static String where(Filter filter) {
		List<String> conditions = new ArrayList<>();
		if (filter.status() != null) {
			conditions.add("r.status = ?");
		}
		if (filter.organisationId() != null) {
			conditions.add("r.organisation_id = ?");
		}
		return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
	}

	private static List<Object> parameters(Filter filter) {
		List<Object> params = new ArrayList<>();
		if (filter.status() != null) {
			params.add(filter.status().code());
		}
		if (filter.organisationId() != null) {
			params.add(filter.organisationId());
		}
		return params;
	}

	private static DataRequest map(ResultSet rs, int row) throws SQLException {
		String ground = rs.getString("legal_ground");
		OffsetDateTime answeredAt = rs.getObject("answered_at", OffsetDateTime.class);
		return new DataRequest(rs.getLong("id"), rs.getString("title"), rs.getString("description"),
				rs.getLong("organisation_id"), rs.getString("organisation_name"),
				RequesterKind.fromCode(rs.getString("requester_kind")), DataRequestStatus.fromCode(rs.getString("status")),
				rs.getObject("planned_date", LocalDate.class), ground == null ? null : LegalGround.fromCode(ground),
				rs.getString("existing_url"), rs.getString("answer"), answeredAt == null ? null : answeredAt.toInstant(),
				rs.getString("answering_organisation_name"), rs.getInt("support_count"),
				rs.getObject("created_at", OffsetDateTime.class).toInstant());
	}
}
