package fr.ouvert;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Module boundaries: each module uses only the public API of the modules it declares, never their
 * internals, and there is no cycle. Also writes the module diagrams under target/spring-modulith-docs.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(OuvertApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	@Test
	void writesTheModuleDocumentation() {
		Documenter documenter = new Documenter(modules);
		documenter.writeDocumentation();
		assertThat(Path.of("target", "spring-modulith-docs", "components.puml")).exists();
		assertThat(modules.stream().map(m -> m.getIdentifier().toString()))
			.containsExactlyInAnyOrder("kernel", "account", "comment", "catalog", "plan");
	}
}
