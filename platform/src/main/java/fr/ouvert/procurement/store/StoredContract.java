package fr.ouvert.procurement.store;

import java.util.List;
import java.util.Map;

import fr.ouvert.decp.Contract;

/**
 * A contract of the consolidated flow, as the store rebuilds it.
 *
 * @param id {@code procurement_contract.id}
 * @param contract the contract, every field included
 * @param sourceCode the source whose copy won (lowest priority number)
 * @param sources every source that published it
 * @param provenance for each field taken from another copy than the winner's, that copy's source code
 */
public record StoredContract(long id, Contract contract, String sourceCode, List<String> sources,
		Map<String, String> provenance) {

	public StoredContract {
		sources = List.copyOf(sources);
		provenance = Map.copyOf(provenance);
	}
}
