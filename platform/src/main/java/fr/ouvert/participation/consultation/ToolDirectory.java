package fr.ouvert.participation.consultation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.dataformat.yaml.YAMLMapper;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * The directory of consultation tools (commitment 15), read once from {@code participation/tools.yaml}: each
 * tool with its four guarantees (transparency, personal data, open source, accessibility), each guarantee
 * with a level and whether the fact was checked against a source. A malformed file stops the start with
 * the file, the tool and the field at fault.
 */
@Component
public class ToolDirectory {

	static final String RESOURCE = "participation/tools.yaml";
	public static final List<String> GUARANTEES = List.of("transparency", "personal-data", "open-source", "accessibility");
	static final Set<String> LEVELS = Set.of("yes", "partial", "no", "unknown");

	public record Guarantee(String level, boolean verified, String text) {
	}

	public record Tool(String slug, String name, String url, String source, String licence, String summary,
			Map<String, Guarantee> guarantees) {
	}

	record ToolsFile(List<Tool> tools) {
	}

	/** A directory file that cannot be used, with every problem and where it is. */
	public static class ToolFileException extends RuntimeException {
		ToolFileException(String file, List<String> problems) {
			super(file + ": " + String.join("; ", problems));
		}
	}

	private final List<Tool> tools;

	ToolDirectory() {
		this(new ClassPathResource(RESOURCE));
	}

	ToolDirectory(Resource resource) {
		this.tools = read(resource);
	}

	public List<Tool> tools() {
		return tools;
	}

	static List<Tool> read(Resource resource) {
		ObjectMapper yaml = YAMLMapper.builder()
			.propertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
			.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.build();
		String name = resource.getFilename();
		ToolsFile file;
		try (InputStream in = resource.getInputStream()) {
			file = yaml.readValue(in, ToolsFile.class);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (RuntimeException e) {
			throw new ToolFileException(name, List.of(e.getMessage()));
		}
		List<String> problems = new ArrayList<>();
		if (file.tools() == null || file.tools().isEmpty()) {
			problems.add("no tools");
		}
		else {
			for (int i = 0; i < file.tools().size(); i++) {
				Tool tool = file.tools().get(i);
				String where = "tool " + (i + 1) + " (" + tool.slug() + ")";
				if (tool.slug() == null || !tool.slug().matches("[a-z0-9-]+")) {
					problems.add(where + ", slug: lower-case letters, digits and hyphens");
				}
				if (tool.name() == null || tool.summary() == null || tool.licence() == null || tool.url() == null) {
					problems.add(where + ": name, url, licence and summary are required");
				}
				for (String guarantee : GUARANTEES) {
					Guarantee g = tool.guarantees() == null ? null : tool.guarantees().get(guarantee);
					if (g == null || g.text() == null || !LEVELS.contains(g.level())) {
						problems.add(where + ", guarantees." + guarantee + ": a level among " + LEVELS + " and a text");
					}
				}
				if (tool.guarantees() != null && !GUARANTEES.containsAll(tool.guarantees().keySet())) {
					problems.add(where + ", guarantees: only " + GUARANTEES);
				}
			}
		}
		if (!problems.isEmpty()) {
			throw new ToolFileException(name, problems);
		}
		return List.copyOf(file.tools());
	}
}
