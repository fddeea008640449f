package fr.ouvert.catalog.linkcheck;

import java.io.IOException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import fr.ouvert.catalog.CatalogProperties;
import fr.ouvert.catalog.domain.DatasetUpdates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks that remote resources answer, as data.gouv.fr's crawler does: a HEAD request (a ranged
 * GET when HEAD is refused), availability = a 2xx or 3xx answer in time. The result is kept on
 * the resource ({@code check:*} in the API) and counts in the dataset's quality score. The
 * platform's own export links are not checked.
 */
@Service
public class LinkChecker {

	private static final Logger log = LoggerFactory.getLogger(LinkChecker.class);

	/** The result of one check; {@code available} is null when the URL was not checked (refused address). */
	public record Check(UUID resourceId, Boolean available, Integer status) {
	}

	private record Candidate(UUID id, UUID datasetId, String url) {
	}

	private final JdbcClient jdbc;
	private final DatasetUpdates updates;
	private final TransactionTemplate transactions;
	private final CatalogProperties.LinkCheck settings;
	private final boolean allowPrivateAddresses;
	private final HttpClient http;
	private final Clock clock;

	LinkChecker(JdbcClient jdbc, DatasetUpdates updates, TransactionTemplate transactions, CatalogProperties properties,
			Clock clock) {
		this.jdbc = jdbc;
		this.updates = updates;
		this.transactions = transactions;
		this.settings = properties.linkCheck();
		this.allowPrivateAddresses = properties.allowPrivateAddresses();
		this.clock = clock;
		this.http = HttpClient.newBuilder()
			.connectTimeout(settings.timeout())
			.followRedirects(HttpClient.Redirect.NORMAL)
			.build();
	}

	/** Checks the next batch of remote resources whose last check is older than the recheck delay. */
	public List<Check> checkBatch() {
		Instant due = clock.instant().minus(settings.recheckAfter());
		List<Candidate> candidates = jdbc.sql("""
				select r.id, r.dataset_id, r.url from catalog_resource r join catalog_dataset d on d.id = r.dataset_id
				where r.filetype = 'remote' and d.origin <> 'platform' and d.archived_at is null
				  and (r.check_date is null or r.check_date < :due)
				order by r.check_date nulls first, r.id limit :limit""")
			.param("due", Timestamp.from(due))
			.param("limit", settings.batchSize())
			.query(Candidate.class)
			.list();
		List<Check> checks = candidates.stream().map(this::check).toList();
		if (!checks.isEmpty()) {
			log.info("Link check: {} resource(s), {} unavailable", checks.size(),
					checks.stream().filter(c -> Boolean.FALSE.equals(c.available())).count());
		}
		return checks;
	}

	private Check check(Candidate candidate) {
		Check check = probe(candidate);
		transactions.executeWithoutResult(tx -> {
			jdbc.sql("""
					update catalog_resource set check_available = :available, check_status = :status, check_date = :at
					where id = :id""")
				.param("available", check.available())
				.param("status", check.status())
				.param("at", Timestamp.from(clock.instant()))
				.param("id", candidate.id())
				.update();
			updates.refresh(candidate.datasetId());
		});
		return check;
	}

	private Check probe(Candidate candidate) {
		URI uri;
		try {
			uri = URI.create(candidate.url());
			if (!allowPrivateAddresses && OutboundAddresses.isPrivate(uri.getHost())) {
				return new Check(candidate.id(), null, null);
			}
		}
		catch (IllegalArgumentException | UnknownHostException e) {
			return new Check(candidate.id(), false, null);
		}
		try {
			int status = send(uri, "HEAD");
			if (status == 405 || status == 501) {
				status = send(uri, "GET");
			}
			return new Check(candidate.id(), status < 400, status);
		}
		catch (IOException e) {
			return new Check(candidate.id(), false, null);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return new Check(candidate.id(), false, null);
		}
	}

	private int send(URI uri, String method) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri)
			.timeout(settings.timeout())
			.header("User-Agent", "Ouvert link checker")
			.method(method, HttpRequest.BodyPublishers.noBody());
		if ("GET".equals(method)) {
			request.header("Range", "bytes=0-0");
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
	}
}
