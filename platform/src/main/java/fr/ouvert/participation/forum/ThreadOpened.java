package fr.ouvert.participation.forum;

/** A thread was stored: its axis' followers are told once the transaction commits. */
record ThreadOpened(long threadId, long axisId, long authorId) {
}
