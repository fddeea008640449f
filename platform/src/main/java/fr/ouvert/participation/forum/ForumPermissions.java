package fr.ouvert.participation.forum;

import java.util.Optional;

import fr.ouvert.kernel.security.CurrentUser;
import fr.ouvert.kernel.security.Role;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what in the forum. Reading is open to all; agents and administrators create forums;
 * a forum's axes, their continuation and restitutions belong to the agents of the organisation that
 * created it (and administrators); anyone signed in opens threads, replies, follows and reports.
 */
@Component
public class ForumPermissions {

	public boolean canCreateForum(Optional<CurrentUser> user) {
		return user.map(u -> u.has(Role.ADMIN) || u.has(Role.AGENT) && u.organisationId() != null).orElse(false);
	}

	public boolean canManage(Optional<CurrentUser> user, Forum forum) {
		return user.map(u -> u.has(Role.ADMIN) || forum.organisationId() != null && u.isAgentOf(forum.organisationId()))
			.orElse(false);
	}

	public boolean canModerate(Optional<CurrentUser> user) {
		return user.map(u -> u.has(Role.MODERATOR) || u.has(Role.ADMIN)).orElse(false);
	}

	public void requireCreateForum(CurrentUser user) {
		if (!canCreateForum(Optional.of(user))) {
			throw new AccessDeniedException("Only agents of an organisation and administrators create forums");
		}
	}

	void requireManage(CurrentUser user, Forum forum) {
		if (!canManage(Optional.of(user), forum)) {
			throw new AccessDeniedException("Only agents of " + forum.organisationName() + " and administrators manage " + forum.slug());
		}
	}
}
