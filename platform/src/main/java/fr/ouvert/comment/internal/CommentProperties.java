package fr.ouvert.comment.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code ouvert.comments.*}.
 *
 * @param hideAfterReports a comment is hidden pending review once this many people reported it
 *            (0: never hidden automatically)
 * @param maxLength longest comment accepted, in characters
 * @param pageSize comments on the record itself per page of a thread, each shown with all its replies
 */
@ConfigurationProperties("ouvert.comments")
public record CommentProperties(@DefaultValue("3") int hideAfterReports, @DefaultValue("5000") int maxLength,
		@DefaultValue("50") int pageSize) {
}
