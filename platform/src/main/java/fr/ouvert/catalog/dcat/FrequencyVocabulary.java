package fr.ouvert.catalog.dcat;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import fr.ouvert.catalog.domain.Frequency;

/**
 * Update frequencies between udata's codes and the vocabularies catalogs use: the EU frequency
 * authority table (written and read), Dublin Core's {@code purl.org/cld/freq} and ISO 19115
 * maintenance codes (read; their names are udata codes or close to them).
 */
public final class FrequencyVocabulary {

	public static final String EU = "http://publications.europa.eu/resource/authority/frequency/";

	private static final Map<Frequency, String> TO_EU = new EnumMap<>(Frequency.class);

	private static final Map<String, Frequency> FROM_EU = new HashMap<>();

	/** ISO 19115 {@code MD_MaintenanceFrequencyCode} names (INSPIRE, CSW, DKAN) that differ from udata's. */
	private static final Map<String, Frequency> ISO = Map.of("continual", Frequency.CONTINUOUS, "fortnightly",
			Frequency.BIWEEKLY, "biannually", Frequency.SEMIANNUAL, "annually", Frequency.ANNUAL, "asneeded",
			Frequency.IRREGULAR);

	static {
		eu(Frequency.CONTINUOUS, "CONT");
		eu(Frequency.ONE_MINUTE, "1MIN");
		eu(Frequency.FIVE_MINUTES, "5MIN");
		eu(Frequency.TEN_MINUTES, "10MIN");
		eu(Frequency.FIFTEEN_MINUTES, "15MIN");
		eu(Frequency.THIRTY_MINUTES, "30MIN");
		eu(Frequency.HOURLY, "HOURLY");
		eu(Frequency.BIHOURLY, "BIHOURLY");
		eu(Frequency.TRIHOURLY, "TRIHOURLY");
		eu(Frequency.TWELVE_HOURS, "12HRS");
		eu(Frequency.SEMIDAILY, "DAILY_2");
		eu(Frequency.DAILY, "DAILY");
		eu(Frequency.FIVE_TIMES_A_WEEK, "WEEKLY_5");
		eu(Frequency.THREE_TIMES_A_WEEK, "WEEKLY_3");
		eu(Frequency.SEMIWEEKLY, "WEEKLY_2");
		eu(Frequency.WEEKLY, "WEEKLY");
		eu(Frequency.BIWEEKLY, "BIWEEKLY");
		eu(Frequency.THREE_TIMES_A_MONTH, "MONTHLY_3");
		eu(Frequency.SEMIMONTHLY, "MONTHLY_2");
		eu(Frequency.MONTHLY, "MONTHLY");
		eu(Frequency.BIMONTHLY, "BIMONTHLY");
		eu(Frequency.QUARTERLY, "QUARTERLY");
		eu(Frequency.THREE_TIMES_A_YEAR, "ANNUAL_3");
		eu(Frequency.SEMIANNUAL, "ANNUAL_2");
		eu(Frequency.ANNUAL, "ANNUAL");
		eu(Frequency.BIENNIAL, "BIENNIAL");
		eu(Frequency.TRIENNIAL, "TRIENNIAL");
		eu(Frequency.QUADRENNIAL, "QUADRENNIAL");
		eu(Frequency.QUINQUENNIAL, "QUINQUENNIAL");
		eu(Frequency.DECENNIAL, "DECENNIAL");
		eu(Frequency.BIDECENNIAL, "BIDECENNIAL");
		eu(Frequency.TRIDECENNIAL, "TRIDECENNIAL");
		eu(Frequency.IRREGULAR, "IRREG");
		eu(Frequency.NEVER, "NEVER");
		eu(Frequency.NOT_PLANNED, "NOT_PLANNED");
		eu(Frequency.OTHER, "OTHER");
		eu(Frequency.UNKNOWN, "UNKNOWN");
		// EU terms without a udata code of their own
		FROM_EU.put("UPDATE_CONT", Frequency.CONTINUOUS);
		FROM_EU.put("AS_NEEDED", Frequency.IRREGULAR);
		FROM_EU.put("OP_DATPRO", Frequency.OTHER);
		FROM_EU.put("SEXENNIAL", Frequency.OTHER);
	}

	private FrequencyVocabulary() {
	}

	private static void eu(Frequency frequency, String code) {
		TO_EU.put(frequency, code);
		FROM_EU.put(code, frequency);
	}

	/**
	 * The EU authority URI of a frequency; empty for udata's {@code severalTimesADay},
	 * {@code threeTimesADay} and {@code punctual}, which the EU table lacks.
	 */
	public static Optional<String> euUri(Frequency frequency) {
		return Optional.ofNullable(TO_EU.get(frequency)).map(code -> EU + code);
	}

	/**
	 * The frequency named by a URI (EU, Dublin Core, INSPIRE, or any URI ending with a udata code)
	 * or by a bare term ({@code daily}, {@code asNeeded}, {@code WEEKLY}).
	 */
	public static Optional<Frequency> parse(String uriOrTerm) {
		if (uriOrTerm == null || uriOrTerm.isBlank()) {
			return Optional.empty();
		}
		String term = lastSegment(uriOrTerm.strip());
		if (FROM_EU.containsKey(term)) {
			return Optional.of(FROM_EU.get(term));
		}
		Optional<Frequency> udata = Frequency.of(term);
		if (udata.isPresent()) {
			return udata;
		}
		String lower = term.toLowerCase(Locale.ROOT);
		if (ISO.containsKey(lower)) {
			return Optional.of(ISO.get(lower));
		}
		for (Frequency frequency : Frequency.values()) {
			if (frequency.code().toLowerCase(Locale.ROOT).equals(lower)) {
				return Optional.of(frequency);
			}
		}
		return Optional.empty();
	}

	private static String lastSegment(String text) {
		String s = text;
		while (s.endsWith("/")) {
			s = s.substring(0, s.length() - 1);
		}
		int cut = Math.max(s.lastIndexOf('/'), s.lastIndexOf('#'));
		return cut >= 0 ? s.substring(cut + 1) : s;
	}
}
