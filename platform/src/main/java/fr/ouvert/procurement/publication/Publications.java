package fr.ouvert.procurement.publication;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import fr.ouvert.account.Organisation;
import fr.ouvert.account.Organisations;
import fr.ouvert.decp.DecpRecord;
import fr.ouvert.decp.Issue;
import fr.ouvert.kernel.audit.AuditTrail;
import fr.ouvert.kernel.config.OuvertProperties;
import fr.ouvert.kernel.security.CurrentUser;
import fr.ouvert.kernel.security.Role;
import fr.ouvert.procurement.importing.DecpImports;
import fr.ouvert.procurement.importing.ImportPermissions;
import fr.ouvert.procurement.importing.ImportProperties;
import fr.ouvert.procurement.importing.ImportReports;
import fr.ouvert.procurement.importing.ImportResult;
import fr.ouvert.procurement.importing.SourceSpec;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Buyers publish their own DECP files: an agent of an organisation with a SIRET uploads a file, which is read and
 * validated without entering the store (a pending import with its report); the agent then publishes it — it is
 * imported as the source {@code publication-<organisation>} with priority 0, so the buyer's own copy wins over
 * every platform's — or abandons it. Records of another buyer than the organisation are rejected.
 */
@Service
public class Publications {

	/** The priority of a buyer's own publications: the highest. */
	static final int PRIORITY = 0;

	/** Why an upload was refused as a whole. */
	public static final class TooLarge extends RuntimeException {
		TooLarge(long limit) {
			super("Le fichier dépasse la taille autorisée (" + limit / (1024 * 1024) + " Mo).");
		}
	}

	private final DecpImports imports;
	private final ImportReports reports;
	private final ImportPermissions permissions;
	private final Organisations organisations;
	private final ImportProperties properties;
	private final Path folder;
	private final AuditTrail audit;
	private final TransactionTemplate transactions;

	Publications(DecpImports imports, ImportReports reports, ImportPermissions permissions, Organisations organisations,
			ImportProperties properties, OuvertProperties platform, AuditTrail audit, TransactionTemplate transactions) {
		this.imports = imports;
		this.reports = reports;
		this.permissions = permissions;
		this.organisations = organisations;
		this.properties = properties;
		this.folder = platform.home().resolve("procurement").resolve("publications");
		this.audit = audit;
		this.transactions = transactions;
	}

	/** The organisation the person may publish for: an agent's, when it has a SIRET. */
	public Optional<Organisation> publisherOrganisation(CurrentUser user) {
		if (!user.has(Role.AGENT) || user.organisationId() == null) {
			return Optional.empty();
		}
		return organisations.find(user.organisationId()).filter(o -> o.siret() != null && !o.siret().isBlank());
	}

	/**
	 * Reads and validates an uploaded file; nothing enters the store until {@link #confirm}.
	 *
	 * @throws TooLarge beyond {@code ouvert.procurement.max-publication-size}
	 * @throws fr.ouvert.decp.DecpFormatException when the file is not DECP at all
	 */
	public ImportResult upload(CurrentUser user, String fileName, InputStream content) throws IOException {
		Organisation organisation = publisherOrganisation(user)
			.orElseThrow(() -> new AccessDeniedException("Not an agent of an organisation with a SIRET"));
		Files.createDirectories(folder);
		Path received = Files.createTempFile(folder, "upload-", ".decp");
		try {
			copyWithin(content, received, properties.maxPublicationSize().toBytes());
			String name = fileName == null || fileName.isBlank() ? "publication.json"
					: Path.of(fileName).getFileName().toString();
			ImportResult result = imports.validate(received, name, source(organisation), organisation.id(), user.id(),
					buyerCheck(organisation));
			if ("pending".equals(result.status())) {
				Files.move(received, stored(result.importId()), StandardCopyOption.REPLACE_EXISTING);
			}
			return result;
		}
		finally {
			Files.deleteIfExists(received);
		}
	}

	/** Publishes a pending upload: its records enter the store. */
	public ImportResult confirm(CurrentUser user, long importId) throws IOException {
		ImportReports.ImportSummary summary = decidable(user, importId);
		Organisation organisation = organisations.find(summary.organisationId()).orElseThrow();
		ImportResult result = imports.confirm(importId, stored(importId), buyerCheck(organisation));
		Files.deleteIfExists(stored(importId));
		return result;
	}

	/** Abandons a pending upload: it never enters the store. */
	public void discard(CurrentUser user, long importId) throws IOException {
		decidable(user, importId);
		transactions.executeWithoutResult(tx -> {
			imports.discard(importId);
			audit.record(user, "procurement.publication.discard", "procurement-import", Long.toString(importId), null,
					null);
		});
		Files.deleteIfExists(stored(importId));
	}

	private ImportReports.ImportSummary decidable(CurrentUser user, long importId) {
		ImportReports.ImportSummary summary = reports.summary(importId)
			.orElseThrow(() -> new fr.ouvert.kernel.web.NotFoundException("No import " + importId));
		if (!permissions.canDecide(user, summary)) {
			throw new AccessDeniedException("Not a pending publication of the agent's organisation");
		}
		return summary;
	}

	static SourceSpec source(Organisation organisation) {
		return new SourceSpec("publication-" + organisation.slug(), organisation.name(), PRIORITY);
	}

	/**
	 * Rejects the records whose buyer is not the organisation: its SIRET, or a SIRET of the same SIREN (another
	 * establishment of the same legal person).
	 */
	static UnaryOperator<DecpRecord> buyerCheck(Organisation organisation) {
		String siret = organisation.siret().replace(" ", "");
		String siren = siret.length() >= 9 ? siret.substring(0, 9) : siret;
		return record -> {
			if (record.contract() == null) {
				return record;
			}
			String buyer = record.contract().acheteurId();
			if (buyer != null && (buyer.equals(siret) || buyer.startsWith(siren))) {
				return record;
			}
			List<Issue> issues = new ArrayList<>(record.issues());
			issues.add(Issue.rejected("buyer-not-publisher", "acheteur.id", "L'acheteur " + (buyer == null ? "(absent)" : buyer)
					+ " n'est pas " + organisation.name() + " (SIRET " + siret
					+ ") : une organisation ne publie que ses propres marchés."));
			return new DecpRecord(record.file(), record.index(), record.contract(), issues, record.fingerprint());
		};
	}

	private Path stored(long importId) {
		return folder.resolve(importId + ".decp");
	}

	private static void copyWithin(InputStream content, Path target, long limit) throws IOException {
		byte[] buffer = new byte[64 * 1024];
		long total = 0;
		try (OutputStream out = Files.newOutputStream(target)) {
			for (int n; (n = content.read(buffer)) > 0;) {
				total += n;
				if (total > limit) {
					throw new TooLarge(limit);
				}
				out.write(buffer, 0, n);
			}
		}
	}
}
