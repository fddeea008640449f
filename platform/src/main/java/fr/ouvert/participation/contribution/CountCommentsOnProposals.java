package fr.ouvert.participation.contribution;

import fr.ouvert.comment.CommentPosted;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the comment count on the proposal row, in the transaction that posts the comment, so that lists
 * and open data never count comments on the fly.
 */
@Component
class CountCommentsOnProposals {

	private final JdbcClient jdbc;

	CountCommentsOnProposals(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void on(CommentPosted posted) {
		if (Proposal.LINKABLE_TYPE.equals(posted.subjectType()) && posted.subjectId().matches("\\d{1,18}")) {
			jdbc.sql("update participation_proposal set comment_count = comment_count + 1 where id = ?")
				.param(Long.parseLong(posted.subjectId()))
				.update();
		}
	}
}
