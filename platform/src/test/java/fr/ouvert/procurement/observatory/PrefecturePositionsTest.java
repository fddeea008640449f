package fr.ouvert.procurement.observatory;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ouvert.kernel.geo.FrenchTerritories;
import org.junit.jupiter.api.Test;

/** The territories map can draw every département the official geography lists, within France's bounds. */
class PrefecturePositionsTest {

	@Test
	void everyDepartementHasItsPrefecturesPosition() {
		PrefecturePositions positions = new PrefecturePositions();
		for (FrenchTerritories.Departement d : new FrenchTerritories().departements()) {
			assertThat(positions.of(d.code())).as("position of département " + d.code()).hasValueSatisfying(p -> {
				if (d.code().length() == 2) {
					// Metropolitan France, Corsica included.
					assertThat(p.latitude()).isBetween(41.3, 51.1);
					assertThat(p.longitude()).isBetween(-5.2, 9.6);
				}
			});
		}
		assertThat(positions.of("35")).contains(new PrefecturePositions.Position(48.11, -1.68));
	}
}
