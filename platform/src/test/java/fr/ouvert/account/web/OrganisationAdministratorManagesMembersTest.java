package fr.ouvert.account.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.ouvert.testing.Accounts;
import fr.ouvert.testing.PlatformTest;
import fr.ouvert.testing.Sessions;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpSession;

/** An organisation's administrator adds, promotes and removes its agents; editors cannot. */
class OrganisationAdministratorManagesMembersTest extends PlatformTest {

	private String role(long account) {
		return jdbc.sql("select organisation_role from account_user where id = ?").param(account).query(String.class).optional()
			.orElse(null);
	}

	private boolean isAgent(long account) {
		return jdbc.sql("select exists (select 1 from account_user_role where user_id = ? and role = 'AGENT')").param(account)
			.query(Boolean.class).single();
	}

	@Test
	void anAdministratorManagesTheMembersOfTheirOrganisation() throws Exception {
		Accounts.Account head = Accounts.agentOf(jdbc, "ademe");
		jdbc.sql("update account_user set organisation_role = 'admin' where id = ?").param(head.id()).update();
		MockHttpSession admin = Sessions.signIn(mvc, head);
		Accounts.Account newcomer = Accounts.citizen(jdbc);

		mvc.perform(post("/compte/organisation/membres").session(admin).with(csrf()).param("email", newcomer.email()))
			.andExpect(status().isFound());
		assertThat(isAgent(newcomer.id())).isTrue();
		assertThat(role(newcomer.id())).isEqualTo("editor");
		// The new editor now publishes for the organisation, but does not manage it.
		MockHttpSession editor = Sessions.signIn(mvc, newcomer);
		mvc.perform(get("/catalogue/jeux/nouveau").session(editor)).andExpect(status().isOk());
		mvc.perform(get("/compte/organisation").session(editor)).andExpect(status().isForbidden());

		mvc.perform(post("/compte/organisation/membres/" + newcomer.id() + "/role").session(admin).with(csrf())
			.param("role", "admin")).andExpect(status().isFound());
		assertThat(role(newcomer.id())).isEqualTo("admin");
		mvc.perform(get("/compte/organisation").session(editor)).andExpect(status().isOk());

		mvc.perform(post("/compte/organisation/membres/" + newcomer.id() + "/retrait").session(admin).with(csrf()))
			.andExpect(status().isFound());
		assertThat(isAgent(newcomer.id())).isFalse();
		assertThat(role(newcomer.id())).isNull();
	}

	@Test
	void theLastAdministratorStaysAndStrangersAreRefused() throws Exception {
		Accounts.Account head = Accounts.agentOf(jdbc, "anssi");
		jdbc.sql("update account_user set organisation_role = 'admin' where id = ?").param(head.id()).update();
		MockHttpSession admin = Sessions.signIn(mvc, head);
		// No other test makes an administrator of the ANSSI: this one is the last.
		mvc.perform(post("/compte/organisation/membres/" + head.id() + "/role").session(admin).with(csrf()).param("role", "editor"))
			.andExpect(status().isForbidden());
		assertThat(role(head.id())).isEqualTo("admin");
		// An agent of another organisation cannot be taken, nor managed from here.
		Accounts.Account elsewhere = Accounts.agentOf(jdbc, "hatvp");
		mvc.perform(post("/compte/organisation/membres").session(admin).with(csrf()).param("email", elsewhere.email()))
			.andExpect(status().isUnprocessableContent());
		mvc.perform(post("/compte/organisation/membres/" + elsewhere.id() + "/retrait").session(admin).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(isAgent(elsewhere.id())).isTrue();
	}
}
