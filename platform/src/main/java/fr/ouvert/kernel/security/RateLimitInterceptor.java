package fr.ouvert.kernel.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import fr.ouvert.kernel.web.RetryLaterException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/** Applies {@link RateLimited} to controller methods. */
@Component
public class RateLimitInterceptor implements HandlerInterceptor {

	private final RateLimiter limiter;
	private final CurrentUserSource users;

	RateLimitInterceptor(RateLimiter limiter, CurrentUserSource users) {
		this.limiter = limiter;
		this.users = users;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (!(handler instanceof HandlerMethod method) || !method.hasMethodAnnotation(RateLimited.class)) {
			return true;
		}
		boolean allowed = users.current()
			.map(u -> limiter.tryAcquire(RateLimiter.Kind.USER_WRITE, Long.toString(u.id())))
			.orElseGet(() -> limiter.tryAcquire(RateLimiter.Kind.ANONYMOUS_WRITE, request.getRemoteAddr()));
		if (!allowed) {
			throw new RetryLaterException(HttpStatus.TOO_MANY_REQUESTS, "Too many requests", limiter.secondsUntilReset());
		}
		return true;
	}
}
