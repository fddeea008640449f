package fr.ouvert.hatvp.register;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * One financial year of a representative ({@code exercices[].publicationCourante}) and its activity report.
 *
 * @param exerciceId HATVP's stable numeric id
 * @param dateDebut first day; financial years are not always calendar years
 * @param dateFin last day; the report is due three months later
 * @param publicationDate when the report was published, {@code null} while none is
 * @param montantDepense the bracket of expenses on interest representation, as published
 *        ({@code "> = 25 000 euros et < 50 000 euros"}); see {@link #expenseBracket()}
 * @param chiffreAffaire the turnover bracket, as published
 * @param nombreSalaries persons employed on interest representation
 * @param nombreActivite activities declared; the published list may be shorter (not yet published)
 * @param noActivite the representative declared no activity in that year
 * @param defautDeclaration the report is missing or late
 * @param activites the published activities
 */
public record Exercice(
		Long exerciceId,
		LocalDate dateDebut,
		LocalDate dateFin,
		LocalDateTime publicationDate,
		String montantDepense,
		String chiffreAffaire,
		Boolean hasNotChiffreAffaire,
		Integer nombreSalaries,
		Integer nombreActivite,
		Boolean noActivite,
		Boolean defautDeclaration,
		String commentaire,
		List<Activite> activites) {

	public Exercice {
		activites = List.copyOf(activites);
	}

	/** {@link #montantDepense} read as a bracket, when it is one. */
	public Optional<AmountBracket> expenseBracket() {
		return AmountBracket.parse(montantDepense);
	}

	/** {@link #chiffreAffaire} read as a bracket, when it is one. */
	public Optional<AmountBracket> turnoverBracket() {
		return AmountBracket.parse(chiffreAffaire);
	}
}
