package fr.ouvert.procurement.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import fr.ouvert.kernel.security.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Service;

/**
 * The import of the inbox folder ({@code ouvert.procurement.inbox}) started by an administrator: one job at a
 * time, in the background, its progress read by the admin page while it runs.
 */
@Service
public class ImportJobs {

	private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

	/** Where a job is: files done out of all, the file being read and its records so far, each file's outcome. */
	public record JobState(boolean running, String startedBy, int files, int filesDone, String currentFile,
			long currentRecords, List<String> outcomes, int failures) {

		static final JobState NONE = new JobState(false, null, 0, 0, null, 0, List.of(), 0);

		public int percent() {
			return files == 0 ? 0 : filesDone * 100 / files;
		}
	}

	/** Why a job could not start. */
	public enum StartRefusal { NO_INBOX, ALREADY_RUNNING }

	private final ImportProperties properties;
	private final DecpImports imports;
	private final TaskExecutor executor;
	private volatile JobState state = JobState.NONE;

	ImportJobs(ImportProperties properties, DecpImports imports, TaskExecutor executor) {
		this.properties = properties;
		this.imports = imports;
		this.executor = executor;
	}

	public Path inbox() {
		return properties.inbox();
	}

	public JobState state() {
		return state;
	}

	/** Starts importing the inbox; empty when it started, else why not. */
	public synchronized java.util.Optional<StartRefusal> start(CurrentUser admin) throws IOException {
		if (state.running()) {
			return java.util.Optional.of(StartRefusal.ALREADY_RUNNING);
		}
		Path inbox = properties.inbox();
		if (inbox == null || !Files.isDirectory(inbox)) {
			return java.util.Optional.of(StartRefusal.NO_INBOX);
		}
		List<Path> files = ImportFiles.list(List.of(inbox));
		state = new JobState(true, admin.auditLabel(), files.size(), 0, null, 0, List.of(), 0);
		executor.execute(() -> run(files));
		return java.util.Optional.empty();
	}

	private void run(List<Path> files) {
		List<String> outcomes = new ArrayList<>();
		int failures = 0;
		for (int i = 0; i < files.size(); i++) {
			Path file = files.get(i);
			int done = i;
			int failed = failures;
			state = new JobState(true, state.startedBy(), files.size(), done, file.getFileName().toString(), 0,
					List.copyOf(outcomes), failed);
			try {
				ImportResult result = imports.importFile(file, SourceSpec.ofFileName(file.getFileName().toString()),
						read -> state = new JobState(true, state.startedBy(), files.size(), done,
								file.getFileName().toString(), read, state.outcomes(), failed));
				outcomes.add(ImportCommand.summary(file.getFileName(), result));
			}
			catch (IOException | RuntimeException e) {
				log.warn("Import of {} failed", file, e);
				outcomes.add(file.getFileName() + " : illisible, rien n'a été importé — " + e.getMessage());
				failures++;
			}
		}
		state = new JobState(false, state.startedBy(), files.size(), files.size(), null, 0, List.copyOf(outcomes),
				failures);
	}
}
