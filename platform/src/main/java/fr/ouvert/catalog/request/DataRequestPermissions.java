package fr.ouvert.catalog.request;

import java.util.Optional;

import fr.ouvert.kernel.security.CurrentUser;
import fr.ouvert.kernel.security.Role;

import org.springframework.stereotype.Component;

/**
 * Who may do what with data requests. Reading is open to all; filing and supporting need a
 * signed-in account (the security configuration sees to it); answering is for the agents of the
 * requested organisation, and for administrators, who may answer on its behalf.
 */
@Component
class DataRequestPermissions {

	boolean canAnswer(Optional<CurrentUser> user, DataRequest request) {
		return user.map(u -> u.isAgentOf(request.organisationId()) || u.has(Role.ADMIN)).orElse(false);
	}
}
