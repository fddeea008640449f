package fr.ouvert.plan.load;

import java.util.List;

/** The plan file cannot be loaded; each problem says where (file, commitment, action, field) and why. */
public class PlanFileException extends RuntimeException {

	private final List<String> problems;

	PlanFileException(String file, List<String> problems) {
		super(file + ": " + problems.size() + " problem(s)\n  - " + String.join("\n  - ", problems));
		this.problems = List.copyOf(problems);
	}

	public List<String> problems() {
		return problems;
	}
}
