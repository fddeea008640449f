package fr.ouvert.kernel.security;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import fr.ouvert.kernel.config.OuvertProperties;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Fixed one-minute windows of write permits, per key (a client address for anonymous writes, an
 * account for signed-in ones). In memory: a restart resets the counters, which is acceptable for a
 * limit meant to slow down scripts, not to bill anybody.
 */
@Component
public class RateLimiter {

	/** The two kinds of limits the platform applies. */
	public enum Kind {
		ANONYMOUS_WRITE, USER_WRITE
	}

	private record Window(long minute, AtomicInteger used) {
	}

	private final Map<String, Window> windows = new ConcurrentHashMap<>();
	private final OuvertProperties.RateLimit limits;
	private final Clock clock;

	@Autowired
	public RateLimiter(OuvertProperties properties) {
		this(properties, Clock.systemUTC());
	}

	RateLimiter(OuvertProperties properties, Clock clock) {
		this.limits = properties.rateLimit();
		this.clock = clock;
	}

	/**
	 * Takes one permit.
	 * @return {@code true} if the write may proceed, {@code false} if the key used up its minute
	 */
	public boolean tryAcquire(Kind kind, String key) {
		long minute = clock.millis() / 60_000;
		if (windows.size() > 100_000) {
			windows.values().removeIf(w -> w.minute() < minute);
		}
		Window window = windows.compute(kind + ":" + key,
				(k, w) -> w == null || w.minute() != minute ? new Window(minute, new AtomicInteger()) : w);
		return window.used().incrementAndGet() <= limit(kind);
	}

	/** Seconds until the current window ends, for the {@code Retry-After} header. */
	public long secondsUntilReset() {
		return 60 - (clock.millis() / 1000) % 60;
	}

	private int limit(Kind kind) {
		return kind == Kind.ANONYMOUS_WRITE ? limits.anonymousWritesPerMinute() : limits.userWritesPerMinute();
	}
}
