package fr.ouvert.catalog.linkcheck;

import fr.ouvert.catalog.CatalogProperties;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/** Runs the link checker every {@code ouvert.catalog.link-check.interval} (off with {@code enabled=false}). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "ouvert.catalog.link-check.enabled", havingValue = "true", matchIfMissing = true)
class LinkCheckSchedule {

	@Bean
	TaskScheduler linkCheckScheduler(LinkChecker checker, CatalogProperties properties) {
		ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
		scheduler.setThreadNamePrefix("link-check-");
		scheduler.initialize();
		scheduler.scheduleWithFixedDelay(checker::checkBatch, java.time.Instant.now().plus(properties.linkCheck().interval()),
				properties.linkCheck().interval());
		return scheduler;
	}
}
