package fr.ouvert.procurement.api;

import java.util.List;

import fr.ouvert.procurement.observatory.Aggregates;
import fr.ouvert.procurement.observatory.Parties;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A buyer's or a supplier's figures. Amounts are in force after the last modification; the contracts and amount
 * of {@code totals} leave out framework agreements, whose estimated maxima are in {@code framework_contracts}
 * and {@code framework_amount}.
 */
@Schema(name = "ProcurementParty")
record PartyJson(String identifier, String name, Aggregates.Totals totals, List<Aggregates.YearTotals> years,
		List<Aggregates.Share> procedures, @Schema(description = "Par division CPV (2 premiers chiffres)") List<Aggregates.Share> sectors,
		@Schema(description = "Titulaires d'un acheteur, acheteurs d'un titulaire (les 10 premiers par montant)") List<Aggregates.Share> partners,
		@Schema(description = "Établissements, quand l'identifiant est un SIREN") List<Parties.Establishment> establishments,
		@Schema(description = "Signaux d'alerte de l'acheteur (par année) ou du titulaire") List<Parties.PartyFlag> flags,
		@Schema(description = "Nombre de ses contrats par signal d'alerte") List<Aggregates.FlagCount> contractFlags) {
}
