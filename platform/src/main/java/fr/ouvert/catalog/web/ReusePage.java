package fr.ouvert.catalog.web;

import java.util.List;

import fr.ouvert.catalog.domain.Dataset;
import fr.ouvert.catalog.reuse.Reuse;

/** A reuse's page: the reuse and the public datasets it uses. */
public record ReusePage(Reuse reuse, List<Dataset> datasets) {
}
