package fr.ouvert.procurement.store;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import fr.ouvert.decp.ActeSousTraitance;
import fr.ouvert.decp.Contract;
import fr.ouvert.decp.ContractKind;
import fr.ouvert.decp.DonneesAnnuelles;
import fr.ouvert.decp.Generation;
import fr.ouvert.decp.ModificationActeSousTraitance;
import fr.ouvert.decp.Titulaire;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The jsonb columns of the store: a contract's {@code details} (the 2022 format's and the concessions' fields,
 * under their DECP names), the holders of a version, the provenance of merged fields.
 */
final class ContractJson {

	/** Record components only (no {@code isSiret} flag), empty values left out. */
	private static final JsonMapper JSON = JsonMapper.builder()
		.changeDefaultVisibility(v -> v.withIsGetterVisibility(JsonAutoDetect.Visibility.NONE))
		.changeDefaultPropertyInclusion(i -> JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY,
				JsonInclude.Include.NON_EMPTY))
		.build();
	private static final TypeReference<List<Titulaire>> TITULAIRES = new TypeReference<>() {
	};
	private static final TypeReference<Map<String, String>> PROVENANCE = new TypeReference<>() {
	};

	/** What {@code procurement_contract.details} holds. */
	record Details(List<String> techniques, List<String> modalitesExecution, String idAccordCadre,
			Boolean marcheInnovant, String ccag, Boolean attributionAvance, BigDecimal tauxAvance,
			String typeGroupementOperateurs, Boolean sousTraitanceDeclaree, List<String> typesPrix, BigDecimal origineUE,
			BigDecimal origineFrance, List<String> considerationsSociales, List<String> considerationsEnvironnementales,
			List<ActeSousTraitance> actesSousTraitance,
			List<ModificationActeSousTraitance> modificationsActesSousTraitance, LocalDate dateDebutExecution,
			BigDecimal montantSubventionPublique, List<DonneesAnnuelles> donneesExecution) {

		static Details of(Contract c) {
			return new Details(c.techniques(), c.modalitesExecution(), c.idAccordCadre(), c.marcheInnovant(), c.ccag(),
					c.attributionAvance(), c.tauxAvance(), c.typeGroupementOperateurs(), c.sousTraitanceDeclaree(),
					c.typesPrix(), c.origineUE(), c.origineFrance(), c.considerationsSociales(),
					c.considerationsEnvironnementales(), c.actesSousTraitance(), c.modificationsActesSousTraitance(),
					c.dateDebutExecution(), c.montantSubventionPublique(), c.donneesExecution());
		}

		Contract.Builder applyTo(Contract.Builder b) {
			return b.techniques(techniques)
				.modalitesExecution(modalitesExecution)
				.idAccordCadre(idAccordCadre)
				.marcheInnovant(marcheInnovant)
				.ccag(ccag)
				.attributionAvance(attributionAvance)
				.tauxAvance(tauxAvance)
				.typeGroupementOperateurs(typeGroupementOperateurs)
				.sousTraitanceDeclaree(sousTraitanceDeclaree)
				.typesPrix(typesPrix)
				.origineUE(origineUE)
				.origineFrance(origineFrance)
				.considerationsSociales(considerationsSociales)
				.considerationsEnvironnementales(considerationsEnvironnementales)
				.actesSousTraitance(actesSousTraitance)
				.modificationsActesSousTraitance(modificationsActesSousTraitance)
				.dateDebutExecution(dateDebutExecution)
				.montantSubventionPublique(montantSubventionPublique)
				.donneesExecution(donneesExecution);
		}
	}

	/** The details of a contract without any of those fields: most 2019 contracts. */
	private static final Details NO_DETAILS = Details.of(Contract.builder(ContractKind.MARCHE, Generation.DECP_2019).build());

	private ContractJson() {
	}

	static String details(Contract contract) {
		Details details = Details.of(contract);
		return details.equals(NO_DETAILS) ? "{}" : JSON.writeValueAsString(details);
	}

	static Details details(String json) {
		return JSON.readValue(json, Details.class);
	}

	static String titulaires(List<Titulaire> titulaires) {
		return JSON.writeValueAsString(titulaires);
	}

	static List<Titulaire> titulaires(String json) {
		return JSON.readValue(json, TITULAIRES);
	}

	static String provenance(Map<String, String> provenance) {
		return JSON.writeValueAsString(provenance);
	}

	static Map<String, String> provenance(String json) {
		return JSON.readValue(json, PROVENANCE);
	}

	/** A PostgreSQL array literal of texts, for COPY. */
	static String textArray(List<String> values) {
		StringBuilder literal = new StringBuilder("{");
		for (String value : values) {
			if (literal.length() > 1) {
				literal.append(',');
			}
			literal.append('"').append(value.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
		}
		return literal.append('}').toString();
	}
}
