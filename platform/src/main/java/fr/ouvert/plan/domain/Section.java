package fr.ouvert.plan.domain;

import java.util.List;

/** One of the plan's five parts; part 2 has three sub-parts. */
public record Section(int number, String title, List<Subsection> subsections) {

	public record Subsection(String number, String title) {
	}
}
