package fr.ouvert;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import com.tngtech.archunit.core.domain.JavaClass;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Module boundaries: each module uses only the public API of the modules it declares, never their
 * internals, and there is no cycle. Also writes the module diagrams under target/spring-modulith-docs.
 */
class ModularityTests {

	/**
	 * The format libraries ({@code formats/*}, e.g. {@code fr.ouvert.tableschema}) are plain
	 * libraries in their own Maven modules, used like any other dependency: not application modules.
	 */
	private final ApplicationModules modules = ApplicationModules.of(OuvertApplication.class,
			JavaClass.Predicates.resideInAnyPackage("fr.ouvert.tableschema..", "fr.ouvert.decp..", "fr.ouvert.hatvp.."));

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
			.containsExactlyInAnyOrder("kernel", "account", "comment", "plan", "catalog", "procurement", "participation", "integrity");
	}
}
