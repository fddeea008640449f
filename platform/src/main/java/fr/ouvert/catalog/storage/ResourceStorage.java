package fr.ouvert.catalog.storage;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where uploaded resource files live. The platform keeps them on disk; an object store (S3,
 * Swift) implements the same three operations.
 */
public interface ResourceStorage {

	/**
	 * Copies the stream to storage, computing its size and SHA-256 on the way; nothing is kept
	 * when it fails.
	 */
	StoredFile store(InputStream content) throws IOException;

	InputStream open(String key) throws IOException;

	void delete(String key) throws IOException;

	/** A stored file: its key, its size in bytes and its SHA-256 in hexadecimal. */
	record StoredFile(String key, long size, String sha256) {
	}
}
