package fr.ouvert.procurement.opendata;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Semaphore;

import fr.ouvert.decp.Decp2022JsonWriter;
import fr.ouvert.decp.DecpCsvWriter;
import fr.ouvert.decp.ocds.OcdsOptions;
import fr.ouvert.decp.ocds.OcdsRecordPackageWriter;
import fr.ouvert.decp.ocds.OcdsReleasePackageWriter;
import fr.ouvert.kernel.config.OuvertProperties;
import fr.ouvert.kernel.web.BadRequestException;
import fr.ouvert.kernel.web.NotFoundException;
import fr.ouvert.kernel.web.RetryLaterException;
import fr.ouvert.procurement.store.ContractStore;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The consolidated contracts in the standard formats, streamed from a database cursor in constant memory: DECP
 * 2022 JSON, the flat CSV, and OCDS 1.1 release and record packages, whole or for a range of publication dates.
 * The body is written after the status line: a failure half-way cuts the connection, and the writer is closed
 * (which ends the JSON document) only once every contract is written, so an interrupted download never looks
 * complete.
 */
@RestController
@RequestMapping("/api/1/procurement")
@Tag(name = "Marchés publics : téléchargements", description = "Les contrats consolidés en DECP 2022, CSV et OCDS 1.1")
class ProcurementDownloadsController {

	private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

	private final ContractStore store;
	private final ProcurementOcdsProperties ocds;
	private final Clock clock;
	private final Semaphore downloadSlots;

	ProcurementDownloadsController(ContractStore store, ProcurementOcdsProperties ocds, Clock clock,
			OuvertProperties properties) {
		this.store = store;
		this.ocds = ocds;
		this.clock = clock;
		// Each download holds a database connection for its whole length, as the kernel's exports do: as many may
		// run at once as the kernel allows exports, the others are asked to come back.
		this.downloadSlots = new Semaphore(properties.openData().maxConcurrentExports());
	}

	@GetMapping(path = "/decp.json", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Tous les contrats au format DECP 2022 (JSON, schéma 2.0.3), marchés puis concessions")
	ResponseEntity<StreamingResponseBody> decpJson() {
		return download("decp.json", MediaType.APPLICATION_JSON, out -> {
			Decp2022JsonWriter writer = new Decp2022JsonWriter(out);
			store.forEach(null, null, c -> writer.write(c.contract()));
			writer.close();
		});
	}

	@GetMapping(path = "/decp.csv", produces = "text/csv")
	@Operation(summary = "Tous les contrats en CSV : une ligne par contrat et titulaire en vigueur")
	ResponseEntity<StreamingResponseBody> decpCsv() {
		return download("decp.csv", CSV, out -> {
			DecpCsvWriter writer = new DecpCsvWriter(out);
			store.forEach(null, null, c -> {
				try {
					writer.write(c.contract());
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
			writer.close();
		});
	}

	@GetMapping(path = "/ocds/releases.json", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Toutes les publications OCDS 1.1 (paquet de releases) : une release par version de chaque contrat")
	ResponseEntity<StreamingResponseBody> allReleases() {
		checkRange(null, null);
		OcdsOptions options = options("/api/1/procurement/ocds/releases.json");
		return download("releases.json", MediaType.APPLICATION_JSON, out -> {
			OcdsReleasePackageWriter writer = new OcdsReleasePackageWriter(out, options, clock.instant());
			store.forEach(null, null, c -> writer.write(c.contract(), c.processId(), null, null));
			writer.close();
		});
	}

	@GetMapping(path = "/ocds/releases", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Les releases OCDS 1.1 publiées dans une période (dates de publication des données, bornes incluses)")
	ResponseEntity<StreamingResponseBody> releases(
			@Parameter(description = "Première date de publication, AAAA-MM-JJ") @RequestParam(required = false) String from,
			@Parameter(description = "Dernière date de publication, AAAA-MM-JJ") @RequestParam(required = false) String to) {
		return period(from, to, (out, options, start, end) -> {
			OcdsReleasePackageWriter writer = new OcdsReleasePackageWriter(out, options, clock.instant());
			store.forEach(start, end, c -> writer.write(c.contract(), c.processId(), start, end));
			writer.close();
		});
	}

	@GetMapping(path = "/ocds/records", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Les records OCDS 1.1 des contrats dont une version a été publiée dans la période : toutes leurs releases et leur compiledRelease")
	ResponseEntity<StreamingResponseBody> records(
			@Parameter(description = "Première date de publication, AAAA-MM-JJ") @RequestParam(required = false) String from,
			@Parameter(description = "Dernière date de publication, AAAA-MM-JJ") @RequestParam(required = false) String to) {
		return period(from, to, (out, options, start, end) -> {
			OcdsRecordPackageWriter writer = new OcdsRecordPackageWriter(out, options, clock.instant());
			store.forEach(start, end, c -> writer.write(c.contract(), c.processId()));
			writer.close();
		});
	}

	/** Writes an OCDS package of a period to the response. */
	@FunctionalInterface
	private interface PeriodPackage {
		void write(OutputStream out, OcdsOptions options, LocalDate from, LocalDate to) throws IOException;
	}

	/** A package of the releases dated in the period given by the request's parameters, streamed inline. */
	private ResponseEntity<StreamingResponseBody> period(String from, String to, PeriodPackage body) {
		LocalDate start = date("from", from);
		LocalDate end = date("to", to);
		checkRange(start, end);
		OcdsOptions options = options(ServletUriComponentsBuilder.fromCurrentRequest().build().toUriString());
		return inline(out -> body.write(out, options, start, end));
	}

	private OcdsOptions options(String packagePath) {
		String uri = packagePath.startsWith("/")
				? ServletUriComponentsBuilder.fromCurrentContextPath().path(packagePath).toUriString() : packagePath;
		return new OcdsOptions(ocds.ocidPrefix(), ocds.publisherName(), ocds.publisherScheme(), ocds.publisherUid(), uri,
				OcdsOptions.LICENCE_OUVERTE, null);
	}

	private static LocalDate date(String field, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException e) {
			throw new BadRequestException(field, "must be a date written YYYY-MM-DD, not \"" + value + "\"");
		}
	}

	/** Checks the range, and that it holds releases: an OCDS package must hold at least one. */
	private void checkRange(LocalDate from, LocalDate to) {
		if (from != null && to != null && from.isAfter(to)) {
			throw new BadRequestException("to", "must not be before from (" + from + ")");
		}
		if (!store.anyPublished(from, to)) {
			throw new NotFoundException("No contract data published from " + (from == null ? "the start" : from)
					+ " to " + (to == null ? "today" : to) + ": an OCDS package must hold at least one release");
		}
	}

	private ResponseEntity<StreamingResponseBody> download(String fileName, MediaType type, StreamingResponseBody body) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"")
			.body(inSlot(body));
	}

	private ResponseEntity<StreamingResponseBody> inline(StreamingResponseBody body) {
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(inSlot(body));
	}

	/** Takes a download slot now (or answers 503 with Retry-After) and frees it when the body is written. */
	private StreamingResponseBody inSlot(StreamingResponseBody body) {
		if (!downloadSlots.tryAcquire()) {
			throw new RetryLaterException(HttpStatus.SERVICE_UNAVAILABLE, "Too many downloads running", 10);
		}
		return out -> {
			try {
				body.writeTo(out);
			}
			finally {
				downloadSlots.release();
			}
		};
	}
}
