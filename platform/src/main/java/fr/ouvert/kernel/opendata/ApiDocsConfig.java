package fr.ouvert.kernel.opendata;

import java.util.List;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.StringSchema;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document at {@code /api/docs}: its description, and the dataset slugs the open-data API accepts. */
@Configuration(proxyBeanMethods = false)
class ApiDocsConfig {

	@Bean
	OpenAPI ouvertApi() {
		return new OpenAPI().info(new Info().title("API d'Ouvert")
			.version("1")
			.description("L'API publique d'Ouvert, la plateforme du gouvernement ouvert. Listes paginées dans l'enveloppe "
					+ "de l'API de data.gouv.fr (udata) : data, page, page_size, total, next_page, previous_page. "
					+ "Les données sont publiées sous Licence Ouverte 2.0 ; le logiciel sous EUPL-1.2.")
			.license(new License().name("Licence Ouverte / Open Licence 2.0")
				.url("https://www.etalab.gouv.fr/licence-ouverte-open-licence/")));
	}

	/** Lists the declared datasets as the allowed values of every {@code slug} of the open-data API. */
	@Bean
	OpenApiCustomizer datasetSlugs(OpenDataCatalog catalog) {
		List<String> slugs = catalog.all().stream().map(OpenDataset::slug).toList();
		return api -> api.getPaths().forEach((path, item) -> {
			if (path.startsWith("/api/1/opendata/{slug}")) {
				item.readOperations().stream()
					.flatMap(operation -> operation.getParameters() == null ? java.util.stream.Stream.empty()
							: operation.getParameters().stream())
					.filter(parameter -> "slug".equals(parameter.getName()))
					.forEach(parameter -> parameter.setSchema(new StringSchema()._enum(slugs)));
			}
		});
	}
}
