package fr.ouvert.procurement.store;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import fr.ouvert.decp.Contract;

/**
 * Merges two copies of one contract: the winning copy keeps all its values, and each value it lacks (null, or an
 * empty list) is taken from the other copy. Works on every field of {@link Contract}, so a field added to the
 * model is merged without a change here.
 */
final class ContractMerge {

	private static final RecordComponent[] FIELDS = Contract.class.getRecordComponents();

	/** The merged contract and the names of the fields taken from the other copy. */
	record Merged(Contract contract, List<String> filled) {
	}

	private ContractMerge() {
	}

	static Merged fillGaps(Contract winner, Contract other) {
		Object[] values = new Object[FIELDS.length];
		Class<?>[] types = new Class<?>[FIELDS.length];
		List<String> filled = new ArrayList<>();
		for (int i = 0; i < FIELDS.length; i++) {
			types[i] = FIELDS[i].getType();
			Object mine = value(FIELDS[i], winner);
			Object theirs = value(FIELDS[i], other);
			if (isGap(mine) && !isGap(theirs)) {
				values[i] = theirs;
				filled.add(FIELDS[i].getName());
			}
			else {
				values[i] = mine;
			}
		}
		if (filled.isEmpty()) {
			return new Merged(winner, filled);
		}
		try {
			return new Merged(Contract.class.getDeclaredConstructor(types).newInstance(values), filled);
		}
		catch (ReflectiveOperationException e) {
			throw new IllegalStateException("Cannot build a merged Contract", e);
		}
	}

	private static boolean isGap(Object value) {
		return value == null || value instanceof Collection<?> c && c.isEmpty();
	}

	private static Object value(RecordComponent field, Contract contract) {
		try {
			return field.getAccessor().invoke(contract);
		}
		catch (IllegalAccessException | InvocationTargetException e) {
			throw new IllegalStateException("Cannot read Contract." + field.getName(), e);
		}
	}
}
