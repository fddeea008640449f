package fr.ouvert.kernel.cli;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Runs the modules' {@link StartupTask}s once the server is up; a batch command skips them. */
@Component
class StartupTasks implements ApplicationRunner {

	private final ObjectProvider<StartupTask> tasks;
	private final boolean cli;

	StartupTasks(ObjectProvider<StartupTask> tasks, Environment environment) {
		this.tasks = tasks;
		this.cli = environment.getProperty(Cli.CLI_MODE_PROPERTY, Boolean.class, false);
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!cli) {
			tasks.orderedStream().forEach(StartupTask::runAtStart);
		}
	}
}
