package fr.ouvert.tableschema;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OpeningHoursTest {

	@ParameterizedTest
	@ValueSource(strings = {"24/7", "Mo-Fr 08:00-12:00,14:00-18:00", "Mo-Fr 08:00-12:00, 14:00-18:00; Sa 09:00-12:00",
			"Mo-Sa 09:00-19:00; Su,PH off", "Mo 10:00-12:00, Tu 14:00-16:00", "Mo-Fr 22:00-02:00",
			"Tu-Su 10:00-18:00; Dec 25 off", "Jan-Mar Mo-Fr 09:00-17:00", "Jul 01-Aug 31 Mo-Su 10:00-20:00",
			"2024 Jan 01-2024 Jun 30 Mo-Fr 08:00-16:00", "week 01-26/2 Mo 08:00-12:00", "Su[1,-1] 10:00-12:00",
			"PH +1 day off", "sunrise-sunset", "(sunrise+01:00)-(sunset-00:30)", "Mo-Fr 18:00+", "closed",
			"Mo-Fr 08:00-18:00 \"sur rendez-vous\"", "Mo-Fr 10:00-16:00/01:30", "SH Mo-Fr 10:00-12:00",
			"Mo-Su 00:00-24:00", "easter off", "Mo-Fr 08:00-12:00 || \"fermé sinon\""})
	void validValues(String value) {
		assertThat(OpeningHours.isValid(value)).as(value).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = {"", "lundi 8h-12h", "Mo-Fr 8:00-12:00", "Mo-Fr 08:00-49:00", "Mo-Fr 25:00-26:00", "Mo-Fr 08:60-12:00",
			"Mon-Fri 08:00-12:00", "Mo-Fr 08:00-12:00;", "Mo-Fr 08:00-", "Mo-Fr 08:00-12:00 ouvert", "24/24",
			"Mo-Fr 08:00-12:00 \"non fermé", "Jan 32", "week 54 Mo 08:00-12:00", "Su[6] 10:00-12:00"})
	void invalidValues(String value) {
		assertThat(OpeningHours.isValid(value)).as(value).isFalse();
	}
}
