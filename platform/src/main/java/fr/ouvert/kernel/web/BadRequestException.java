package fr.ouvert.kernel.web;

/** A request parameter is invalid: answered 400 with udata's error shape {@code {message, errors}}. */
public class BadRequestException extends RuntimeException {

	private final String field;

	public BadRequestException(String field, String message) {
		super(message);
		this.field = field;
	}

	public String field() {
		return field;
	}
}
