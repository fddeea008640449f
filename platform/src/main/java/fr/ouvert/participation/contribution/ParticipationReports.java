package fr.ouvert.participation.contribution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import fr.ouvert.kernel.audit.AuditTrail;
import fr.ouvert.kernel.opendata.PageRequest;
import fr.ouvert.kernel.security.CurrentUser;
import fr.ouvert.kernel.security.Role;
import fr.ouvert.kernel.web.BadRequestException;
import fr.ouvert.kernel.web.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reports on participation items (proposals, statements, forum threads) and their moderation: an item is
 * hidden pending review once {@code ouvert.participation.reports-before-hiding} people reported it;
 * moderators hide (with a reason) or restore, which closes its reports. Every change is audited.
 */
@Service
public class ParticipationReports {

	public static final Set<String> REASONS = Set.of("spam", "offensive", "off-topic", "personal-data", "other");
	/** Reason recorded when reports hid an item before any moderator looked at it. */
	public static final String HIDDEN_BY_REPORTS = "reports";

	/** An item of the moderation queue with its open reports. */
	public record QueueEntry(ReportableItem item, int openReports, List<String> reasons, List<String> details) {
	}

	public record Queue(List<QueueEntry> entries, long total) {
	}

	private final Map<String, ReportableItemType> types = new HashMap<>();
	private final JdbcClient jdbc;
	private final AuditTrail audit;
	private final ContributionProperties properties;

	ParticipationReports(List<ReportableItemType> itemTypes, JdbcClient jdbc, AuditTrail audit,
			ContributionProperties properties) {
		itemTypes.forEach(t -> types.put(t.type(), t));
		this.jdbc = jdbc;
		this.audit = audit;
		this.properties = properties;
	}

	/**
	 * Records a report; reporting twice counts once. Past the configured number of open reports the
	 * item is hidden pending review.
	 *
	 * @return the item, as it is after the report
	 */
	@Transactional
	public ReportableItem report(CurrentUser reporter, String itemType, long itemId, String reason, String details) {
		ReportableItem item = item(itemType, itemId);
		if (reason == null || !REASONS.contains(reason)) {
			throw new BadRequestException("reason", "must be one of spam, offensive, off-topic, personal-data, other");
		}
		String note = details == null || details.isBlank() ? null : details.strip();
		if (note != null && note.length() > 1000) {
			throw new BadRequestException("details", "1000 characters at most");
		}
		int added = jdbc.sql("""
				insert into participation_report (item_type, item_id, reporter_id, reason, details) values (?, ?, ?, ?, ?)
				on conflict (item_type, item_id, reporter_id) do nothing""")
			.params(itemType, itemId, reporter.id(), reason, note)
			.update();
		if (added == 0) {
			return item;
		}
		audit.record(reporter, "participation.report", auditType(itemType), Long.toString(itemId), null, reason);
		if (!item.hidden() && properties.reportsBeforeHiding() > 0
				&& openReports(itemType, itemId) >= properties.reportsBeforeHiding()) {
			types.get(itemType).hide(itemId, HIDDEN_BY_REPORTS);
			ReportableItem hidden = item(itemType, itemId);
			audit.recordSystem("moderation", "participation.hide", auditType(itemType), Long.toString(itemId),
					item.auditState(), hidden.auditState());
			return hidden;
		}
		return item;
	}

	/** Hides the item with the moderator's reason and closes its reports. */
	@Transactional
	public void hide(CurrentUser moderator, String itemType, long itemId, String reason) {
		requireModerator(moderator);
		ReportableItem before = item(itemType, itemId);
		types.get(itemType).hide(itemId, reason == null || reason.isBlank() ? "moderation" : reason.strip());
		resolve(itemType, itemId);
		audit.record(moderator, "participation.hide", auditType(itemType), Long.toString(itemId), before.auditState(),
				item(itemType, itemId).auditState());
	}

	/** Shows the item again (or keeps it shown) and closes its reports. */
	@Transactional
	public void restore(CurrentUser moderator, String itemType, long itemId) {
		requireModerator(moderator);
		ReportableItem before = item(itemType, itemId);
		types.get(itemType).show(itemId);
		resolve(itemType, itemId);
		audit.record(moderator, "participation.restore", auditType(itemType), Long.toString(itemId),
				before.auditState(), item(itemType, itemId).auditState());
	}

	/**
	 * The items with open reports, most reported first.
	 *
	 * @param reason only items with an open report for this reason, or {@code null}
	 * @param itemType only this type of item, or {@code null}
	 */
	public Queue queue(String reason, String itemType, PageRequest page) {
		String where = "true" + (reason == null ? "" : " and :reason = any (q.reasons)")
				+ (itemType == null ? "" : " and q.item_type = :type");
		String grouped = """
				(select item_type, item_id, count(*) as open_reports, array_agg(distinct reason) as reasons,
				        array_remove(array_agg(details order by created_at), null) as details
				 from participation_report where resolved_at is null group by item_type, item_id) q""";
		record Row(String type, long id, int openReports, List<String> reasons, List<String> details) {
		}
		List<Row> rows = jdbc.sql("select * from " + grouped + " where " + where
				+ " order by q.open_reports desc, q.item_type, q.item_id limit :limit offset :offset")
			.param("reason", reason)
			.param("type", itemType)
			.param("limit", page.pageSize())
			.param("offset", page.offset())
			.query((rs, row) -> new Row(rs.getString("item_type"), rs.getLong("item_id"), rs.getInt("open_reports"),
					List.of((String[]) rs.getArray("reasons").getArray()), List.of((String[]) rs.getArray("details").getArray())))
			.list();
		List<QueueEntry> entries = new ArrayList<>();
		for (Row row : rows) {
			Optional.ofNullable(types.get(row.type()))
				.flatMap(t -> t.find(row.id()))
				.ifPresent(item -> entries.add(new QueueEntry(item, row.openReports(), row.reasons(), row.details())));
		}
		long total = jdbc.sql("select count(*) from " + grouped + " where " + where)
			.param("reason", reason)
			.param("type", itemType)
			.query(Long.class)
			.single();
		return new Queue(entries, total);
	}

	public boolean knows(String itemType) {
		return types.containsKey(itemType);
	}

	public ReportableItem item(String itemType, long itemId) {
		ReportableItemType type = types.get(itemType);
		if (type == null) {
			throw new NotFoundException("No participation item type " + itemType);
		}
		return type.find(itemId).orElseThrow(() -> new NotFoundException("No " + itemType + " " + itemId));
	}

	private int openReports(String itemType, long itemId) {
		return jdbc.sql("""
				select count(*) from participation_report where item_type = ? and item_id = ? and resolved_at is null""")
			.params(itemType, itemId)
			.query(Integer.class)
			.single();
	}

	private void resolve(String itemType, long itemId) {
		jdbc.sql("""
				update participation_report set resolved_at = now()
				where item_type = ? and item_id = ? and resolved_at is null""")
			.params(itemType, itemId)
			.update();
	}

	private static String auditType(String itemType) {
		return "participation-" + itemType;
	}

	private static void requireModerator(CurrentUser user) {
		if (!user.has(Role.MODERATOR) && !user.has(Role.ADMIN)) {
			throw new AccessDeniedException("Moderators only");
		}
	}
}
