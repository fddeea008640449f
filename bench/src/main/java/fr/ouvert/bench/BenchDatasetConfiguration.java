package fr.ouvert.bench;

import java.util.List;

import fr.ouvert.kernel.opendata.OpenDataset;
import fr.ouvert.kernel.opendata.OpenDataset.ColumnType;
import fr.ouvert.kernel.web.OuvertModule;

import org.flywaydb.core.Flyway;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Plugs a synthetic dataset into the platform the way a module does, through an {@link OuvertModule}
 * bean. Its table is created empty at start (the catalog counts the rows of every platform dataset
 * when the platform starts) and filled by {@link ExportBenchmark}, not by a Flyway migration, so
 * that the platform's migrations stay untouched. Not a {@code @Configuration}: the platform's
 * component scan covers {@code fr.ouvert.**}, and only {@link ExportBenchmark} registers this class.
 */
public class BenchDatasetConfiguration {

	public static final String SLUG = "bench-lignes";
	public static final String TABLE = "bench_ligne";

	static final String CREATE_TABLE = """
			create table %s (
			  id bigint not null,
			  code_commune text not null,
			  commune text not null,
			  objet text not null,
			  montant numeric(12, 2),
			  votants integer,
			  adopte boolean not null,
			  date_seance date not null,
			  publie_le timestamptz not null,
			  observations text
			)""".formatted(TABLE);

	/** The empty table, after Flyway and before the catalog's start-up synchronisation reads it. */
	@Bean
	InitializingBean benchTable(JdbcTemplate jdbc, Flyway flyway) {
		return () -> jdbc.execute(CREATE_TABLE.replace("create table", "create table if not exists"));
	}

	@Bean
	OuvertModule benchModule() {
		OpenDataset dataset = dataset();
		return new OuvertModule() {
			@Override
			public int order() {
				return 1000;
			}

			@Override
			public List<OpenDataset> datasets() {
				return List.of(dataset);
			}
		};
	}

	/** Declared like the plan module's datasets: mixed types, French descriptions, a stable order. */
	static OpenDataset dataset() {
		return OpenDataset.builder(SLUG)
			.title("Banc d'essai : délibérations synthétiques")
			.description("Lignes générées pour mesurer les exports ; aucune donnée réelle.")
			.requiredColumn("id", ColumnType.INTEGER, "Identifiant de la délibération")
			.requiredColumn("code_commune", ColumnType.STRING, "Code INSEE de la commune")
			.requiredColumn("commune", ColumnType.STRING, "Nom de la commune")
			.requiredColumn("objet", ColumnType.STRING, "Objet de la délibération")
			.column("montant_euros", ColumnType.NUMBER, "Montant engagé, en euros")
			.column("votants", ColumnType.INTEGER, "Nombre de votants ; vide si non renseigné")
			.requiredColumn("adopte", ColumnType.BOOLEAN, "La délibération a été adoptée")
			.requiredColumn("date_seance", ColumnType.DATE, "Date de la séance")
			.requiredColumn("publie_le", ColumnType.DATETIME, "Date de publication")
			.column("observations", ColumnType.STRING, "Observations, sur plusieurs lignes parfois")
			.rows("""
					select id, code_commune, commune, objet, montant as montant_euros, votants, adopte, date_seance,
					       publie_le, observations
					from %s order by id""".formatted(TABLE))
			.lastModified("select max(publie_le) from " + TABLE)
			.withoutPersonalData()
			.build();
	}
}
