/**
 * Public comments on any record a module declares linkable, with reports by signed-in people,
 * automatic hiding after a number of reports, and a moderation queue. Modules show a thread with
 * {@link fr.ouvert.comment.Comments#thread} and the {@code comment/thread} template.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Comments")
package fr.ouvert.comment;
