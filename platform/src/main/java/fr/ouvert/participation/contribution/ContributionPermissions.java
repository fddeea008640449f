package fr.ouvert.participation.contribution;

import java.util.Optional;

import fr.ouvert.kernel.security.CurrentUser;
import fr.ouvert.kernel.security.Role;
import fr.ouvert.participation.consultation.Consultations;

import org.springframework.stereotype.Component;

/**
 * Who may contribute what, and when: a signed-in account (verified when the consultation asks for it),
 * to a consultation that offers this kind of contribution, during its open phase only. Changing a
 * vote or withdrawing a support follows the same rule. Moderators and administrators moderate.
 */
@Component
public class ContributionPermissions {

	private final Consultations consultations;

	ContributionPermissions(Consultations consultations) {
		this.consultations = consultations;
	}

	/** Why this person may not make this kind of contribution now, or empty when they may. */
	public Optional<ContributionRefused.Reason> refusal(CurrentUser user, ConsultationRef consultation,
			String contributionType) {
		if (!consultation.offers(contributionType)) {
			return Optional.of(ContributionRefused.Reason.NOT_OFFERED);
		}
		if (!isOpen(consultation)) {
			return Optional.of(ContributionRefused.Reason.NOT_OPEN);
		}
		if (consultation.requiresVerified() && !user.verified()) {
			return Optional.of(ContributionRefused.Reason.NOT_VERIFIED);
		}
		return Optional.empty();
	}

	/** @throws ContributionRefused when {@link #refusal} finds a reason */
	public void require(CurrentUser user, ConsultationRef consultation, String contributionType) {
		refusal(user, consultation, contributionType).ifPresent(reason -> {
			throw new ContributionRefused(reason, "User " + user.id() + " may not contribute " + contributionType
					+ " to consultation " + consultation.slug() + ": " + reason);
		});
	}

	/** Whether the consultation takes contributions now (its phase is {@code open}). */
	public boolean acceptsContributions(ConsultationRef consultation) {
		return isOpen(consultation);
	}

	public boolean moderates(Optional<CurrentUser> user) {
		return user.map(u -> u.has(Role.MODERATOR) || u.has(Role.ADMIN)).orElse(false);
	}

	/** The phase rule is the consultations' own: contributions only in phase {@code open}. */
	private boolean isOpen(ConsultationRef consultation) {
		return consultations.isOpen(consultation.id());
	}
}
