package fr.ouvert.comment;

/**
 * A comment or a reply was stored. Published inside the posting transaction: listeners that send
 * anything (mail) wait for the commit.
 *
 * @param parentId the comment it answers, or {@code null} for a comment on the subject itself
 */
public record CommentPosted(String subjectType, String subjectId, long commentId, Long parentId, long authorId) {
}
