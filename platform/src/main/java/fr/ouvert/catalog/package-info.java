/**
 * The open-data catalog: datasets and resources like data.gouv.fr (udata's API shape, quality
 * score, DCAT), Table Schema validation against a schema registry, harvesting from other catalogs,
 * citizens' data requests and the service public de la donnée. Every module's open datasets
 * appear in it under the platform's organisation.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "kernel", "account", "comment" })
package fr.ouvert.catalog;
