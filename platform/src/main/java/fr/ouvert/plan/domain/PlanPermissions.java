package fr.ouvert.plan.domain;

import java.util.Optional;
import java.util.stream.Stream;

import fr.ouvert.kernel.security.CurrentUser;

import org.springframework.stereotype.Component;

/**
 * Who may do what in the plan tracker. Reading is open to all. Updating an action's status is for
 * the agents of an institution that carries its commitment — or, for a ministry-specific
 * engagement, of a ministry that made it. Administrators and moderators have no say on the
 * progress of the plan: it is the carrying institutions' own account.
 */
@Component
public class PlanPermissions {

	public boolean canUpdate(Optional<CurrentUser> user, Commitment commitment, Action action) {
		return user.filter(u -> u.organisationId() != null)
			.map(u -> Stream.concat(commitment.carriers().stream(), action.engagedBy().stream())
				.anyMatch(institution -> u.isAgentOf(institution.organisationId())))
			.orElse(false);
	}
}
