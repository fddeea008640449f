package fr.ouvert.procurement.observatory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Where the territories map draws each département: at its préfecture ({@code procurement/prefectures.csv}, see
 * the README beside it). The map has no background tiles (the pages load nothing from other servers).
 */
@Component
public class PrefecturePositions {

	static final String FILE = "procurement/prefectures.csv";

	public record Position(double latitude, double longitude) {
	}

	private final Map<String, Position> positions = new LinkedHashMap<>();

	public PrefecturePositions() {
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(new ClassPathResource(FILE).getInputStream(), StandardCharsets.UTF_8))) {
			String header = reader.readLine();
			if (!"departement,latitude,longitude".equals(header)) {
				throw new IllegalStateException(FILE + ", line 1: expected the header departement,latitude,longitude");
			}
			int line = 1;
			for (String row = reader.readLine(); row != null; row = reader.readLine()) {
				line++;
				String[] fields = row.split(",");
				if (fields.length != 3) {
					throw new IllegalStateException(FILE + ", line " + line + ": 3 fields expected, found " + fields.length);
				}
				try {
					positions.put(fields[0], new Position(Double.parseDouble(fields[1]), Double.parseDouble(fields[2])));
				}
				catch (NumberFormatException e) {
					throw new IllegalStateException(FILE + ", line " + line + ": latitude or longitude not a number", e);
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(FILE + ": not readable", e);
		}
	}

	public Optional<Position> of(String departement) {
		return Optional.ofNullable(positions.get(departement));
	}
}
