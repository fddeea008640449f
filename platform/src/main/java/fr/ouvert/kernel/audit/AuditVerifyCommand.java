package fr.ouvert.kernel.audit;

import java.io.PrintStream;
import java.util.List;

import fr.ouvert.kernel.cli.CliCommand;
import fr.ouvert.kernel.cli.Progress;

import org.springframework.stereotype.Component;

/** {@code java -jar ouvert.jar audit-verify}: exit code 0 when the chain holds, 1 when it is broken. */
@Component
class AuditVerifyCommand implements CliCommand {

	private final AuditVerifier verifier;

	AuditVerifyCommand(AuditVerifier verifier) {
		this.verifier = verifier;
	}

	@Override
	public String name() {
		return "audit-verify";
	}

	@Override
	public String description() {
		return "Vérifie la chaîne de hachage du journal d'audit et nomme la première entrée altérée";
	}

	@Override
	public int run(List<String> args, PrintStream out, Progress progress) {
		AuditVerifier.Result result = verifier.verify(progress);
		if (result.intact()) {
			out.println("Journal d'audit intact : " + result.checked() + " entrée(s) vérifiée(s).");
			return 0;
		}
		out.println("Journal d'audit ALTÉRÉ — " + result.reason() + " (" + result.checked()
				+ " entrée(s) valides avant elle).");
		return 1;
	}
}
