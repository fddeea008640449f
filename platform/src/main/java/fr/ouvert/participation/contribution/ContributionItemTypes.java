package fr.ouvert.participation.contribution;

import java.util.Optional;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Proposals (with contributions and amendments) and statements, as reportable items. */
@Configuration(proxyBeanMethods = false)
class ContributionItemTypes {

	@Bean
	ReportableItemType reportableProposals(ProposalStore proposals, ConsultationRefs consultations) {
		return new ReportableItemType() {
			@Override
			public String type() {
				return "proposal";
			}

			@Override
			public Optional<ReportableItem> find(long id) {
				return proposals.find(id).map(p -> new ReportableItem(type(), id, p.title(), p.body(), p.authorName(),
						consultations.byId(p.consultationId()).map(c -> c.path() + "/propositions/" + id).orElse("/"),
						p.hiddenAt(), p.hiddenReason()));
			}

			@Override
			public void hide(long id, String reason) {
				proposals.hide(id, reason);
			}

			@Override
			public void show(long id) {
				proposals.show(id);
			}
		};
	}

	@Bean
	ReportableItemType reportableStatements(StatementStore statements, ConsultationRefs consultations) {
		return new ReportableItemType() {
			@Override
			public String type() {
				return "statement";
			}

			@Override
			public Optional<ReportableItem> find(long id) {
				return statements.find(id).map(s -> new ReportableItem(type(), id, s.body(), s.body(), null,
						consultations.byId(s.consultationId()).map(c -> c.path() + "/debat#affirmation-" + id).orElse("/"),
						s.hiddenAt(), s.hiddenReason()));
			}

			@Override
			public void hide(long id, String reason) {
				statements.hide(id, reason);
			}

			@Override
			public void show(long id) {
				statements.show(id);
			}
		};
	}
}
