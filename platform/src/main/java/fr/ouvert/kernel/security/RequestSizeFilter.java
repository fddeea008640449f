package fr.ouvert.kernel.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import fr.ouvert.kernel.config.OuvertProperties;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses with 413 any request body announced larger than {@code ouvert.max-request-size}, before
 * anything reads it. File uploads (multipart) have their own, larger limits
 * ({@code spring.servlet.multipart.*}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestSizeFilter extends OncePerRequestFilter {

	private final long maxBytes;

	RequestSizeFilter(OuvertProperties properties) {
		this.maxBytes = properties.maxRequestSize().toBytes();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String type = request.getContentType();
		boolean multipart = type != null && type.toLowerCase().startsWith("multipart/");
		if (!multipart && request.getContentLengthLong() > maxBytes) {
			response.sendError(HttpStatus.CONTENT_TOO_LARGE.value(),
					"Request body larger than " + maxBytes + " bytes");
			return;
		}
		chain.doFilter(request, response);
	}
}
