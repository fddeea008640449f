package fr.ouvert.hatvp.register;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ValueListsTest {

	@Test
	void bracketsReadInBothWordingsAndWriteInEach() {
		assertThat(AmountBracket.parse("> = 25 000 euros et < 50 000 euros")).contains(new AmountBracket(25_000, 50_000L));
		assertThat(AmountBracket.parse("> = 25 000 € et < 50 000 €")).contains(new AmountBracket(25_000, 50_000L));
		assertThat(AmountBracket.parse(">= 100 000 € et < 500 000 €")).contains(new AmountBracket(100_000, 500_000L));
		assertThat(AmountBracket.parse("< 10 000 euros")).contains(new AmountBracket(0, 10_000L));
		assertThat(AmountBracket.parse("> = 10 000 000 euros")).contains(new AmountBracket(10_000_000, null));
		assertThat(AmountBracket.parse("environ 20 000 euros")).isEmpty();
		assertThat(AmountBracket.parse("> = 50 000 euros et < 25 000 euros")).isEmpty();
		assertThat(AmountBracket.parse(null)).isEmpty();

		AmountBracket bracket = new AmountBracket(1_000_000, 1_250_000L);
		assertThat(bracket.jsonLabel()).isEqualTo("> = 1 000 000 euros et < 1 250 000 euros");
		assertThat(bracket.csvLabel()).isEqualTo("> = 1 000 000 € et < 1 250 000 €");
		assertThat(new AmountBracket(0, 100_000L).csvLabel()).isEqualTo("< 100 000 €");
	}

	@Test
	void theExpenseScaleRunsWithoutGapFromZeroToTheOpenTop() {
		assertThat(AmountBracket.EXPENSE_SCALE).hasSize(5 + 9 + 36 + 1);
		assertThat(AmountBracket.EXPENSE_SCALE.get(0)).isEqualTo(new AmountBracket(0, 10_000L));
		for (int i = 1; i < AmountBracket.EXPENSE_SCALE.size(); i++) {
			assertThat(AmountBracket.EXPENSE_SCALE.get(i).lowerBound())
					.isEqualTo(AmountBracket.EXPENSE_SCALE.get(i - 1).upperBound());
		}
		assertThat(AmountBracket.EXPENSE_SCALE).contains(new AmountBracket(9_250_000, 9_500_000L));
		assertThat(AmountBracket.EXPENSE_SCALE.get(AmountBracket.EXPENSE_SCALE.size() - 1).upperBound()).isNull();
		assertThat(AmountBracket.TURNOVER_SCALE).extracting(AmountBracket::csvLabel).containsExactly("< 100 000 €",
				"> = 100 000 € et < 500 000 €", "> = 500 000 € et < 1 000 000 €", "> = 1 000 000 €");
	}

	@Test
	void officialTargetsKeepMinistryLabelsThatHoldCommas() {
		OfficialTarget target = OfficialTarget.parse("Membre du Gouvernement ou membre de cabinet ministériel - "
				+ "Premier ministre, Agriculture, agroalimentaire et forêt, Environnement, énergie et mer, Autres : à préciser");

		assertThat(target.type()).isEqualTo(OfficialType.MEMBRE_GOUVERNEMENT);
		assertThat(target.details()).containsExactly("Premier ministre", "Agriculture, agroalimentaire et forêt",
				"Environnement, énergie et mer", "Autres : à préciser");
		assertThat(target.format()).isEqualTo("Membre du Gouvernement ou membre de cabinet ministériel - "
				+ "Premier ministre, Agriculture, agroalimentaire et forêt, Environnement, énergie et mer, Autres : à préciser");
	}

	@Test
	void officialTypesAreFoundFromTruncatedLabels() {
		assertThat(OfficialTarget.parse("Député ; sénateur ; collaborateur parlementaire ou agents des services des "
				+ "assemblées parlementaires").type()).isEqualTo(OfficialType.PARLEMENTAIRE);
		assertThat(OfficialType.ofLabel("Directeur ou secrétaire général, ou leur adjoint, ou membre du collège ou "
				+ "d'une commission des sanctions d'une autorité administrative ou publique indépendant"))
				.contains(OfficialType.AUTORITE_INDEPENDANTE);
		assertThat(OfficialTarget.parse("Directeur ou secrétaire général, ou leur adjoint, ou membre du collège ou "
				+ "d'une commission des sanctions d'une autorité administrative ou publique indépendante - "
				+ "Commission nationale de l'informatique et des libertés").details())
				.containsExactly("Commission nationale de l'informatique et des libertés");
		assertThat(OfficialTarget.parse("Membre du Gouvernement ou membre de cabinet ministériel ").details()).isEmpty();
		assertThat(OfficialType.ofLabel("Élu local")).isEmpty();
	}

	@Test
	void labelsMatchWhicheverApostropheHatvpUsed() {
		assertThat(Sector.ofLabel("Gouvernance d'entreprise")).contains(Sector.ENTREPRISE);
		assertThat(Sector.ofLabel("Gouvernance d’entreprise")).contains(Sector.ENTREPRISE);
		assertThat(DecisionType.ofLabel("Décisions d’espèce")).contains(DecisionType.DECISIONS_ESPECE);
		assertThat(Sector.ofCode("SANTE").map(Sector::ordre)).contains(25);
		assertThat(InterventionLevel.ofLabel("Européen")).contains(InterventionLevel.EUROPEEN);
		assertThat(OrganisationCategory.ofLabel("Cabinet de conseils")).contains(OrganisationCategory.COCAB);
		assertThat(OrganisationCategory.ofLabel("Fondation")).isEmpty();
		assertThat(ActionType.values()).hasSize(10);
		assertThat(DecisionType.values()).hasSize(11);
	}
}
