package fr.ouvert.kernel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** French first, English second: every message exists in both languages. */
class MessagesTest {

	/** Every bundle of the platform: each French file {@code i18n/<name>.properties}. */
	static Stream<String> bundles() throws IOException {
		Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties");
		return Stream.of(files)
			.map(Resource::getFilename)
			.filter(name -> !name.endsWith("_en.properties"))
			.map(name -> name.substring(0, name.length() - ".properties".length()))
			.sorted();
	}

	@ParameterizedTest
	@MethodSource("bundles")
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
