package fr.ouvert.kernel.web;

import org.springframework.http.HttpStatus;

/**
 * The request may succeed later: a rate limit is reached (429) or a shared resource is fully used
 * (503). Answered with that status and {@code Retry-After}.
 */
public class RetryLaterException extends RuntimeException {

	private final HttpStatus status;
	private final long retryAfterSeconds;

	public RetryLaterException(HttpStatus status, String message, long retryAfterSeconds) {
		super(message);
		this.status = status;
		this.retryAfterSeconds = retryAfterSeconds;
	}

	public HttpStatus status() {
		return status;
	}

	public long retryAfterSeconds() {
		return retryAfterSeconds;
	}
}
