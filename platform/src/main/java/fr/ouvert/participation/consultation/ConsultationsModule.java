package fr.ouvert.participation.consultation;

import java.util.List;
import java.util.Optional;

import fr.ouvert.kernel.web.LinkableType;
import fr.ouvert.kernel.web.NavEntry;
import fr.ouvert.kernel.web.OuvertModule;

import org.springframework.stereotype.Component;

/**
 * What the consultations plug into the platform: the "Consultations" navigation entry and the linkable type
 * that lets comment threads attach to a published consultation.
 */
@Component
class ConsultationsModule implements OuvertModule {

	private final Consultations consultations;

	ConsultationsModule(Consultations consultations) {
		this.consultations = consultations;
	}

	@Override
	public int order() {
		return 40;
	}

	@Override
	public List<NavEntry> navigation() {
		return List.of(new NavEntry("participation.nav", "participation.nav.description", "/consultations"));
	}

	@Override
	public List<LinkableType> linkableTypes() {
		return List.of(new LinkableType(Consultation.LINKABLE_TYPE, id -> {
			if (!id.matches("\\d{1,18}")) {
				return Optional.empty();
			}
			return consultations.find(Long.parseLong(id))
				.filter(c -> c.publishedAt() != null)
				.map(c -> new LinkableType.Link(Consultation.LINKABLE_TYPE, id, c.title(), c.path(),
						c.phase(consultations.now()) == ConsultationPhase.OPEN));
		}));
	}
}
