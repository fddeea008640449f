package fr.ouvert.procurement.flags.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.ouvert.kernel.opendata.PageRequest;
import fr.ouvert.kernel.opendata.Paged;
import fr.ouvert.kernel.web.NotFoundException;
import fr.ouvert.procurement.flags.CardinalIndicator;
import fr.ouvert.procurement.flags.RedFlag;
import fr.ouvert.procurement.flags.RedFlagQueries;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The red flags: the catalogue with its counts, and what raises each flag, page by page. */
@RestController
@RequestMapping("/api/1/procurement/flags")
@Tag(name = "Marchés publics : signaux d'alerte", description = "Les signaux calculés sur les DECP, leurs formules et ce qui les lève")
class FlagsApiController {

	private final RedFlagQueries queries;
	private final MessageSource messages;

	FlagsApiController(RedFlagQueries queries, MessageSource messages) {
		this.queries = queries;
		this.messages = messages;
	}

	/** A flag of the catalogue, explained in the request's language. */
	record FlagResource(String code, String scope, String phase, String name, String formula, long count, String uri,
			String page) {
	}

	/** One of Cardinal's indicators, and the flag computed here in its place if any. */
	record CardinalResource(String code, String name, String equivalent, String reason) {
	}

	record FlagCatalogue(List<FlagResource> data, List<CardinalResource> cardinal) {
	}

	/**
	 * What raises a flag: a contract, a buyer's year or a supplier, depending on the flag's scope; fields of the
	 * other scopes are left out.
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record FlagHit(Long contractId, String uid, String acheteurId, String acheteurNom, String objet,
			LocalDate dateNotification, BigDecimal montant, Integer year, Integer contracts, String identifier,
			BigDecimal value, String uri, String page) {
	}

	@GetMapping
	@Operation(summary = "Les signaux d'alerte : code, portée, formule, nombre de contrats, acheteurs ou titulaires concernés")
	FlagCatalogue catalogue() {
		Map<RedFlag, Long> counts = queries.counts();
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
		List<FlagResource> flags = Arrays.stream(RedFlag.values())
			.map(f -> new FlagResource(f.code(), f.scope().code(), f.phase().code(), message(f.nameKey()),
					message(f.formulaKey()), counts.get(f), base + "/api/1/procurement/flags/" + f.code(),
					base + "/marches-publics/signaux#" + f.code()))
			.toList();
		List<CardinalResource> cardinal = Arrays.stream(CardinalIndicator.values())
			.map(c -> new CardinalResource(c.name(), message(c.nameKey()), c.equivalent().map(RedFlag::code).orElse(null),
					message(c.reasonKey())))
			.toList();
		return new FlagCatalogue(flags, cardinal);
	}

	@GetMapping("/{code}")
	@Operation(summary = "Ce qui lève un signal, valeur la plus forte d'abord (enveloppe udata)")
	Paged<FlagHit> raising(@Parameter(description = "Code du signal, par exemple single-offer") @PathVariable String code,
			@RequestParam(required = false) Integer page,
			@RequestParam(name = "page_size", required = false) Integer pageSize) {
		RedFlag flag = RedFlag.of(code).orElseThrow(() -> new NotFoundException("No red flag " + code));
		PageRequest request = PageRequest.of(page, pageSize);
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
		List<FlagHit> hits = switch (flag.scope()) {
			case CONTRACT -> queries.contracts(flag, request.offset(), request.pageSize()).stream()
				.map(c -> new FlagHit(c.contractId(), c.uid(), c.acheteurId(), c.acheteurNom(), c.objet(),
						c.dateNotification(), c.montant(), null, null, null, c.value(),
						base + "/api/1/procurement/contracts/" + c.contractId(),
						base + "/marches-publics/contrats/" + c.contractId()))
				.toList();
			case BUYER_YEAR -> queries.buyerYears(flag, request.offset(), request.pageSize()).stream()
				.map(b -> new FlagHit(null, null, b.acheteurId(), b.acheteurNom(), null, null, null, b.year(),
						b.contracts(), null, b.value(), base + "/api/1/procurement/buyers/" + b.acheteurId(),
						base + "/marches-publics/acheteurs/" + b.acheteurId()))
				.toList();
			case SUPPLIER -> queries.suppliers(flag, request.offset(), request.pageSize()).stream()
				.map(s -> new FlagHit(null, null, null, null, null, null, null, null, null, s.identifier(), s.value(),
						base + "/api/1/procurement/suppliers/" + s.identifier(),
						base + "/marches-publics/titulaires/" + s.identifier()))
				.toList();
		};
		return Paged.of(hits, request, queries.count(flag), ServletUriComponentsBuilder.fromCurrentRequest());
	}

	private String message(String key) {
		return messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}
}
