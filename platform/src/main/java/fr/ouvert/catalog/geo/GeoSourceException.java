package fr.ouvert.catalog.geo;

/** The geography source is unreadable or inconsistent; the message says which file, record and field. */
class GeoSourceException extends RuntimeException {

	GeoSourceException(String message) {
		super(message);
	}

	GeoSourceException(String message, Throwable cause) {
		super(message, cause);
	}
}
