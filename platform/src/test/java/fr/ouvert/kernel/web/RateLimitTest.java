package fr.ouvert.kernel.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;

import fr.ouvert.testing.PlatformTest;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;

/** Anonymous writes are limited per address: sign-up, sign-in, password reset. Over the limit: 429. */
@TestPropertySource(properties = { "ouvert.rate-limit.anonymous-writes-per-minute=3", "ouvert.max-request-size=10KB" })
class RateLimitTest extends PlatformTest {

	@Test
	void theFourthSignUpFromAnAddressWithinAMinuteIsRefused() throws Exception {
		List<Integer> statuses = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			statuses.add(mvc.perform(post("/inscription").with(csrf()).with(r -> {
				r.setRemoteAddr("198.51.100.7");
				return r;
			}).param("email", "x")).andReturn().getResponse().getStatus());
		}
		assertThat(statuses).containsExactly(422, 422, 422, 429);
	}

	@Test
	void signInAttemptsAreLimitedToo() throws Exception {
		MockHttpServletResponse last = null;
		for (int i = 0; i < 4; i++) {
			last = mvc.perform(post("/connexion").with(csrf()).with(r -> {
				r.setRemoteAddr("198.51.100.8");
				return r;
			}).param("email", "x@example.fr").param("password", "y")).andReturn().getResponse();
		}
		assertThat(last.getStatus()).isEqualTo(429);
		assertThat(last.getHeader("Retry-After")).matches("\\d+");
	}

	@Test
	void oversizedBodiesAreRefusedBeforeBeingRead() throws Exception {
		MockHttpServletResponse response = mvc.perform(post("/inscription").with(csrf())
			.contentType("application/x-www-form-urlencoded").content("email=" + "a".repeat(20_000))).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(413);
	}
}
