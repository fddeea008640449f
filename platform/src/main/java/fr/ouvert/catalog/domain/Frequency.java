package fr.ouvert.catalog.domain;

import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * Update frequencies with udata's codes (Dublin Core and the EU frequency vocabulary) and the
 * delay after which a dataset is late; {@code null} for frequencies without a rhythm.
 */
public enum Frequency {
	CONTINUOUS("continuous", null),
	ONE_MINUTE("oneMinute", Duration.ofMinutes(1)),
	FIVE_MINUTES("fiveMinutes", Duration.ofMinutes(5)),
	TEN_MINUTES("tenMinutes", Duration.ofMinutes(10)),
	FIFTEEN_MINUTES("fifteenMinutes", Duration.ofMinutes(15)),
	THIRTY_MINUTES("thirtyMinutes", Duration.ofMinutes(30)),
	HOURLY("hourly", Duration.ofHours(1)),
	BIHOURLY("bihourly", Duration.ofHours(2)),
	TRIHOURLY("trihourly", Duration.ofHours(3)),
	TWELVE_HOURS("twelveHours", Duration.ofHours(12)),
	SEVERAL_TIMES_A_DAY("severalTimesADay", Duration.ofDays(1)),
	THREE_TIMES_A_DAY("threeTimesADay", Duration.ofDays(1)),
	SEMIDAILY("semidaily", Duration.ofDays(1)),
	DAILY("daily", Duration.ofDays(1)),
	FIVE_TIMES_A_WEEK("fiveTimesAWeek", Duration.ofDays(7)),
	THREE_TIMES_A_WEEK("threeTimesAWeek", Duration.ofDays(7)),
	SEMIWEEKLY("semiweekly", Duration.ofDays(7)),
	WEEKLY("weekly", Duration.ofDays(7)),
	BIWEEKLY("biweekly", Duration.ofDays(14)),
	THREE_TIMES_A_MONTH("threeTimesAMonth", Duration.ofDays(31)),
	SEMIMONTHLY("semimonthly", Duration.ofDays(31)),
	MONTHLY("monthly", Duration.ofDays(31)),
	BIMONTHLY("bimonthly", Duration.ofDays(31 * 2)),
	QUARTERLY("quarterly", Duration.ofDays(31 * 3)),
	THREE_TIMES_A_YEAR("threeTimesAYear", Duration.ofDays(365)),
	SEMIANNUAL("semiannual", Duration.ofDays(365)),
	ANNUAL("annual", Duration.ofDays(365)),
	BIENNIAL("biennial", Duration.ofDays(365 * 2)),
	TRIENNIAL("triennial", Duration.ofDays(365 * 3)),
	QUADRENNIAL("quadrennial", Duration.ofDays(365 * 4)),
	QUINQUENNIAL("quinquennial", Duration.ofDays(365 * 5)),
	DECENNIAL("decennial", Duration.ofDays(365 * 10)),
	BIDECENNIAL("bidecennial", Duration.ofDays(365 * 20)),
	TRIDECENNIAL("tridecennial", Duration.ofDays(365 * 30)),
	PUNCTUAL("punctual", null),
	IRREGULAR("irregular", null),
	NEVER("never", null),
	NOT_PLANNED("notPlanned", null),
	OTHER("other", null),
	UNKNOWN("unknown", null);

	/** Codes udata still accepts from older records. */
	private static final Map<String, Frequency> LEGACY = Map.of("realtime", CONTINUOUS, "fourTimesADay",
			SEVERAL_TIMES_A_DAY, "fourTimesAWeek", OTHER, "fortnighly", BIWEEKLY, "biannual", SEMIANNUAL);

	private final String code;
	private final Duration delta;

	Frequency(String code, Duration delta) {
		this.code = code;
		this.delta = delta;
	}

	public String code() {
		return code;
	}

	/** How long after an update the next one is due, or empty when the frequency sets no rhythm. */
	public Optional<Duration> delta() {
		return Optional.ofNullable(delta);
	}

	public static Optional<Frequency> of(String code) {
		if (code == null) {
			return Optional.empty();
		}
		return Arrays.stream(values())
			.filter(f -> f.code.equals(code))
			.findFirst()
			.or(() -> Optional.ofNullable(LEGACY.get(code)));
	}
}
