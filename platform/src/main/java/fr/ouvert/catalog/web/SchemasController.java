package fr.ouvert.catalog.web;

import jakarta.servlet.http.HttpServletRequest;

import fr.ouvert.catalog.schema.SchemaRegistry;
import fr.ouvert.kernel.web.NotFoundException;
import tools.jackson.databind.ObjectMapper;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The schema registry's pages: every schema with its compliance, and one schema's fields. */
@Controller
class SchemasController {

	private static final String PREFIX = "/catalogue/schemas/";

	private final SchemaRegistry registry;
	private final ObjectMapper json;

	SchemasController(SchemaRegistry registry, ObjectMapper json) {
		this.registry = registry;
		this.json = json;
	}

	@GetMapping("/catalogue/schemas")
	String schemas(Model model) {
		model.addAttribute("schemas", registry.compliance());
		return "catalog/schemas";
	}

	/** Schema names hold a slash ({@code scdl/subventions}), so the rest of the path is the name. */
	@GetMapping("/catalogue/schemas/**")
	String schema(HttpServletRequest request, Model model) {
		String name = request.getRequestURI().substring(request.getContextPath().length() + PREFIX.length());
		SchemaRegistry.Compliance compliance = registry.compliance()
			.stream()
			.filter(c -> c.schema().name().equals(name))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("No schema " + name));
		model.addAttribute("view", new SchemaPage(compliance, json.readTree(compliance.schema().json()).path("fields")));
		return "catalog/schema";
	}
}
