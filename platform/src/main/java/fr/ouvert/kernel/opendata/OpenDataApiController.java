package fr.ouvert.kernel.opendata;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;

import jakarta.servlet.http.HttpServletResponse;

import fr.ouvert.kernel.config.OuvertProperties;
import fr.ouvert.kernel.security.Sha256;
import fr.ouvert.kernel.web.NotFoundException;
import fr.ouvert.kernel.web.RetryLaterException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectWriter;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The open-data API: every dataset declared by a module, as metadata, paged JSON rows in udata's
 * envelope, full CSV and JSON exports streamed in constant memory, and its Table Schema. Rows and
 * exports answer {@code 304 Not Modified} to a matching {@code If-None-Match} or
 * {@code If-Modified-Since}.
 */
@RestController
@Tag(name = "Données ouvertes", description = "Les jeux de données publiés par chaque module")
class OpenDataApiController {

	private final OpenDataCatalog catalog;
	private final OpenDataRows rows;
	private final ObjectWriter json;
	private final Semaphore exportSlots;

	OpenDataApiController(OpenDataCatalog catalog, OpenDataRows rows, ObjectMapper json, OuvertProperties properties) {
		this.catalog = catalog;
		this.rows = rows;
		// A failed export must not look complete: no closing bracket for an interrupted array, and the
		// response left open so that the container cuts the connection instead of ending the body.
		this.json = json.writer()
			.without(StreamWriteFeature.AUTO_CLOSE_CONTENT)
			.without(StreamWriteFeature.AUTO_CLOSE_TARGET)
			.with(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN);
		this.exportSlots = new Semaphore(properties.openData().maxConcurrentExports());
	}

	/** A dataset as the API lists it, with the URLs of its downloads. */
	record DatasetInfo(String slug, String title, String description, String license, String licenseTitle,
			String licenseUrl, String lastModified, long totalRows, String page, String schema,
			List<Resource> resources) {
	}

	/** A download of a dataset, as udata lists a dataset's resources. */
	record Resource(String title, String format, String url) {
	}

	@GetMapping("/api/1/opendata")
	@Operation(summary = "Liste des jeux de données ouverts de la plateforme")
	Paged<DatasetInfo> list(@RequestParam(required = false) Integer page,
			@RequestParam(name = "page_size", required = false) Integer pageSize) {
		PageRequest request = PageRequest.of(page, pageSize);
		List<OpenDataset> all = catalog.all();
		List<DatasetInfo> data = all.stream()
			.skip(request.offset())
			.limit(request.pageSize())
			.map(this::info)
			.toList();
		return Paged.of(data, request, all.size(), ServletUriComponentsBuilder.fromCurrentRequest());
	}

	@GetMapping("/api/1/opendata/{slug}")
	@Operation(summary = "Un jeu de données : métadonnées, licence, liens de téléchargement")
	DatasetInfo show(@PathVariable String slug) {
		return info(dataset(slug));
	}

	@GetMapping("/api/1/opendata/{slug}/rows")
	@Operation(summary = "Les lignes d'un jeu de données, paginées (enveloppe udata)")
	Paged<Map<String, Object>> rows(@PathVariable String slug, @RequestParam(required = false) Integer page,
			@RequestParam(name = "page_size", required = false) Integer pageSize, ServletWebRequest request) {
		OpenDataset dataset = dataset(slug);
		PageRequest pageRequest = PageRequest.of(page, pageSize);
		OpenDataRows.Version version = rows.version(dataset);
		if (request.checkNotModified(etag(dataset, version, "rows", pageRequest.page(), pageRequest.pageSize()),
				version.lastModified().toEpochMilli())) {
			return null;
		}
		return Paged.of(rows.page(dataset, pageRequest), pageRequest, version.total(),
				ServletUriComponentsBuilder.fromCurrentRequest());
	}

	@GetMapping(path = "/api/1/opendata/{slug}/export.csv", produces = "text/csv")
	@Operation(summary = "Export complet en CSV (RFC 4180, UTF-8)")
	void exportCsv(@PathVariable String slug, ServletWebRequest request, HttpServletResponse response)
			throws IOException {
		OpenDataset dataset = dataset(slug);
		withExportSlot(() -> {
			if (notModified(dataset, "csv", request)) {
				return;
			}
			response.setContentType("text/csv;charset=UTF-8");
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + slug + ".csv\"");
			Writer writer = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8),
					1 << 16);
			CsvWriter csv = new CsvWriter(writer);
			csv.writeRow(dataset.columns().stream().map(OpenDataset.Column::name).toList());
			rows.forEach(dataset, csv::writeRow);
			writer.flush();
		});
	}

	@GetMapping(path = "/api/1/opendata/{slug}/export.json", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Export complet en JSON (un tableau d'objets)")
	void exportJson(@PathVariable String slug, ServletWebRequest request, HttpServletResponse response)
			throws IOException {
		OpenDataset dataset = dataset(slug);
		withExportSlot(() -> {
			if (notModified(dataset, "json", request)) {
				return;
			}
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + slug + ".json\"");
			OutputStream out = response.getOutputStream();
			List<String> names = dataset.columns().stream().map(OpenDataset.Column::name).toList();
			try (JsonGenerator generator = json.createGenerator(out)) {
				generator.writeStartArray();
				rows.forEach(dataset, values -> {
					generator.writeStartObject();
					for (int i = 0; i < names.size(); i++) {
						generator.writeName(names.get(i));
						generator.writePOJO(values.get(i));
					}
					generator.writeEndObject();
				});
				generator.writeEndArray();
			}
		});
	}

	private interface Export {
		void write() throws IOException;
	}

	/** Runs an export if a slot is free; otherwise 503 with {@code Retry-After}. */
	private void withExportSlot(Export export) throws IOException {
		if (!exportSlots.tryAcquire()) {
			throw new RetryLaterException(HttpStatus.SERVICE_UNAVAILABLE, "Too many exports running", 10);
		}
		try {
			export.write();
		}
		finally {
			exportSlots.release();
		}
	}

	@GetMapping(path = "/api/1/opendata/{slug}/schema.json", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Le schéma des lignes (Table Schema, Frictionless)")
	Map<String, Object> schema(@PathVariable String slug) {
		return dataset(slug).tableSchema();
	}

	private OpenDataset dataset(String slug) {
		return catalog.find(slug).orElseThrow(() -> new NotFoundException("No dataset " + slug));
	}

	private boolean notModified(OpenDataset dataset, String format, ServletWebRequest request) {
		OpenDataRows.Version version = rows.version(dataset);
		return request.checkNotModified(etag(dataset, version, format), version.lastModified().toEpochMilli());
	}

	private static String etag(OpenDataset dataset, OpenDataRows.Version version, Object... variant) {
		StringBuilder key = new StringBuilder(dataset.slug()).append('|').append(version.total()).append('|')
			.append(version.lastModified().toEpochMilli());
		for (Object v : variant) {
			key.append('|').append(v);
		}
		return "W/\"" + Sha256.hex(key.toString()).substring(0, 32) + "\"";
	}

	private DatasetInfo info(OpenDataset dataset) {
		OpenDataRows.Version version = rows.version(dataset);
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/1/opendata/" + dataset.slug())
			.toUriString();
		String page = ServletUriComponentsBuilder.fromCurrentContextPath().path("/donnees/" + dataset.slug())
			.toUriString();
		return new DatasetInfo(dataset.slug(), dataset.title(), dataset.description(), dataset.licence().id(),
				dataset.licence().title(), dataset.licence().url(), version.lastModified().toString(), version.total(),
				page, base + "/schema.json",
				List.of(new Resource(dataset.title() + " (CSV)", "csv", base + "/export.csv"),
						new Resource(dataset.title() + " (JSON)", "json", base + "/export.json"),
						new Resource("Lignes paginées (API)", "json", base + "/rows")));
	}
}
