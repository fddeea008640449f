package fr.ouvert.participation.forum;

import java.util.Optional;

import fr.ouvert.participation.contribution.ReportableItem;
import fr.ouvert.participation.contribution.ReportableItemType;

import org.springframework.stereotype.Component;

/** Forum threads as participation items: reported, hidden and restored by the participation reports. */
@Component
class ReportableForumThreads implements ReportableItemType {

	private final ForumStore store;

	ReportableForumThreads(ForumStore store) {
		this.store = store;
	}

	@Override
	public String type() {
		return ForumThread.REPORT_TYPE;
	}

	@Override
	public Optional<ReportableItem> find(long id) {
		return store.thread(id).map(t -> new ReportableItem(type(), id, t.title(), t.body(), t.authorName(), t.path(),
				t.hiddenAt(), t.hiddenReason()));
	}

	@Override
	public void hide(long id, String reason) {
		store.hideThread(id, reason);
	}

	@Override
	public void show(long id) {
		store.showThread(id);
	}
}
