package fr.ouvert.account.web;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import fr.ouvert.account.internal.Account;
import fr.ouvert.account.internal.AccountStore;
import fr.ouvert.account.internal.ApiKeys;
import fr.ouvert.kernel.web.ApiError;
import tools.jackson.databind.ObjectMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in, for one request only, the account whose API key comes in {@code X-API-KEY} on an
 * {@code /api/} request. Nothing is kept in a session: each call carries its key. An unknown key,
 * or the key of a disabled account, gets 401 at once rather than being treated as anonymous, so
 * that a program learns its key is wrong.
 */
final class ApiKeyFilter extends OncePerRequestFilter {

	static final String HEADER = "X-API-KEY";

	private final ApiKeys keys;
	private final AccountStore accounts;
	private final ObjectMapper json;

	ApiKeyFilter(ApiKeys keys, AccountStore accounts, ObjectMapper json) {
		this.keys = keys;
		this.accounts = accounts;
		this.json = json;
	}

	static boolean carriesKey(HttpServletRequest request) {
		return request.getHeader(HEADER) != null && request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !carriesKey(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Optional<Account> account = keys.use(request.getHeader(HEADER)).flatMap(accounts::find).filter(Account::enabled);
		if (account.isEmpty()) {
			response.setStatus(HttpStatus.UNAUTHORIZED.value());
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			json.writeValue(response.getOutputStream(), new ApiError("Invalid API key", 401, null));
			return;
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
				new ApiKeyPrincipal(account.get().id()), null, AccountUserDetailsService.authorities(account.get())));
		SecurityContextHolder.setContext(context);
		chain.doFilter(request, response);
	}
}
