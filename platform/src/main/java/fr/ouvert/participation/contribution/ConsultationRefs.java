package fr.ouvert.participation.contribution;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import fr.ouvert.kernel.web.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the published consultations contributions go to; drafts do not exist for participants. */
@Repository
public class ConsultationRefs {

	private static final String SELECT = """
			select id, slug, title, organisation_id, contribution_types, requires_verified, follow_ups_published_at
			from participation_consultation where published_at is not null and""";

	private final JdbcClient jdbc;

	ConsultationRefs(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<ConsultationRef> bySlug(String slug) {
		return jdbc.sql(SELECT + " slug = ?").param(slug).query(ConsultationRefs::map).optional();
	}

	public Optional<ConsultationRef> byId(long id) {
		return jdbc.sql(SELECT + " id = ?").param(id).query(ConsultationRefs::map).optional();
	}

	/** The consultation of this slug, or 404. */
	public ConsultationRef require(String slug) {
		return bySlug(slug).orElseThrow(() -> new NotFoundException("No published consultation " + slug));
	}

	private static ConsultationRef map(ResultSet rs, int row) throws SQLException {
		Array types = rs.getArray("contribution_types");
		return new ConsultationRef(rs.getLong("id"), rs.getString("slug"), rs.getString("title"),
				rs.getLong("organisation_id"), List.copyOf(Arrays.asList((String[]) types.getArray())),
				rs.getBoolean("requires_verified"), instant(rs, "follow_ups_published_at"));
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}
}
