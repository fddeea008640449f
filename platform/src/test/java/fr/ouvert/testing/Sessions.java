package fr.ouvert.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Signs in through the real sign-in form and returns the session, as a browser would keep it. */
public final class Sessions {

	private Sessions() {
	}

	public static MockHttpSession signIn(MockMvc mvc, Accounts.Account account) throws Exception {
		MvcResult result = mvc.perform(post("/connexion").param("email", account.email())
			.param("password", Accounts.PASSWORD)
			.with(csrf())).andReturn();
		assertThat(result.getResponse().getRedirectedUrl()).as("sign-in of %s", account.email()).doesNotContain("erreur");
		return (MockHttpSession) result.getRequest().getSession();
	}
}
