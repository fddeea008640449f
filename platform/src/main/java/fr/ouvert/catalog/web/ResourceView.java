package fr.ouvert.catalog.web;

import java.util.List;

import fr.ouvert.catalog.domain.Resource;
import fr.ouvert.catalog.schema.ResourceValidation;

/**
 * A resource on the dataset page, with the first rows of an uploaded CSV (empty otherwise) and its
 * validation report (null when it declares no schema or was not validated).
 */
public record ResourceView(Resource resource, List<List<String>> preview, ResourceValidation.Report validation) {
}
