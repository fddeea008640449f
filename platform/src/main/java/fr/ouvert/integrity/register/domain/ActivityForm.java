package fr.ouvert.integrity.register.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import fr.ouvert.kernel.web.FormErrors;
import fr.ouvert.kernel.web.Forms;

/**
 * An activity as posted: its object, its fields (one per line), the types of officials, decisions and actions
 * checked from HATVP's lists (by their codes: {@link Vocabulary#DECISION_CHOICES}, {@link Vocabulary#ACTION_CHOICES}),
 * on whose behalf (one per line) and an observation.
 */
public record ActivityForm(String object, String fields, List<String> officialTypes, String officialOther,
		List<String> decisions, List<String> actions, String actionOther, String thirdParties, String observation) {

	public ActivityForm {
		officialTypes = officialTypes == null ? List.of() : List.copyOf(officialTypes);
		decisions = decisions == null ? List.of() : List.copyOf(decisions);
		actions = actions == null ? List.of() : List.copyOf(actions);
	}

	public static ActivityForm empty(String denomination) {
		return new ActivityForm("", "", List.of(), "", List.of(), List.of(), "", denomination + " (en propre)", "");
	}

	public Report.Activity validate(Instant now, FormErrors errors) {
		String what = Forms.blankToNull(object);
		errors.rejectIf(what == null || what.length() > 2000, "object", "register.error.object");
		List<String> fieldList = lines(fields);
		errors.rejectIf(fieldList.isEmpty(), "fields", "register.error.fields");
		List<String> officials = officialTypes.stream().map(Vocabulary::officialType).flatMap(Optional::stream)
			.map(Vocabulary.Term::label).toList();
		errors.rejectIf(officials.isEmpty() || officials.size() != officialTypes.size(), "officialTypes",
				"register.error.officialTypes");
		String otherOfficial = Forms.blankToNull(officialOther);
		errors.rejectIf(officialTypes.contains("AUTRE") && otherOfficial == null, "officialOther", "register.error.other");
		List<String> decisionLabels = decisions.stream().map(d -> Vocabulary.choice(Vocabulary.DECISION_CHOICES, d))
			.flatMap(Optional::stream).toList();
		errors.rejectIf(decisionLabels.isEmpty() || decisionLabels.size() != decisions.size(), "decisions",
				"register.error.decisions");
		List<String> actionLabels = actions.stream().map(a -> Vocabulary.choice(Vocabulary.ACTION_CHOICES, a))
			.flatMap(Optional::stream).toList();
		errors.rejectIf(actionLabels.isEmpty() || actionLabels.size() != actions.size(), "actions", "register.error.actions");
		String otherAction = Forms.blankToNull(actionOther);
		errors.rejectIf(actionLabels.contains("Autres : à préciser") && otherAction == null, "actionOther",
				"register.error.other");
		List<String> behalf = lines(thirdParties);
		errors.rejectIf(behalf.isEmpty(), "thirdParties", "register.error.thirdParties");
		if (!errors.isEmpty()) {
			return null;
		}
		Report.Action action = new Report.Action(officials, otherOfficial, decisionLabels, actionLabels, otherAction, behalf,
				Forms.blankToNull(observation));
		return new Report.Activity(SheetIds.next(), what, fieldList, now, List.of(action));
	}

	private static List<String> lines(String text) {
		return text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty() && l.length() <= 300).toList();
	}
}
