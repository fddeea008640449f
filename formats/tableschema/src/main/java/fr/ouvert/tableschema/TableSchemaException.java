package fr.ouvert.tableschema;

import java.util.List;

/** The schema (JSON) is not a valid Table Schema; {@link #problems()} says where and why, one entry per problem. */
public final class TableSchemaException extends Exception {

	private final List<String> problems;

	public TableSchemaException(List<String> problems) {
		super("Invalid Table Schema: " + String.join("; ", problems));
		this.problems = List.copyOf(problems);
	}

	public List<String> problems() {
		return problems;
	}
}
