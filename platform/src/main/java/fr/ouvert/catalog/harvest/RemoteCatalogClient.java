package fr.ouvert.catalog.harvest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;

/**
 * Fetches the pages of a remote catalog: http and https only, redirects followed (never from
 * https down to http), a connection and a whole-request timeout, and a size cap so a wrong URL
 * cannot fill the memory. Every failure says which URL and why.
 */
public final class RemoteCatalogClient {

	public static final String USER_AGENT = "Ouvert harvester";
	public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;

	private final HttpClient http;
	private final Duration requestTimeout;
	private final long maxBytes;

	/** A remote document as fetched: the URL it was finally read from (after redirects). */
	public record RemoteDocument(String url, String contentType, byte[] body) {
	}

	public RemoteCatalogClient() {
		this(Duration.ofSeconds(10), Duration.ofSeconds(120), DEFAULT_MAX_BYTES);
	}

	public RemoteCatalogClient(Duration connectTimeout, Duration requestTimeout, long maxBytes) {
		this.http = HttpClient.newBuilder()
			.connectTimeout(connectTimeout)
			.followRedirects(HttpClient.Redirect.NORMAL)
			.build();
		this.requestTimeout = requestTimeout;
		this.maxBytes = maxBytes;
	}

	/**
	 * @param accept the media types asked for, in {@code Accept} header syntax
	 * @throws RemoteCatalogException when the URL is not http(s), the server cannot be reached or
	 *             answers other than 2xx, the time runs out, or the body is too large
	 */
	public RemoteDocument fetch(String url, String accept) throws RemoteCatalogException {
		URI uri;
		try {
			uri = URI.create(url);
		}
		catch (IllegalArgumentException e) {
			throw new RemoteCatalogException(url, "not a valid URL: " + e.getMessage(), e);
		}
		String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
		if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
			throw new RemoteCatalogException(url, "only http and https URLs can be harvested", null);
		}
		HttpRequest request = HttpRequest.newBuilder(uri)
			.timeout(requestTimeout)
			.header("User-Agent", USER_AGENT)
			.header("Accept", accept)
			.GET()
			.build();
		HttpResponse<InputStream> response;
		try {
			response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
		}
		catch (HttpTimeoutException e) {
			throw new RemoteCatalogException(url, "no answer within " + requestTimeout.toMillis() + " ms", e);
		}
		catch (IOException e) {
			throw new RemoteCatalogException(url, "cannot be reached: " + e, e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new RemoteCatalogException(url, "interrupted", e);
		}
		try (InputStream body = response.body()) {
			if (response.statusCode() < 200 || response.statusCode() > 299) {
				throw new RemoteCatalogException(url, "HTTP status " + response.statusCode()
						+ (response.uri().equals(uri) ? "" : " from " + response.uri()), null);
			}
			byte[] bytes = readCapped(body, url);
			return new RemoteDocument(response.uri().toString(),
					response.headers().firstValue("Content-Type").orElse(null), bytes);
		}
		catch (RemoteCatalogException e) {
			throw e;
		}
		catch (HttpTimeoutException e) {
			throw new RemoteCatalogException(url, "body not received within " + requestTimeout.toMillis() + " ms", e);
		}
		catch (IOException e) {
			throw new RemoteCatalogException(url, "reading the answer failed: " + e, e);
		}
	}

	private byte[] readCapped(InputStream body, String url) throws IOException, RemoteCatalogException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buffer = new byte[64 * 1024];
		long total = 0;
		for (int n; (n = body.read(buffer)) >= 0;) {
			total += n;
			if (total > maxBytes) {
				throw new RemoteCatalogException(url, "larger than " + maxBytes + " bytes, the harvest limit", null);
			}
			out.write(buffer, 0, n);
		}
		return out.toByteArray();
	}
}
