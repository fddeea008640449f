package fr.ouvert.catalog.domain;

import java.util.Optional;

import fr.ouvert.kernel.security.CurrentUser;
import fr.ouvert.kernel.security.Role;

import org.springframework.stereotype.Component;

/**
 * Who may do what in the catalog: the agents of an organisation edit its datasets, reuses and
 * harvest sources; administrators edit everything and alone grant badges. A non-public dataset is
 * seen by its organisation and administrators only.
 */
@Component
public class CatalogPermissions {

	/** Whether the person publishes for some organisation: an agent of one, or an administrator. */
	public boolean canPublish(Optional<CurrentUser> user) {
		return user.map(u -> u.has(Role.ADMIN) || (u.has(Role.AGENT) && u.organisationId() != null)).orElse(false);
	}

	public boolean canPublishFor(Optional<CurrentUser> user, long organisationId) {
		return user.map(u -> u.has(Role.ADMIN) || u.isAgentOf(organisationId)).orElse(false);
	}

	public boolean canEdit(Optional<CurrentUser> user, Dataset dataset) {
		return !"platform".equals(dataset.origin()) && canPublishFor(user, dataset.organisationId());
	}

	public boolean canSee(Optional<CurrentUser> user, Dataset dataset) {
		return dataset.isPublic() || canPublishFor(user, dataset.organisationId());
	}

	public boolean canGrantBadges(Optional<CurrentUser> user) {
		return user.map(u -> u.has(Role.ADMIN)).orElse(false);
	}
}
