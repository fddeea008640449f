package fr.ouvert.catalog.harvest;

import java.net.URI;
import java.net.UnknownHostException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import fr.ouvert.account.Organisation;
import fr.ouvert.account.Organisations;
import fr.ouvert.catalog.CatalogProperties;
import fr.ouvert.catalog.domain.CatalogPermissions;
import fr.ouvert.catalog.domain.DatasetDescription;
import fr.ouvert.catalog.domain.DescribedDatasets;
import fr.ouvert.catalog.linkcheck.OutboundAddresses;
import fr.ouvert.kernel.audit.AuditTrail;
import fr.ouvert.kernel.security.CurrentUser;
import fr.ouvert.kernel.web.FormErrors;
import fr.ouvert.kernel.web.Forms;
import fr.ouvert.kernel.web.NotFoundException;
import tools.jackson.databind.ObjectMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Harvest sources of an organisation and their runs. A run reads every page of the source first,
 * then writes in one transaction: datasets created or updated when their description changed,
 * those gone from a completely read source archived (never deleted). A failed run writes no
 * dataset; running again is always safe.
 */
@Service
public class HarvestSources {

	/** A remote catalog harvested into an organisation. */
	public record Source(long id, long organisationId, String name, String backend, String url, Instant createdAt) {
	}

	/** One run: its counts, and the problems met (warnings, or why it failed). */
	public record Job(long id, long sourceId, Instant startedAt, Instant finishedAt, String status, int created,
			int updated, int unchanged, int archived, List<String> problems) {
	}

	public record Outcome(FormErrors errors, Source source) {
	}

	static final int KEPT_PROBLEMS = 200;

	private final JdbcClient jdbc;
	private final Organisations organisations;
	private final CatalogPermissions permissions;
	private final DescribedDatasets described;
	private final AuditTrail audit;
	private final TransactionTemplate transactions;
	private final CatalogProperties properties;
	private final ObjectMapper json;
	private final Clock clock;

	HarvestSources(JdbcClient jdbc, Organisations organisations, CatalogPermissions permissions,
			DescribedDatasets described, AuditTrail audit, TransactionTemplate transactions, CatalogProperties properties,
			ObjectMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.organisations = organisations;
		this.permissions = permissions;
		this.described = described;
		this.audit = audit;
		this.transactions = transactions;
		this.properties = properties;
		this.json = json;
		this.clock = clock;
	}

	public List<Source> ofOrganisation(long organisationId) {
		return jdbc.sql("select id, organisation_id, name, backend, url, created_at from catalog_harvest_source "
				+ "where organisation_id = :id order by name").param("id", organisationId).query(Source.class).list();
	}

	public Optional<Source> find(long id) {
		return jdbc.sql("select id, organisation_id, name, backend, url, created_at from catalog_harvest_source where id = :id")
			.param("id", id)
			.query(Source.class)
			.optional();
	}

	public List<Job> jobs(long sourceId, int limit) {
		return jdbc.sql("""
				select id, source_id, started_at, finished_at, status, created, updated, unchanged, archived, errors::text as errors
				from catalog_harvest_job where source_id = :source order by started_at desc, id desc limit :limit""")
			.param("source", sourceId)
			.param("limit", limit)
			.query((rs, n) -> new Job(rs.getLong("id"), rs.getLong("source_id"), rs.getTimestamp("started_at").toInstant(),
					rs.getTimestamp("finished_at") == null ? null : rs.getTimestamp("finished_at").toInstant(),
					rs.getString("status"), rs.getInt("created"), rs.getInt("updated"), rs.getInt("unchanged"),
					rs.getInt("archived"), List.of(json.readValue(rs.getString("errors"), String[].class))))
			.list();
	}

	/** An agent of the organisation (or an administrator) declares a source. */
	public Outcome create(CurrentUser user, long organisationId, String name, String backend, String url) {
		if (!permissions.canPublishFor(Optional.of(user), organisationId)) {
			throw new AccessDeniedException("Not an agent of organisation " + organisationId);
		}
		FormErrors errors = new FormErrors();
		String label = Forms.blankToNull(name);
		errors.rejectIf(label == null || label.length() > 200, "name", "catalog.harvest.error.name");
		HarvestBackend kind = backend(backend);
		errors.rejectIf(kind == null, "backend", "catalog.harvest.error.backend");
		errors.rejectIf(!fr.ouvert.catalog.domain.Datasets.isWebAddress(url), "url", "catalog.harvest.error.url");
		if (!errors.isEmpty()) {
			return new Outcome(errors, null);
		}
		return transactions.execute(tx -> {
			long id = jdbc.sql("""
					insert into catalog_harvest_source (organisation_id, name, backend, url, created_at)
					values (:organisation, :name, :backend, :url, :now)
					on conflict (organisation_id, url) do update set name = excluded.name, backend = excluded.backend
					returning id""")
				.param("organisation", organisationId)
				.param("name", label)
				.param("backend", kind.name().toLowerCase(Locale.ROOT))
				.param("url", url.strip())
				.param("now", Timestamp.from(clock.instant()))
				.query(Long.class)
				.single();
			Source source = find(id).orElseThrow();
			audit.record(user, "harvest-source.save", "catalog-harvest-source", Long.toString(id), null, source);
			return new Outcome(errors, source);
		});
	}

	/** A person runs a source of their organisation. */
	public Job run(CurrentUser user, long sourceId) {
		Source source = find(sourceId).orElseThrow(() -> new NotFoundException("No harvest source " + sourceId));
		if (!permissions.canPublishFor(Optional.of(user), source.organisationId())) {
			throw new AccessDeniedException("Not an agent of organisation " + source.organisationId());
		}
		return run(source, "user:" + user.id());
	}

	/** Runs a source (command line, schedule, or a person through {@link #run(CurrentUser, long)}). */
	public Job run(Source source, String by) {
		String job = "catalog-harvest:" + source.id() + ":" + by;
		Instant started = clock.instant();
		long jobId = transactions.execute(tx -> jdbc.sql("""
				insert into catalog_harvest_job (source_id, started_at, status) values (:source, :at, 'running') returning id""")
			.param("source", source.id())
			.param("at", Timestamp.from(started))
			.query(Long.class)
			.single());
		HarvestResult result;
		try {
			checkAddress(source.url());
			RemoteCatalogClient client = new RemoteCatalogClient(properties.harvest().timeout(),
					properties.harvest().timeout(), RemoteCatalogClient.DEFAULT_MAX_BYTES);
			result = backend(source.backend()).harvest(source.url(), client, properties.harvest().maxPages());
		}
		catch (RemoteCatalogException | HarvestFormatException | UnknownHostException e) {
			finish(jobId, "failed", new int[4], List.of(e.getMessage()));
			return jobs(source.id(), 1).get(0);
		}
		Organisation organisation = organisations.find(source.organisationId()).orElseThrow();
		int[] counts = transactions.execute(tx -> {
			jdbc.sql("select pg_advisory_xact_lock(hashtext('catalog_harvest_source'), :id::int)")
				.param("id", (int) source.id())
				.query()
				.singleValue();
			int[] c = new int[4];
			Set<String> seen = new HashSet<>();
			for (DatasetDescription dataset : result.datasets()) {
				seen.add(dataset.remoteId());
				c[described.write(organisation, source.id(), dataset, "harvest", job).ordinal()]++;
			}
			// Only a source read to its last page tells which datasets are gone.
			if (result.complete()) {
				c[3] = described.archiveVanished(source.id(), seen, job);
			}
			return c;
		});
		List<String> problems = new ArrayList<>();
		result.warnings().stream().limit(KEPT_PROBLEMS).forEach(w -> problems.add(w.toString()));
		finish(jobId, problems.isEmpty() ? "done" : "done-errors", counts, problems);
		return jobs(source.id(), 1).get(0);
	}

	private void finish(long jobId, String status, int[] counts, List<String> problems) {
		transactions.executeWithoutResult(tx -> jdbc.sql("""
				update catalog_harvest_job set finished_at = :at, status = :status, created = :created, updated = :updated,
				    unchanged = :unchanged, archived = :archived, errors = cast(:errors as jsonb)
				where id = :id""")
			.param("at", Timestamp.from(clock.instant()))
			.param("status", status)
			.param("created", counts[0])
			.param("updated", counts[1])
			.param("unchanged", counts[2])
			.param("archived", counts[3])
			.param("errors", json.writeValueAsString(problems))
			.param("id", jobId)
			.update());
	}

	private void checkAddress(String url) throws UnknownHostException {
		if (!properties.allowPrivateAddresses() && OutboundAddresses.isPrivate(URI.create(url).getHost())) {
			throw new UnknownHostException(url + " resolves to a private address: not harvested");
		}
	}

	static HarvestBackend backend(String name) {
		try {
			return name == null ? null : HarvestBackend.valueOf(name.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}
}
