package fr.ouvert.hatvp.register;

import java.util.List;

/**
 * What was done for an activity ({@code actionsRepresentationInteret[]}), with HATVP's value lists.
 *
 * @param reponsablesPublics (sic, HATVP's key) the types of public officials targeted, each possibly followed by
 *        " - " and the ministries or authorities; see {@link OfficialTarget#parse(String)}
 * @param responsablePublicAutre free text when « Autres : à préciser » is among them
 * @param decisionsConcernees the types of public decision concerned ({@link DecisionType})
 * @param actionsMenees the types of action carried out ({@link ActionType})
 * @param actionMeneeAutre free text for « Autres : à préciser »
 * @param tiers on whose behalf: clients' names or « DENOMINATION (en propre) »
 */
public record ActionRepresentationInteret(
		List<String> reponsablesPublics,
		String responsablePublicAutre,
		List<String> decisionsConcernees,
		List<String> actionsMenees,
		String actionMeneeAutre,
		List<String> tiers,
		String observation) {

	/** The suffix HATVP appends to the representative's own name in {@code tiers}. */
	public static final String EN_PROPRE = " (en propre)";

	public ActionRepresentationInteret {
		reponsablesPublics = List.copyOf(reponsablesPublics);
		decisionsConcernees = List.copyOf(decisionsConcernees);
		actionsMenees = List.copyOf(actionsMenees);
		tiers = List.copyOf(tiers);
	}
}
