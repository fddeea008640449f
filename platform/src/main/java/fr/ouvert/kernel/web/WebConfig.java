package fr.ouvert.kernel.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Objects;

import fr.ouvert.kernel.security.RateLimitInterceptor;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.web.filter.UrlHandlerFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

	private final RateLimitInterceptor rateLimitInterceptor;

	WebConfig(RateLimitInterceptor rateLimitInterceptor) {
		this.rateLimitInterceptor = rateLimitInterceptor;
	}

	@Bean
	LocaleResolver localeResolver() {
		return new LanguageResolver();
	}

	/** {@code ?lang=en} on any page switches the language (no JavaScript needed). */
	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor languageSwitch = new LocaleChangeInterceptor();
		languageSwitch.setParamName("lang");
		languageSwitch.setIgnoreInvalidLocale(true);
		registry.addInterceptor(languageSwitch);
		registry.addInterceptor(rateLimitInterceptor);
	}

	/**
	 * One bundle per module: every {@code i18n/<module>.properties} (French) with its
	 * {@code i18n/<module>_en.properties}, found on the class path.
	 */
	@Bean
	MessageSource messageSource() {
		ReloadableResourceBundleMessageSource source = new ReloadableResourceBundleMessageSource();
		try {
			Resource[] bundles = new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties");
			source.setBasenames(Arrays.stream(bundles)
				.map(Resource::getFilename)
				.filter(Objects::nonNull)
				.filter(name -> !name.matches(".*_[a-z]{2}\\.properties"))
				.map(name -> "classpath:i18n/" + name.substring(0, name.length() - ".properties".length()))
				.sorted()
				.toArray(String[]::new));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		source.setCacheMillis(-1);
		return source;
	}

	/** API paths answer with or without their trailing slash, as udata's do. */
	@Bean
	FilterRegistrationBean<UrlHandlerFilter> trailingSlashFilter() {
		FilterRegistrationBean<UrlHandlerFilter> registration = new FilterRegistrationBean<>(
				UrlHandlerFilter.trailingSlashHandler("/api/**").wrapRequest().build());
		registration.setOrder(Integer.MIN_VALUE + 10);
		return registration;
	}
}
