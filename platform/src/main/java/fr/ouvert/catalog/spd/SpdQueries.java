package fr.ouvert.catalog.spd;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The service public de la donnée as the pages and the API read it. */
@Service
@Transactional(readOnly = true)
public class SpdQueries {

	/** A ministry's opening calendar. */
	public record MinistryCalendar(long organisationId, String organisationName, List<CalendarEntry> entries) {
	}

	private final SpdRepository repository;
	private final Clock clock;

	SpdQueries(SpdRepository repository, Clock clock) {
		this.repository = repository;
		this.clock = clock;
	}

	public List<ReferenceDataset> referenceDatasets() {
		return repository.referenceDatasets();
	}

	/** Every entry, by ministry name then planned date. */
	public List<CalendarEntry> calendar() {
		return repository.calendar(LocalDate.now(clock));
	}

	public List<MinistryCalendar> calendarByMinistry() {
		Map<Long, MinistryCalendar> byMinistry = new LinkedHashMap<>();
		for (CalendarEntry entry : calendar()) {
			byMinistry.computeIfAbsent(entry.organisationId(),
					id -> new MinistryCalendar(id, entry.organisationName(), new ArrayList<>()))
				.entries()
				.add(entry);
		}
		return byMinistry.values().stream()
			.map(m -> new MinistryCalendar(m.organisationId(), m.organisationName(), List.copyOf(m.entries())))
			.toList();
	}

	public Optional<CalendarEntry> entry(long id) {
		return repository.entry(id, LocalDate.now(clock));
	}
}
