package fr.ouvert.participation.synthesis;

/** A free-text contribution to analyse: its id (traceable in the synthesis) and its text. */
public record Contribution(long id, String text) {
}
