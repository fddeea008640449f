package fr.ouvert.participation.contribution.web;

import fr.ouvert.participation.contribution.ParticipationReports;

/** An entry of the participation moderation queue, with its text rendered. */
public record QueueItem(ParticipationReports.QueueEntry entry, String bodyHtml) {
}
