/**
 * Participation (commitments 15 and 12): public consultations under the CRPA rules (proposals, threaded comments,
 * contributions and amendments on a text, surveys, Pol.is-style statements), their moderation, the synthesis helpers
 * (opinion groups from statement votes, topic clusters of free text), the public synthesis and follow-ups, the one
 * access point to all consultations, and the dialogue forum of the Forums Open d'État.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "kernel", "account", "comment" })
package fr.ouvert.participation;
