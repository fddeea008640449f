package fr.ouvert.participation.contribution;

import java.util.List;
import java.util.Optional;

import fr.ouvert.kernel.web.LinkableType;
import fr.ouvert.kernel.web.OuvertModule;
import fr.ouvert.participation.consultation.Consultations;

import org.springframework.stereotype.Component;

/** What contributions plug into the platform: proposals as records others may comment on. */
@Component
class ContributionsModule implements OuvertModule {

	private final ProposalStore proposals;
	private final ConsultationRefs consultations;
	private final Consultations phases;

	ContributionsModule(ProposalStore proposals, ConsultationRefs consultations, Consultations phases) {
		this.proposals = proposals;
		this.consultations = consultations;
		this.phases = phases;
	}

	@Override
	public List<LinkableType> linkableTypes() {
		return List.of(new LinkableType(Proposal.LINKABLE_TYPE, id -> {
			if (!id.matches("\\d{1,18}")) {
				return Optional.empty();
			}
			return proposals.find(Long.parseLong(id))
				.filter(p -> !p.hidden())
				.flatMap(p -> consultations.byId(p.consultationId())
					.map(c -> new LinkableType.Link(Proposal.LINKABLE_TYPE, id, p.title(),
							c.path() + "/propositions/" + p.id(), phases.isOpen(c.id()))));
		}));
	}
}
