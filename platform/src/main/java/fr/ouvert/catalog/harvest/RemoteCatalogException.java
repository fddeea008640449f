package fr.ouvert.catalog.harvest;

import java.io.IOException;

/** A remote catalog page that could not be fetched; the message says which URL and why. */
public class RemoteCatalogException extends IOException {

	private final String url;

	public RemoteCatalogException(String url, String why, Throwable cause) {
		super(url + ": " + why, cause);
		this.url = url;
	}

	public String url() {
		return url;
	}
}
