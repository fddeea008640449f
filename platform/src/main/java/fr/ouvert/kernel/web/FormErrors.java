package fr.ouvert.kernel.web;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What is wrong with a submitted form: field name → message key, rendered by the template next to
 * the field in the page's language.
 */
public final class FormErrors {

	private final Map<String, String> errors = new LinkedHashMap<>();

	public FormErrors reject(String field, String messageKey) {
		errors.putIfAbsent(field, messageKey);
		return this;
	}

	public FormErrors rejectIf(boolean condition, String field, String messageKey) {
		return condition ? reject(field, messageKey) : this;
	}

	public boolean isEmpty() {
		return errors.isEmpty();
	}

	public boolean has(String field) {
		return errors.containsKey(field);
	}

	/** The message key for the field, or {@code null}. */
	public String key(String field) {
		return errors.get(field);
	}

	public Map<String, String> all() {
		return Map.copyOf(errors);
	}

	public static FormErrors none() {
		return new FormErrors();
	}
}
