package fr.ouvert.kernel.web;

/** A shared resource is fully used for now: answered 503 with {@code Retry-After}. */
public class ServiceBusyException extends RuntimeException {

	private final long retryAfterSeconds;

	public ServiceBusyException(String message, long retryAfterSeconds) {
		super(message);
		this.retryAfterSeconds = retryAfterSeconds;
	}

	public long retryAfterSeconds() {
		return retryAfterSeconds;
	}
}
