package fr.ouvert.kernel.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import fr.ouvert.OuvertApplication;
import fr.ouvert.kernel.cli.Cli;
import fr.ouvert.kernel.cli.Progress;
import fr.ouvert.testing.Accounts;
import fr.ouvert.testing.PgTestSupport;
import fr.ouvert.testing.PlatformTest;
import fr.ouvert.testing.Sessions;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;

/**
 * The audit trail is append-only and its hash chain names the first altered entry, through the
 * command line and through the admin page. The tampering is undone at the end: the database is
 * shared with the other tests.
 */
class AuditTrailTamperingTest extends PlatformTest {

	@Autowired
	AuditVerifier verifier;

	@Test
	void updatesAndDeletesAreRefusedByTheDatabase() {
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> jdbc.sql("update kernel_audit_entry set actor_label = 'x' where id = 1").update())
			.withMessageContaining("kernel_audit_entry is append-only (UPDATE refused)");
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> jdbc.sql("delete from kernel_audit_entry where id = 1").update())
			.withMessageContaining("append-only (DELETE refused)");
	}

	@Test
	void alteringARowDirectlyIsDetectedAndNamed() throws Exception {
		assertThat(verifier.verify(Progress.silent()).intact()).isTrue();
		long target = jdbc.sql("select min(id) + 3 from kernel_audit_entry").query(Long.class).single();
		String original = jdbc.sql("select after_state from kernel_audit_entry where id = ?").param(target)
			.query(String.class).single();
		tamper(target, original.replaceFirst("\"", "\"x"));
		try {
			AuditVerifier.Result result = verifier.verify(Progress.silent());
			assertThat(result.intact()).isFalse();
			assertThat(result.firstBadEntry()).isEqualTo(target);
			assertThat(result.reason())
				.isEqualTo("Entry " + target + ": its content does not match its hash (altered after it was written)");

			ByteArrayOutputStream out = new ByteArrayOutputStream();
			int exit = runCli(out, "audit-verify");
			assertThat(exit).isEqualTo(1);
			assertThat(out.toString(StandardCharsets.UTF_8))
				.contains("Journal d'audit ALTÉRÉ — Entry " + target + ": its content does not match its hash");

			var admin = Sessions.signIn(mvc, Accounts.admin(jdbc));
			var page = Jsoup.parse(mvc.perform(post("/admin/audit/verification").session(admin).with(csrf()))
				.andReturn().getResponse().getContentAsString());
			assertThat(page.select("#resultat-audit").text()).startsWith("Journal altéré : Entry " + target + ":");
		}
		finally {
			tamper(target, original);
		}
		assertThat(verifier.verify(Progress.silent()).intact()).isTrue();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		assertThat(runCli(out, "audit-verify")).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Journal d'audit intact : ");
	}

	/** What someone with database access would do: switch the guard off, edit, switch it back on. */
	private void tamper(long id, String afterState) {
		jdbc.sql("alter table kernel_audit_entry disable trigger kernel_audit_entry_no_update").update();
		try {
			jdbc.sql("update kernel_audit_entry set after_state = ? where id = ?").params(afterState, id).update();
		}
		finally {
			jdbc.sql("alter table kernel_audit_entry enable trigger kernel_audit_entry_no_update").update();
		}
	}

	/** The real command line entry point, in this JVM, on the test database. */
	private static int runCli(ByteArrayOutputStream out, String... command) {
		PrintStream previous = System.out;
		System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
		try {
			List<String> args = new java.util.ArrayList<>(List.of(command));
			args.add("--spring.datasource.url=" + PgTestSupport.url());
			args.add("--spring.datasource.username=" + PgTestSupport.user());
			args.add("--spring.datasource.password=" + PgTestSupport.password());
			args.add("--ouvert.home=" + HOME);
			return Cli.run(OuvertApplication.class, args.toArray(String[]::new));
		}
		finally {
			System.setOut(previous);
		}
	}
}
