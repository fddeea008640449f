package fr.ouvert.participation.consultation;

import java.util.Optional;

import fr.ouvert.kernel.security.CurrentUser;
import fr.ouvert.kernel.security.Role;

import org.springframework.stereotype.Component;

/**
 * Who may do what with consultations. Reading a published one is open to all. An agent creates
 * consultations for their organisation and manages that organisation's; an administrator manages all.
 * Drafts are seen only by those who may edit them.
 */
@Component
public class ConsultationPermissions {

	public boolean canCreate(Optional<CurrentUser> user) {
		return user.map(u -> u.has(Role.ADMIN) || (u.has(Role.AGENT) && u.organisationId() != null)).orElse(false);
	}

	public boolean canEdit(Optional<CurrentUser> user, Consultation consultation) {
		return user.map(u -> u.has(Role.ADMIN) || u.isAgentOf(consultation.organisationId())).orElse(false);
	}

	public boolean canRead(Optional<CurrentUser> user, Consultation consultation) {
		return consultation.publishedAt() != null || canEdit(user, consultation);
	}
}
