package fr.ouvert.participation.contribution.web;

import fr.ouvert.participation.contribution.ProposalPage;

/** An article of the submitted text with the contributions and amendments participants wrote on it. */
public record ArticleView(long id, int position, String title, String bodyHtml, ProposalPage contributions,
		ProposalPage amendments) {
}
