package fr.ouvert.catalog.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

import fr.ouvert.kernel.config.OuvertProperties;

import org.springframework.stereotype.Component;

/**
 * Files under {@code $OUVERT_HOME/files/catalog}, spread over 256 folders by key. A file is
 * written under a temporary name and moved into place once complete, so a crash never leaves a
 * half file behind a key.
 */
@Component
class FileSystemResourceStorage implements ResourceStorage {

	private final Path root;

	FileSystemResourceStorage(OuvertProperties properties) {
		this.root = properties.home().resolve("files").resolve("catalog");
	}

	@Override
	public StoredFile store(InputStream content) throws IOException {
		String key = UUID.randomUUID().toString();
		Path target = path(key);
		Files.createDirectories(target.getParent());
		Path temporary = Files.createTempFile(target.getParent(), "upload-", ".part");
		MessageDigest sha256 = sha256();
		long size;
		try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temporary), sha256)) {
			size = content.transferTo(out);
		}
		catch (IOException | RuntimeException e) {
			Files.deleteIfExists(temporary);
			throw e;
		}
		Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
		return new StoredFile(key, size, HexFormat.of().formatHex(sha256.digest()));
	}

	@Override
	public InputStream open(String key) throws IOException {
		return Files.newInputStream(path(key));
	}

	@Override
	public void delete(String key) throws IOException {
		Files.deleteIfExists(path(key));
	}

	private Path path(String key) {
		if (!key.matches("[0-9a-f-]{36}")) {
			throw new IllegalArgumentException("Not a storage key: " + key);
		}
		return root.resolve(key.substring(0, 2)).resolve(key);
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
