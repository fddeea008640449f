package fr.ouvert.participation.consultation.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import fr.ouvert.kernel.opendata.PageRequest;
import fr.ouvert.kernel.opendata.Paged;
import fr.ouvert.kernel.web.BadRequestException;
import fr.ouvert.kernel.web.Forms;
import fr.ouvert.kernel.web.NotFoundException;
import fr.ouvert.participation.consultation.Consultation;
import fr.ouvert.participation.consultation.ConsultationMaterial;
import fr.ouvert.participation.consultation.ConsultationPhase;
import fr.ouvert.participation.consultation.Consultations;
import fr.ouvert.participation.consultation.ContributionType;
import fr.ouvert.participation.consultation.CrpaChecks;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The published consultations through the API (read only, open to all). */
@RestController
@RequestMapping("/api/1/participation/consultations")
@Tag(name = "Participation : consultations", description = "Les consultations publiques publiées, leur phase, leurs règles du CRPA et leurs chiffres")
class ConsultationsApiController {

	private final Consultations consultations;
	private final MessageSource messages;

	ConsultationsApiController(Consultations consultations, MessageSource messages) {
		this.consultations = consultations;
		this.messages = messages;
	}

	/** A consultation in a list. */
	record ConsultationJson(long id, String slug, String title, String url, long organisationId, String organisation,
			String theme, String legalBasis, List<String> contributionTypes, boolean requiresVerified, Instant opensAt,
			Instant closesAt, Instant publishedAt, Instant closedAt, Instant synthesisPublishedAt,
			Instant followUpsPublishedAt, String phase, boolean overdue) {

		static ConsultationJson of(Consultation c, ConsultationPhase phase, String base) {
			return new ConsultationJson(c.id(), c.slug(), c.title(), base + c.path(), c.organisationId(),
					c.organisationName(), c.theme(), c.legalBasis().code(),
					c.contributionTypes().stream().map(ContributionType::code).toList(), c.requiresVerified(), c.opensAt(),
					c.closesAt(), c.publishedAt(), c.closedAt(), c.synthesisPublishedAt(), c.followUpsPublishedAt(),
					phase.code(), phase.overdue());
		}
	}

	/** One CRPA rule: its code, whether the consultation meets it, and what it asks (in French). */
	record CheckJson(String code, boolean met, String rule) {
	}

	record CountsJson(long proposals, long supports, long statements, long statementVotes, long surveyAnswers) {
	}

	record DocumentJson(String title, String url, String description) {
	}

	/** A consultation with its texts (Markdown), documents, CRPA checklist and counts. */
	record ConsultationDetailJson(ConsultationJson consultation, String replacesCommission, String context,
			String submittedText, String procedure, String moderationCharter, String announcedFollowUps,
			List<DocumentJson> documents, int articles, int questions, int seedStatements, List<CheckJson> crpaChecklist,
			CountsJson counts, String synthesisUrl, String followUpsUrl) {
	}

	@GetMapping
	@Operation(summary = "Chercher des consultations publiées", description = "Enveloppe paginée {data, page, page_size, "
			+ "total, next_page, previous_page}, de la plus récente ouverture à la plus ancienne. Phase : draft, scheduled, "
			+ "open, closed, synthesis-published, follow-ups-published ; overdue = close sans synthèse publiée.")
	Paged<ConsultationJson> list(
			@Parameter(description = "open (ouvertes), upcoming (à venir), closed (terminées) ou overdue (closes sans synthèse)") @RequestParam(required = false) String status,
			@Parameter(description = "Identifiant de l'organisation qui consulte") @RequestParam(required = false) String organisation,
			@Parameter(description = "Thème, tel qu'écrit") @RequestParam(required = false) String theme,
			@RequestParam(required = false) Integer page, @RequestParam(name = "page_size", required = false) Integer pageSize) {
		AccessPointFilter filter = AccessPointFilter.parse(organisation, theme, status);
		PageRequest request = PageRequest.of(page, pageSize);
		Consultations.Page result = consultations.search(filter.filter(), request);
		String base = base();
		return Paged.of(result.items().stream().map(l -> ConsultationJson.of(l.consultation(), l.phase(), base)).toList(),
				request, result.total(), ServletUriComponentsBuilder.fromCurrentRequest());
	}

	@GetMapping("/{slug}")
	@Operation(summary = "Une consultation publiée : textes, documents, règles du CRPA, chiffres de participation")
	ConsultationDetailJson detail(@PathVariable String slug) {
		if (Forms.blankToNull(slug) == null || slug.length() > 100) {
			throw new BadRequestException("slug", "must be a consultation's address");
		}
		Consultation c = consultations.findBySlug(slug).filter(found -> found.publishedAt() != null)
			.orElseThrow(() -> new NotFoundException("No consultation " + slug));
		String base = base();
		List<ConsultationMaterial.Document> documents = consultations.documents(c.id());
		Consultations.Counts counts = consultations.counts(c.id());
		return new ConsultationDetailJson(ConsultationJson.of(c, c.phase(consultations.now()), base),
				c.replacesCommission(), c.context(), c.submittedText(), c.procedure(), c.moderationCharter(),
				c.announcedFollowUps(),
				documents.stream().map(d -> new DocumentJson(d.title(), d.url(), d.description())).toList(),
				consultations.articles(c.id()).size(), consultations.questions(c.id()).size(),
				consultations.seedStatements(c.id()).size(),
				CrpaChecks.of(c, documents.size(), consultations.now()).stream()
					.map(check -> new CheckJson(check.code(), check.met(),
							messages.getMessage(check.messageKey(), null, Locale.FRENCH)))
					.toList(),
				new CountsJson(counts.proposals(), counts.supports(), counts.statements(), counts.statementVotes(),
						counts.surveyAnswers()),
				c.synthesisPublishedAt() == null ? null : base + c.path() + "/synthese",
				c.followUpsPublishedAt() == null ? null : base + c.path() + "/suites");
	}

	private static String base() {
		return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
	}
}
