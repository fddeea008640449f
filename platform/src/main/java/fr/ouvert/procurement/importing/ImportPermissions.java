package fr.ouvert.procurement.importing;

import java.util.Optional;

import fr.ouvert.kernel.security.CurrentUser;
import fr.ouvert.kernel.security.Role;

import org.springframework.stereotype.Component;

/**
 * Who sees and acts on imports. Imports in the store and their reports are public; a buyer's upload waiting for
 * confirmation (or discarded) is seen by the agents of its organisation and by administrators, and only those
 * agents confirm or discard it.
 */
@Component
public class ImportPermissions {

	public boolean canSee(Optional<CurrentUser> user, ImportReports.ImportSummary summary) {
		if ("done".equals(summary.status())) {
			return true;
		}
		return user.map(u -> u.has(Role.ADMIN) || isPublisher(u, summary)).orElse(false);
	}

	public boolean canDecide(CurrentUser user, ImportReports.ImportSummary summary) {
		return "pending".equals(summary.status()) && isPublisher(user, summary);
	}

	private static boolean isPublisher(CurrentUser user, ImportReports.ImportSummary summary) {
		return summary.organisationId() != null && user.isAgentOf(summary.organisationId());
	}
}
