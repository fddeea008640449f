package fr.ouvert.kernel.cli;

/**
 * Work a module does when the platform starts as a server — loading its bundled data — and not
 * when the jar runs a batch command. Tasks run one after the other, in {@code @Order}.
 */
public interface StartupTask {

	void runAtStart();
}
