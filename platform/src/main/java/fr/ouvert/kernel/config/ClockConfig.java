package fr.ouvert.kernel.config;

import java.time.Clock;

import fr.ouvert.kernel.web.Ui;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** "Today" for every rule that depends on it (deadlines, delays), in the time zone of metropolitan France. */
@Configuration(proxyBeanMethods = false)
class ClockConfig {

	@Bean
	Clock clock() {
		return Clock.system(Ui.ZONE);
	}
}
