package fr.ouvert.comment;

import java.util.List;
import java.util.Optional;

import fr.ouvert.comment.internal.CommentStore;
import fr.ouvert.kernel.markdown.Markdown;
import fr.ouvert.kernel.security.CurrentUser;
import fr.ouvert.kernel.security.Role;
import fr.ouvert.kernel.web.LinkableType;
import fr.ouvert.kernel.web.Linkables;
import fr.ouvert.kernel.web.NotFoundException;

import org.springframework.stereotype.Service;

/** What other modules ask of comments: the thread of a record. */
@Service
public class Comments {

	private final CommentStore store;
	private final Linkables linkables;
	private final Markdown markdown;

	Comments(CommentStore store, Linkables linkables, Markdown markdown) {
		this.store = store;
		this.linkables = linkables;
		this.markdown = markdown;
	}

	/** The thread of a record, as the given viewer (or an anonymous visitor) may see it. */
	public CommentThread thread(String subjectType, String subjectId, Optional<CurrentUser> viewer) {
		LinkableType.Link subject = linkables.resolve(subjectType, subjectId)
			.orElseThrow(() -> new NotFoundException("No " + subjectType + " " + subjectId));
		boolean moderates = viewer.map(v -> v.has(Role.MODERATOR) || v.has(Role.ADMIN)).orElse(false);
		List<CommentView> comments = store.bySubject(subjectType, subjectId).stream()
			.map(c -> new CommentView(c.id(), c.authorName(),
					c.hiddenAt() == null || moderates ? markdown.toHtml(c.body()) : "", c.createdAt(),
					c.hiddenAt() != null, c.hiddenReason(), moderates ? c.openReports() : 0))
			.toList();
		return new CommentThread(subjectType, subjectId, subject.path(), comments, viewer.isPresent(), moderates);
	}
}
