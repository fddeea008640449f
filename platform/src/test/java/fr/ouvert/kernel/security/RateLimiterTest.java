package fr.ouvert.kernel.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import fr.ouvert.kernel.config.OuvertProperties;
import org.junit.jupiter.api.Test;

import org.springframework.util.unit.DataSize;

class RateLimiterTest {

	private static OuvertProperties limits(int anonymous, int user) {
		return new OuvertProperties(Path.of("."), "http://localhost", new OuvertProperties.EmbeddedDb(0, null),
				new OuvertProperties.RateLimit(anonymous, user), new OuvertProperties.Mail("x@example.fr"),
				DataSize.ofMegabytes(1), new OuvertProperties.OpenData(4));
	}

	private static final class MovableClock extends Clock {
		Instant now = Instant.parse("2026-11-26T10:00:05Z");

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}
	}

	@Test
	void allowsTheConfiguredNumberOfWritesPerMinuteAndKey() {
		MovableClock clock = new MovableClock();
		RateLimiter limiter = new RateLimiter(limits(3, 5), clock);
		for (int i = 0; i < 3; i++) {
			assertThat(limiter.tryAcquire(RateLimiter.Kind.ANONYMOUS_WRITE, "192.0.2.1")).isTrue();
		}
		assertThat(limiter.tryAcquire(RateLimiter.Kind.ANONYMOUS_WRITE, "192.0.2.1")).isFalse();
		assertThat(limiter.tryAcquire(RateLimiter.Kind.ANONYMOUS_WRITE, "192.0.2.2")).as("another address").isTrue();
		assertThat(limiter.tryAcquire(RateLimiter.Kind.USER_WRITE, "192.0.2.1")).as("another kind").isTrue();
		assertThat(limiter.secondsUntilReset()).isEqualTo(55);
	}

	@Test
	void theNextMinuteStartsAfresh() {
		MovableClock clock = new MovableClock();
		RateLimiter limiter = new RateLimiter(limits(1, 1), clock);
		assertThat(limiter.tryAcquire(RateLimiter.Kind.USER_WRITE, "42")).isTrue();
		assertThat(limiter.tryAcquire(RateLimiter.Kind.USER_WRITE, "42")).isFalse();
		clock.now = clock.now.plusSeconds(60);
		assertThat(limiter.tryAcquire(RateLimiter.Kind.USER_WRITE, "42")).isTrue();
	}
}
