package fr.ouvert.participation.contribution.web;

import java.util.Optional;

import fr.ouvert.kernel.security.CurrentUser;
import fr.ouvert.participation.contribution.ConsultationRef;
import fr.ouvert.participation.contribution.ContributionPermissions;

/** What pages tell a visitor who may not contribute: a message key, or {@code null} when they may. */
final class ContributionRules {

	static final String SIGN_IN = "participation.contribution.refused.sign-in";

	private ContributionRules() {
	}

	static String refusal(ContributionPermissions permissions, Optional<CurrentUser> user, ConsultationRef consultation,
			String contributionType) {
		if (user.isEmpty()) {
			return permissions.acceptsContributions(consultation) ? SIGN_IN
					: "participation.contribution.refused.not-open";
		}
		return permissions.refusal(user.get(), consultation, contributionType)
			.map(reason -> reason.messageKey())
			.orElse(null);
	}
}
