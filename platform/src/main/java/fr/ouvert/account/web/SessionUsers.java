package fr.ouvert.account.web;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import fr.ouvert.account.internal.Account;
import fr.ouvert.account.internal.AccountStore;
import fr.ouvert.kernel.security.CurrentUser;
import fr.ouvert.kernel.security.CurrentUserSource;
import fr.ouvert.kernel.security.Role;

import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The signed-in person, read from the database once per request (cached in the request): a role
 * removed or an account disabled by an administrator takes effect on the next request, not at the
 * next sign-in. Route rules use {@link #hasRole} for the same reason.
 */
@Component
class SessionUsers implements CurrentUserSource {

	private static final String CACHE = SessionUsers.class.getName() + ".current";

	private final AccountStore accounts;

	SessionUsers(AccountStore accounts) {
		this.accounts = accounts;
	}

	@Override
	@SuppressWarnings("unchecked")
	public Optional<CurrentUser> current() {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null && request.getAttribute(CACHE, RequestAttributes.SCOPE_REQUEST) instanceof Optional<?> cached) {
			return (Optional<CurrentUser>) cached;
		}
		Optional<CurrentUser> user = load(SecurityContextHolder.getContext().getAuthentication());
		if (request != null) {
			request.setAttribute(CACHE, user, RequestAttributes.SCOPE_REQUEST);
		}
		return user;
	}

	private Optional<CurrentUser> load(Authentication authentication) {
		if (authentication == null || !(authentication.getPrincipal() instanceof AccountPrincipal principal)) {
			return Optional.empty();
		}
		return accounts.find(principal.accountId()).filter(Account::enabled).map(Account::toCurrentUser);
	}

	/** A route rule: the person holds this role now. */
	AuthorizationManager<RequestAuthorizationContext> hasRole(Role... roles) {
		return (authentication, context) -> {
			HttpServletRequest request = context.getRequest();
			Optional<CurrentUser> user = load(authentication.get());
			request.setAttribute(CACHE, user);
			boolean granted = user.map(u -> java.util.Arrays.stream(roles).anyMatch(u::has)).orElse(false);
			return new AuthorizationDecision(granted);
		};
	}
}
