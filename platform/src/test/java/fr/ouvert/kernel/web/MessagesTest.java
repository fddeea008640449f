package fr.ouvert.kernel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** French first, English second: every message exists in both languages. */
class MessagesTest {

	@ParameterizedTest
	@ValueSource(strings = { "kernel", "account", "comment", "plan" })
	void everyFrenchMessageHasItsEnglishTranslationAndBack(String bundle) throws IOException {
		Set<String> french = keys("i18n/" + bundle + ".properties");
		Set<String> english = keys("i18n/" + bundle + "_en.properties");
		assertThat(french).isNotEmpty();
		Set<String> untranslated = new TreeSet<>(french);
		untranslated.removeAll(english);
		Set<String> orphans = new TreeSet<>(english);
		orphans.removeAll(french);
		assertThat(untranslated).as("French keys without English").isEmpty();
		assertThat(orphans).as("English keys without French").isEmpty();
	}

	private static Set<String> keys(String resource) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = MessagesTest.class.getClassLoader().getResourceAsStream(resource)) {
			assertThat(in).as(resource).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties.stringPropertyNames();
	}
}
