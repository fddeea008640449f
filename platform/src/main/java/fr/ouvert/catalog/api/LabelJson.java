package fr.ouvert.catalog.api;

/** A code of one of udata's lists with its label in the request's language: {@code {id, label}}. */
record LabelJson(String id, String label) {
}
