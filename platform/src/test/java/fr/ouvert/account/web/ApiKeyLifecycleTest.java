package fr.ouvert.account.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.ouvert.kernel.security.Sha256;
import fr.ouvert.testing.Accounts;
import fr.ouvert.testing.PlatformTest;
import fr.ouvert.testing.Sessions;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

/** A person makes, uses, replaces and revokes an API key from "Mon compte". */
class ApiKeyLifecycleTest extends PlatformTest {

	private static final Pattern SHOWN_KEY = Pattern.compile("<code id=\"nouvelle-cle-api\">([^<]+)</code>");

	@Test
	void aKeyIsShownOnceWorksUntilReplacedOrRevoked() throws Exception {
		Accounts.Account account = Accounts.citizen(jdbc);
		MockHttpSession session = Sessions.signIn(mvc, account);
		assertThat(page(session)).contains("pas de clé").doesNotContain("nouvelle-cle-api");

		MockHttpServletResponse issued = mvc.perform(post("/compte/cle-api").session(session).with(csrf()))
			.andExpect(status().isOk()).andReturn().getResponse();
		assertThat(issued.getHeader("Cache-Control")).isEqualTo("no-store");
		String key = shownKey(issued.getContentAsString());
		assertThat(key).startsWith("ouvert_").hasSizeGreaterThan(40);
		assertThat(jdbc.sql("select key_hash from account_api_key where user_id = ?").param(account.id())
			.query(String.class).single()).as("only the hash is stored").isEqualTo(Sha256.hex(key));
		assertThat(page(session)).as("shown once").doesNotContain(key).contains("Pas encore utilisée.");

		mvc.perform(get("/api/1/datasets/").header("X-API-KEY", key)).andExpect(status().isOk());
		assertThat(page(session)).contains("Dernière utilisation le");

		String replacement = shownKey(mvc.perform(post("/compte/cle-api").session(session).with(csrf()))
			.andReturn().getResponse().getContentAsString());
		assertThat(replacement).isNotEqualTo(key);
		mvc.perform(get("/api/1/datasets/").header("X-API-KEY", key)).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/1/datasets/").header("X-API-KEY", replacement)).andExpect(status().isOk());

		mvc.perform(post("/compte/cle-api/revocation").session(session).with(csrf()))
			.andExpect(status().isFound());
		mvc.perform(get("/api/1/datasets/").header("X-API-KEY", replacement)).andExpect(status().isUnauthorized());
		assertThat(page(session)).contains("pas de clé");
		assertThat(jdbc.sql("select action from kernel_audit_entry where subject_type = 'account-user' and subject_id = ? order by id")
			.param(Long.toString(account.id())).query(String.class).list())
			.containsExactly("account.api-key.create", "account.api-key.regenerate", "account.api-key.revoke");
	}

	@Test
	void keysAreMadeOnlyByTheSignedInPersonWithTheFormsToken() throws Exception {
		MockHttpSession session = Sessions.signIn(mvc, Accounts.citizen(jdbc));
		mvc.perform(post("/compte/cle-api").session(session)).andExpect(status().isForbidden());
		mvc.perform(post("/compte/cle-api").with(csrf())).andExpect(status().isFound());
	}

	private String page(MockHttpSession session) throws Exception {
		return mvc.perform(get("/compte").session(session)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
	}

	private static String shownKey(String html) {
		Matcher matcher = SHOWN_KEY.matcher(html);
		assertThat(matcher.find()).as("the new key is shown").isTrue();
		return matcher.group(1);
	}
}
