package fr.ouvert.participation.consultation;

import java.util.List;

/** What an agent puts at the participants' disposal besides the consultation's own text. */
public final class ConsultationMaterial {

	private ConsultationMaterial() {
	}

	/** Information made available (CRPA L131-1): a link, a short description, or both. */
	public record Document(int position, String title, String url, String description) {
	}

	/** One article of the submitted text, open to contributions and amendments. */
	public record Article(long id, int position, String title, String body) {
	}

	/** A survey question: single or multiple choice, scale, or free text. */
	public record Question(long id, int position, String kind, String label, List<String> options, Integer scaleMin,
			Integer scaleMax, boolean required) {
	}

	/** A statement written by the organisers to start a Pol.is-style debate. */
	public record SeedStatement(long id, String body) {
	}
}
