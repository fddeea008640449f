package fr.ouvert.catalog.spd;

import java.util.List;
import java.util.Optional;

import fr.ouvert.account.Organisation;
import fr.ouvert.account.Organisations;
import fr.ouvert.kernel.security.CurrentUser;
import fr.ouvert.kernel.security.Role;

import org.springframework.stereotype.Component;

/**
 * Who may keep a ministry's opening calendar: the agents of that ministry, and administrators for
 * any ministry. Only organisations of kind {@code ministry} have a calendar: the roadmap asks for
 * datasets "par ministère".
 */
@Component
class SpdPermissions {

	static final String MINISTRY = "ministry";

	private final Organisations organisations;

	SpdPermissions(Organisations organisations) {
		this.organisations = organisations;
	}

	/** The ministries whose calendar this person may add to. */
	List<Organisation> ministriesOf(Optional<CurrentUser> user) {
		if (user.isEmpty()) {
			return List.of();
		}
		CurrentUser u = user.get();
		if (u.has(Role.ADMIN)) {
			return organisations.all().stream().filter(o -> MINISTRY.equals(o.kind())).toList();
		}
		if (u.has(Role.AGENT) && u.organisationId() != null) {
			return organisations.find(u.organisationId()).filter(o -> MINISTRY.equals(o.kind())).stream().toList();
		}
		return List.of();
	}

	boolean canEdit(Optional<CurrentUser> user, CalendarEntry entry) {
		return user.map(u -> u.isAgentOf(entry.organisationId()) || u.has(Role.ADMIN)).orElse(false);
	}
}
