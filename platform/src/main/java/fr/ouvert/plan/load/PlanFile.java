package fr.ouvert.plan.load;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The plan file as written (see the conventions in its header). */
record PlanFile(String title, String period, List<InstitutionEntry> institutions, List<SectionEntry> sections,
		List<PrincipleEntry> ogpPrinciples, List<CommitmentEntry> commitments) {

	record InstitutionEntry(String slug, String name, String acronym, String kind) {
	}

	record SectionEntry(int number, String title, List<SubsectionEntry> subsections) {
	}

	record SubsectionEntry(String number, String title) {
	}

	record PrincipleEntry(String code, String label) {
	}

	record CommitmentEntry(int number, int section, String subsection, String title, List<String> carryingInstitutions,
			String carryingInstitutionsText, List<String> otherActors, String continuity, String continuityText,
			@JsonProperty("extends_2015_2017") List<ExtendedEntry> extended, List<String> ogpPrinciples,
			String ogpPrinciplesText, String stakes, String ambitions, List<ActionEntry> actions) {
	}

	record ExtendedEntry(int number, String title) {
	}

	record ActionEntry(String id, String text, List<String> details, String calendar, List<String> engagedBy,
			String engagedByText) {

		boolean ministry() {
			return engagedBy != null && !engagedBy.isEmpty();
		}
	}
}
