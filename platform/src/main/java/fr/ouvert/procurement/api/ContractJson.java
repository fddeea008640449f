package fr.ouvert.procurement.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import fr.ouvert.procurement.observatory.ContractSummary;
import io.swagger.v3.oas.annotations.media.Schema;

/** A contract in the API's lists: the fields DECP publishes, nothing else. */
@Schema(name = "ProcurementContract")
record ContractJson(long id, String uid, @Schema(description = "marche ou concession") String kind,
		@Schema(description = "SIRET de l'acheteur") String buyerId, String buyerName, String object, String nature,
		String procedure, String cpv, @Schema(description = "Code INSEE du département du lieu d'exécution") String departement,
		LocalDate notified, @Schema(description = "Montant initial, en euros") BigDecimal initialAmount,
		@Schema(description = "Montant en vigueur après la dernière modification, en euros") BigDecimal amount,
		@Schema(description = "Accord-cadre : le montant est un maximum estimé") boolean frameworkAgreement,
		List<ContractSummary.Holder> holders, @Schema(description = "Chemin de la page du contrat") String url) {

	static ContractJson of(ContractSummary c) {
		return new ContractJson(c.id(), c.uid(), c.kind(), c.buyerId(), c.buyerName(), c.object(), c.nature(), c.procedure(),
				c.cpv(), c.departement(), c.notified(), c.initialAmount(), c.amount(), c.frameworkAgreement(), c.holders(),
				c.path());
	}

	/** The CSV export's columns, in order. */
	static final List<String> CSV_COLUMNS = List.of("id", "uid", "kind", "buyer_id", "buyer_name", "object", "nature",
			"procedure", "cpv", "departement", "notified", "initial_amount", "amount", "framework_agreement", "holder_ids",
			"holder_names", "url");

	List<Object> csvRow() {
		return List.of(id, uid, kind, nullable(buyerId), nullable(buyerName), nullable(object), nullable(nature),
				nullable(procedure), nullable(cpv), nullable(departement), notified == null ? "" : notified.toString(),
				initialAmount == null ? "" : initialAmount, amount == null ? "" : amount, frameworkAgreement,
				String.join(" ; ", holders.stream().map(ContractSummary.Holder::identifier).toList()),
				String.join(" ; ", holders.stream().map(h -> h.name() == null ? "" : h.name()).toList()), url);
	}

	private static Object nullable(String value) {
		return value == null ? "" : value;
	}
}
