package fr.ouvert.integrity.register.domain;

import java.util.Optional;

import fr.ouvert.kernel.security.CurrentUser;
import fr.ouvert.kernel.security.Role;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what in the register: anyone signed in registers an organisation (and becomes its declarant); only
 * its declarants and the administrators amend it and file its reports. Reading is open to all.
 */
@Component
public class RegisterPermissions {

	private final RegisterQueries queries;

	RegisterPermissions(RegisterQueries queries) {
		this.queries = queries;
	}

	public boolean canRegister(Optional<CurrentUser> user) {
		return user.isPresent();
	}

	public boolean canEdit(Optional<CurrentUser> user, long representative) {
		return user.map(u -> u.has(Role.ADMIN) || queries.isDeclarant(representative, u.id())).orElse(false);
	}

	/** @throws AccessDeniedException when the person may not edit the representative */
	public void requireEdit(CurrentUser user, long representative) {
		if (!canEdit(Optional.of(user), representative)) {
			throw new AccessDeniedException("Not a declarant of representative " + representative);
		}
	}
}
