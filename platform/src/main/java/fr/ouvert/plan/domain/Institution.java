package fr.ouvert.plan.domain;

/** An institution named by the plan, tied to its organisation in the accounts directory. */
public record Institution(String slug, long organisationId, String name, String acronym, String kind) {

	/** The acronym when the plan uses one, else the name. */
	public String shortName() {
		return acronym != null ? acronym : name;
	}
}
