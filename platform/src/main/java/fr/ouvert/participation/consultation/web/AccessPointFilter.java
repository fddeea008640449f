package fr.ouvert.participation.consultation.web;

import fr.ouvert.kernel.web.BadRequestException;
import fr.ouvert.kernel.web.Forms;
import fr.ouvert.participation.consultation.Consultations;

/** The access point's filters as typed in its address, checked: an unknown status is a 400 that says so. */
public record AccessPointFilter(String organisation, String theme, String status) {

	static AccessPointFilter parse(String organisation, String theme, String status) {
		String o = Forms.blankToNull(organisation);
		if (o != null && !o.matches("\\d{1,18}")) {
			throw new BadRequestException("organisation", "must be an organisation id");
		}
		String s = Forms.blankToNull(status);
		if (s != null && Consultations.Status.of(s).isEmpty()) {
			throw new BadRequestException("status", "must be one of open, upcoming, closed, overdue");
		}
		return new AccessPointFilter(o, Forms.blankToNull(theme), s);
	}

	Consultations.Filter filter() {
		return new Consultations.Filter(organisation == null ? null : Long.valueOf(organisation), theme,
				status == null ? null : Consultations.Status.of(status).orElseThrow());
	}

	/** The query string of these filters, for the paging links ({@code …&} or empty). */
	public String query() {
		StringBuilder q = new StringBuilder();
		if (organisation != null) {
			q.append("organisation=").append(organisation).append('&');
		}
		if (theme != null) {
			q.append("theme=").append(java.net.URLEncoder.encode(theme, java.nio.charset.StandardCharsets.UTF_8)).append('&');
		}
		if (status != null) {
			q.append("statut=").append(status).append('&');
		}
		return q.toString();
	}
}
