package fr.ouvert.kernel.security;

import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;

/** Who is signed in on the current request; implemented by the accounts module. */
public interface CurrentUserSource {

	Optional<CurrentUser> current();

	/** The signed-in person, or an {@link AccessDeniedException} (answered 403) when nobody is. */
	default CurrentUser require() {
		return current().orElseThrow(() -> new AccessDeniedException("Sign-in required"));
	}
}
