package fr.ouvert.hatvp.register;

import java.util.Arrays;

/**
 * Where a reader is inside a publication: keys and list indexes, rendered only when an error or a skipped key
 * needs them ({@code exercices[2].activites[1].publicationDate}).
 */
final class FieldPath {

	private static final int INDEX = -1;

	private String[] names = new String[16];
	private int[] indexes = new int[16];
	private int depth;

	void push(String name) {
		grow();
		names[depth] = name;
		indexes[depth] = INDEX;
		depth++;
	}

	/** Pushes a list index (from 1), which belongs to the key pushed before it. */
	void index(int index) {
		grow();
		names[depth] = null;
		indexes[depth] = index;
		depth++;
	}

	void pop() {
		depth--;
	}

	boolean isEmpty() {
		return depth == 0;
	}

	/** With indexes: {@code exercices[2].dateDebut}. */
	String render() {
		return render(true);
	}

	/** Without indexes, to group the same key over all records: {@code exercices[].activites[].historique}. */
	String pattern() {
		return render(false);
	}

	private String render(boolean withIndexes) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < depth; i++) {
			if (names[i] == null) {
				text.append('[');
				if (withIndexes) {
					text.append(indexes[i]);
				}
				text.append(']');
			} else {
				if (!text.isEmpty()) {
					text.append('.');
				}
				text.append(names[i]);
			}
		}
		return text.toString();
	}

	private void grow() {
		if (depth == names.length) {
			names = Arrays.copyOf(names, depth * 2);
			indexes = Arrays.copyOf(indexes, depth * 2);
		}
	}
}
