package fr.ouvert.plan.domain;

import java.util.List;

/** A commitment of the plan, as transcribed (see the plan file for the conventions). */
public record Commitment(int number, int section, String subsection, String title, List<Institution> carriers,
		String carryingInstitutionsText, List<String> otherActors, String continuity, String continuityText,
		List<Extended> extended, List<String> principles, String principlesText, String stakes, String ambitions) {

	/** The type under which other modules (comments) refer to a commitment; its id is the number. */
	public static final String LINKABLE_TYPE = "plan-commitment";

	/** A commitment of the 2015-2017 plan that this one extends. */
	public record Extended(int number, String title) {
	}

	public String path() {
		return "/plan/engagements/" + number;
	}
}
