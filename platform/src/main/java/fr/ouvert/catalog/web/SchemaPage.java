package fr.ouvert.catalog.web;

import fr.ouvert.catalog.schema.SchemaRegistry;
import tools.jackson.databind.JsonNode;

/** A schema's page: the schema, its fields as parsed, how many resources follow it. */
public record SchemaPage(SchemaRegistry.Compliance compliance, JsonNode fields) {
}
