package fr.ouvert.account.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import fr.ouvert.account.internal.AccountStore;
import fr.ouvert.account.internal.ApiKeys;
import fr.ouvert.account.internal.OidcAccounts;
import fr.ouvert.kernel.security.RateLimiter;
import fr.ouvert.kernel.security.Role;
import fr.ouvert.kernel.security.SecurityHeaders;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Who may reach which route. Reading is open to everyone; every write needs a signed-in person,
 * except the forms that create or recover a session; {@code /admin} and {@code /moderation} need
 * the role now held in the database. Finer rules (an agent of this institution, the author of
 * that comment) are checked by each module's permission class. The route × role matrix test
 * checks all of it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfig {

	static final String SIGN_IN = "/connexion";

	/** The forms anyone may post: they are rate limited per client address. */
	static final String[] ANONYMOUS_POSTS = { SIGN_IN, "/inscription", "/inscription/renvoi", "/mot-de-passe-oublie",
			"/mot-de-passe-oublie/nouveau", "/installation" };

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, SessionUsers users, RateLimiter limiter,
			ObjectProvider<ClientRegistrationRepository> oidcProviders, OidcAccounts oidcAccounts, AccountStore accounts,
			ApiKeys apiKeys, ObjectMapper json) throws Exception {
		http.authorizeHttpRequests(routes -> routes
			.requestMatchers("/admin", "/admin/**").access(users.hasRole(Role.ADMIN))
			.requestMatchers("/moderation", "/moderation/**").access(users.hasRole(Role.MODERATOR, Role.ADMIN))
			.requestMatchers("/compte", "/compte/**").authenticated()
			.requestMatchers(HttpMethod.GET, "/**").permitAll()
			.requestMatchers(HttpMethod.HEAD, "/**").permitAll()
			.requestMatchers(HttpMethod.POST, ANONYMOUS_POSTS).permitAll()
			.requestMatchers("/error", "/error/**").permitAll()
			.anyRequest().authenticated());
		http.formLogin(form -> form.loginPage(SIGN_IN)
			.loginProcessingUrl(SIGN_IN)
			.usernameParameter("email")
			.passwordParameter("password")
			.failureHandler((request, response, e) -> response.sendRedirect(SIGN_IN + "?"
					+ (e instanceof LockedException ? "non-confirme" : e instanceof DisabledException ? "desactive" : "erreur")))
			.permitAll());
		if (oidcProviders.getIfAvailable() != null) {
			http.oauth2Login(oidc -> oidc.loginPage(SIGN_IN)
				.userInfoEndpoint(u -> u.oidcUserService(
						new AccountOidcUserService(oidcAccounts, accounts, new UserInfoClient(json))))
				.failureHandler((request, response, e) -> response.sendRedirect(SIGN_IN + "?erreur-fournisseur")));
		}
		http.logout(logout -> logout.logoutUrl("/deconnexion").logoutSuccessUrl("/"));
		http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
		http.headers(SecurityHeaders.defaults());
		http.exceptionHandling(e -> e.authenticationEntryPoint(entryPoint()));
		http.addFilterBefore(new SignInRateLimit(limiter), UsernamePasswordAuthenticationFilter.class);
		// Programs authenticate API calls with their key, one request at a time, without a session.
		http.addFilterBefore(new ApiKeyFilter(apiKeys, accounts, json), UsernamePasswordAuthenticationFilter.class);
		// No CSRF token for API calls carrying a key: a browser cannot add a custom header such as
		// X-API-KEY to a cross-site request without a CORS preflight, which this platform never
		// grants, so such a request cannot be forged from another site. Cookies alone never suffice.
		http.csrf(csrf -> csrf.ignoringRequestMatchers(ApiKeyFilter::carriesKey));
		return http.build();
	}

	/**
	 * Pages send anonymous visitors to the sign-in page; htmx requests get 401 with
	 * {@code HX-Redirect} so the whole page moves, not a fragment; API clients get a bare 401.
	 */
	private static AuthenticationEntryPoint entryPoint() {
		LoginUrlAuthenticationEntryPoint page = new LoginUrlAuthenticationEntryPoint(SIGN_IN);
		return (request, response, e) -> {
			if (request.getHeader("HX-Request") != null) {
				response.setHeader("HX-Redirect", SIGN_IN);
				response.sendError(HttpStatus.UNAUTHORIZED.value());
			}
			else if (request.getRequestURI().startsWith("/api/")) {
				response.sendError(HttpStatus.UNAUTHORIZED.value());
			}
			else {
				page.commence(request, response, e);
			}
		};
	}

	/** The password sign-in is processed by a filter, not a controller: it is rate limited here. */
	static final class SignInRateLimit extends OncePerRequestFilter {
		private final RateLimiter limiter;

		SignInRateLimit(RateLimiter limiter) {
			this.limiter = limiter;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if ("POST".equals(request.getMethod()) && (request.getContextPath() + SIGN_IN).equals(request.getRequestURI())
					&& !limiter.tryAcquire(RateLimiter.Kind.ANONYMOUS_WRITE, request.getRemoteAddr())) {
				response.setHeader("Retry-After", Long.toString(limiter.secondsUntilReset()));
				response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
				return;
			}
			chain.doFilter(request, response);
		}
	}
}
