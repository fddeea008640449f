package fr.ouvert.participation.forum;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import fr.ouvert.comment.CommentPosted;
import fr.ouvert.comment.CommentRow;
import fr.ouvert.comment.Comments;
import fr.ouvert.kernel.config.OuvertProperties;
import fr.ouvert.kernel.mail.Mailer;
import fr.ouvert.participation.forum.ForumSubscriptions.Recipient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Mails the followers of an axis when a thread opens in it, and the followers of a thread when a
 * reply is posted — never the author of what is announced. Mails leave after the commit, one at a
 * time and in order on a thread of their own, so a slow SMTP server never holds a page; a failed
 * mail is logged and the others still go. A mail names the author by their shown name and carries
 * no address but the recipient's.
 */
@Component
class ForumNotifications implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(ForumNotifications.class);
	/** Characters of the announced text quoted in the mail. */
	private static final int EXCERPT = 1000;

	private final ForumStore store;
	private final ForumSubscriptions subscriptions;
	private final Comments comments;
	private final Mailer mailer;
	private final MessageSource messages;
	private final String baseUrl;
	private final ExecutorService sender = Executors.newSingleThreadExecutor(task -> {
		Thread thread = new Thread(task, "forum-notifications");
		thread.setDaemon(true);
		return thread;
	});

	ForumNotifications(ForumStore store, ForumSubscriptions subscriptions, Comments comments, Mailer mailer,
			MessageSource messages, OuvertProperties properties) {
		this.store = store;
		this.subscriptions = subscriptions;
		this.comments = comments;
		this.mailer = mailer;
		this.messages = messages;
		this.baseUrl = properties.baseUrl();
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void on(ThreadOpened opened) {
		store.thread(opened.threadId()).ifPresent(thread -> send(subscriptions.followersOfAxis(opened.axisId(), opened.authorId()),
				"forum.mail.thread", new Object[] { oneLine(thread.axisTitle()) }, new Object[] { thread.authorName(),
						thread.title(), thread.axisTitle(), excerpt(thread.body()), baseUrl + thread.path() }));
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void on(CommentPosted posted) {
		if (!posted.subjectType().equals(ForumThread.LINKABLE_TYPE)) {
			return;
		}
		ForumThread thread = store.thread(Long.parseLong(posted.subjectId())).orElse(null);
		CommentRow reply = comments.comment(posted.commentId()).orElse(null);
		if (thread == null || reply == null || reply.hidden()) {
			return;
		}
		send(subscriptions.followersOfThread(thread.id(), posted.authorId()), "forum.mail.reply",
				new Object[] { oneLine(thread.title()) }, new Object[] { reply.authorName(), thread.title(),
						excerpt(reply.body()), baseUrl + thread.path() + "#commentaire-" + reply.id() });
	}

	/** The body's arguments are followed by the address where subscriptions are managed. */
	private void send(List<Recipient> recipients, String key, Object[] subjectArguments, Object[] bodyArguments) {
		if (recipients.isEmpty()) {
			return;
		}
		Object[] body = Arrays.copyOf(bodyArguments, bodyArguments.length + 1);
		body[bodyArguments.length] = baseUrl + "/forums/abonnements";
		sender.execute(() -> {
			for (Recipient recipient : recipients) {
				try {
					mailer.send(recipient.email(), messages.getMessage(key + ".subject", subjectArguments, recipient.locale()),
							messages.getMessage(key + ".body", body, recipient.locale()));
				}
				catch (RuntimeException e) {
					log.warn("Forum notification {} to account {} not sent: {}", key, recipient.accountId(), e.getMessage());
				}
			}
		});
	}

	private static String excerpt(String text) {
		return text.length() <= EXCERPT ? text : text.substring(0, EXCERPT) + " […]";
	}

	/** A title as a mail subject: one line. */
	private static String oneLine(String text) {
		return text.replaceAll("\\s+", " ");
	}

	@Override
	public void destroy() {
		sender.shutdown();
	}
}
