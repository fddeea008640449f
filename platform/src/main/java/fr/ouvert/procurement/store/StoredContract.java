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
 * @param uidTaken whether an earlier contract of the store has the same uid (same buyer, same published id)
 */
public record StoredContract(long id, Contract contract, String sourceCode, List<String> sources,
		Map<String, String> provenance, boolean uidTaken) {

	public StoredContract {
		sources = List.copyOf(sources);
		provenance = Map.copyOf(provenance);
	}

	/**
	 * The contract's key in its OCDS ocid, unique and stable: its uid, except for a contract whose uid an earlier
	 * one already has (buyers reuse ids across lots and years), which gets {@code {uid}-{id}}. Contracts are
	 * never deleted and ids only grow, so the first keeps the bare uid for good.
	 */
	public String processId() {
		return uidTaken ? contract.uid() + "-" + id : contract.uid();
	}
}
