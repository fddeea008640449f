package fr.ouvert.participation.forum;

import java.util.List;
import java.util.Optional;

import fr.ouvert.kernel.web.LinkableType;
import fr.ouvert.kernel.web.NavEntry;
import fr.ouvert.kernel.web.OuvertModule;

import org.springframework.stereotype.Component;

/**
 * What the dialogue forum plugs into the platform: its navigation entry, and its threads as records
 * the comment module attaches replies to (a hidden thread takes none).
 */
@Component
class ForumModule implements OuvertModule {

	private final ForumStore store;

	ForumModule(ForumStore store) {
		this.store = store;
	}

	@Override
	public int order() {
		return 45;
	}

	@Override
	public List<NavEntry> navigation() {
		return List.of(new NavEntry("forum.nav", "forum.nav.description", "/forums"));
	}

	@Override
	public List<LinkableType> linkableTypes() {
		return List.of(new LinkableType(ForumThread.LINKABLE_TYPE, id -> {
			if (!id.matches("\\d{1,18}")) {
				return Optional.empty();
			}
			return store.thread(Long.parseLong(id))
				.filter(t -> !t.hidden())
				.map(t -> new LinkableType.Link(ForumThread.LINKABLE_TYPE, id, t.title(), t.path()));
		}));
	}
}
