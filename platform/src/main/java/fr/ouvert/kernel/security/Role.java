package fr.ouvert.kernel.security;

/** The roles of the platform. Every account is a citizen; the other roles are granted by an administrator. */
public enum Role {
	/** Anyone who signed up: comments, reports, contributes. */
	CITIZEN,
	/** A civil servant acting for the organisation they belong to. */
	AGENT,
	/** Reviews reported contributions and hides them. */
	MODERATOR,
	/** Runs the platform: accounts, organisations, audit. */
	ADMIN;

	/** The Spring Security authority for this role. */
	public String authority() {
		return "ROLE_" + name();
	}
}
