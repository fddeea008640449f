package fr.ouvert.participation.contribution;

import java.util.Optional;

/**
 * A kind of participation item that people may report and moderators hide: proposals and statements
 * here, forum threads in the forum. Declare one as a bean; {@link ParticipationReports} finds them all.
 * The type is one of {@code participation_report.item_type}.
 */
public interface ReportableItemType {

	String type();

	Optional<ReportableItem> find(long id);

	/** Hides the item from the public, with the reason moderators see. */
	void hide(long id, String reason);

	/** Shows the item again. */
	void show(long id);
}
