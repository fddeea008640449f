package fr.ouvert.kernel.audit;

import java.time.OffsetDateTime;
import java.util.List;

import fr.ouvert.kernel.cli.Progress;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/** {@code /admin/audit}: the latest entries and the chain check, for administrators. */
@Controller
class AuditAdminController {

	private static final int LATEST = 50;

	private final JdbcClient jdbc;
	private final AuditVerifier verifier;

	AuditAdminController(JdbcClient jdbc, AuditVerifier verifier) {
		this.jdbc = jdbc;
		this.verifier = verifier;
	}

	@GetMapping("/admin/audit")
	String page(Model model) {
		return page(model, null);
	}

	@PostMapping("/admin/audit/verification")
	String verify(Model model) {
		return page(model, verifier.verify(Progress.silent()));
	}

	private String page(Model model, AuditVerifier.Result result) {
		model.addAttribute("result", result);
		model.addAttribute("entries", latest());
		return "kernel/audit";
	}

	private List<AuditEntry> latest() {
		return jdbc.sql("""
				select id, recorded_at, actor_id, actor_label, action, subject_type, subject_id, before_state,
				       after_state, previous_hash, hash
				from kernel_audit_entry order by id desc limit ?""")
			.param(LATEST)
			.query((rs, n) -> new AuditEntry(rs.getLong("id"), rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
					rs.getObject("actor_id", Long.class), rs.getString("actor_label"), rs.getString("action"),
					rs.getString("subject_type"), rs.getString("subject_id"), rs.getString("before_state"),
					rs.getString("after_state"), rs.getString("previous_hash"), rs.getString("hash")))
			.list();
	}
}
