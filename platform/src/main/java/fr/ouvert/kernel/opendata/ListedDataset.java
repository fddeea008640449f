package fr.ouvert.kernel.opendata;

/** A dataset with its current size and date, as the open-data pages show it. */
public record ListedDataset(OpenDataset dataset, OpenDataRows.Version version) {
}
