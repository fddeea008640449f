package fr.ouvert.kernel.audit;

import java.time.OffsetDateTime;

import fr.ouvert.kernel.cli.Progress;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Walks the whole audit trail in order, recomputing each hash and checking each link to the
 * previous entry, in constant memory. Reports the first entry that does not match.
 */
@Service
public class AuditVerifier {

	/**
	 * @param firstBadEntry id of the first altered, inserted or misplaced entry; {@code null} when the chain holds
	 * @param reason why that entry fails, in English (stable, for logs and tests)
	 */
	public record Result(long checked, Long firstBadEntry, String reason) {
		public boolean intact() {
			return firstBadEntry == null;
		}
	}

	private final JdbcTemplate jdbc;

	AuditVerifier(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public Result verify(Progress progress) {
		long total = jdbc.queryForObject("select count(*) from kernel_audit_entry", Long.class);
		progress.startStage("Vérification du journal d'audit", total);
		Walk walk = new Walk(progress);
		JdbcTemplate streaming = new JdbcTemplate(jdbc.getDataSource());
		streaming.setFetchSize(1000);
		streaming.query("""
				select id, recorded_at, actor_id, actor_label, action, subject_type, subject_id, before_state,
				       after_state, previous_hash, hash
				from kernel_audit_entry order by id""", rs -> {
			if (walk.failure != null) {
				return;
			}
			Long actorId = rs.getObject("actor_id", Long.class);
			walk.check(new AuditEntry(rs.getLong("id"), rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
					actorId, rs.getString("actor_label"), rs.getString("action"),
					rs.getString("subject_type"), rs.getString("subject_id"), rs.getString("before_state"),
					rs.getString("after_state"), rs.getString("previous_hash"), rs.getString("hash")));
		});
		progress.completeStage();
		return new Result(walk.checked, walk.failure == null ? null : walk.failureId, walk.failure);
	}

	private static final class Walk {
		private final Progress progress;
		private long expectedId = 1;
		private String expectedPrevious = AuditEntry.GENESIS;
		private long checked;
		private Long failureId;
		private String failure;

		Walk(Progress progress) {
			this.progress = progress;
		}

		void check(AuditEntry entry) {
			if (entry.id() != expectedId) {
				fail(expectedId, entry.id() > expectedId ? "entry " + expectedId + " is missing"
						: "entry " + entry.id() + " is out of sequence");
			}
			else if (!entry.previousHash().equals(expectedPrevious)) {
				fail(entry.id(), "its previous_hash does not match the hash of entry " + (entry.id() - 1));
			}
			else if (!entry.computeHash().equals(entry.hash())) {
				fail(entry.id(), "its content does not match its hash (altered after it was written)");
			}
			else {
				expectedId++;
				expectedPrevious = entry.hash();
				checked++;
				progress.advance(1);
			}
		}

		private void fail(long id, String reason) {
			failureId = id;
			failure = "Entry " + id + ": " + reason;
		}
	}
}
