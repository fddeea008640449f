package fr.ouvert.procurement.store;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import javax.sql.DataSource;

import fr.ouvert.decp.Contract;
import fr.ouvert.decp.ContractKind;
import fr.ouvert.decp.Generation;
import fr.ouvert.decp.LieuExecution;
import fr.ouvert.decp.Modification;
import fr.ouvert.decp.Titulaire;
import fr.ouvert.kernel.db.CopyPipeline;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The consolidated store of contracts ({@code procurement_contract} and its holders and versions): the importer
 * writes through {@link #writer}, every reader rebuilds full contracts through {@link #find} and {@link #forEach}.
 */
@Service
public class ContractStore {

	/**
	 * Contracts and their versions (as one json array), as {@link #forEach} and {@link #find} read them. A contract
	 * without version rows (see {@code StoreWriter.appendChildren}) has one version, its initial data: the contract's
	 * own values and, in {@code holders}, its holders' rows ({@code [[typeIdentifiant, id, denominationSociale]]}).
	 * Read only for those contracts, and as arrays rather than objects: the export streams the whole store.
	 */
	private static final String SELECT = select("exists (select 1 from procurement_contract o where o.uid = c.uid and o.id < c.id)");
	/**
	 * The same for the merge of copies, which does not use {@link StoredContract#uidTaken} (read as false): its
	 * query needs the {@code uid} index, suspended with the search indexes during a large load.
	 */
	private static final String SELECT_TO_MERGE = select("false");
	private static final int FETCH_SIZE = 500;

	private static String select(String uidTaken) {
		return """
			select c.id, c.kind, c.generation, c.decp_id, c.acheteur_id, c.acheteur_nom, c.nature, c.objet, c.code_cpv,
			    c.procedure, c.lieu_code, c.lieu_type_code, c.lieu_nom, c.duree_mois, c.date_notification,
			    c.date_publication, c.montant, c.forme_prix, c.offres_recues, c.details::text as details,
			    c.sources, c.provenance::text as provenance, s.code as source_code,
			    %s as uid_taken,
			    versions.json as versions,
			    case when versions.json is null then
			        (select json_agg(json_build_array(t.type_identifiant, t.identifier, t.name) order by t.position)::text
			         from procurement_titulaire t where t.contract_id = c.id) end as holders
			from procurement_contract c join procurement_source s on s.id = c.source_id
			left join lateral (
			    select json_agg(json_build_object('s', v.sequence, 'm', v.modification_id, 'o', v.objet_modification,
			        'n', v.date_notification, 'p', v.date_publication, 'a', v.montant::text, 'd', v.duree_mois,
			        't', v.titulaires) order by v.sequence)::text as json
			    from procurement_contract_version v where v.contract_id = c.id) versions on true
			""".formatted(uidTaken);
	}

	private final JdbcClient jdbc;
	private final JdbcTemplate streaming;
	private final DedupeIndex dedupeIndex = new DedupeIndex();
	private final KnownPartyNames knownNames = new KnownPartyNames();

	ContractStore(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.streaming = new JdbcTemplate(dataSource);
		this.streaming.setFetchSize(FETCH_SIZE);
	}

	/**
	 * Opens a writer for one import, inside the caller's transaction (it must commit or roll back the whole import),
	 * sending its rows through the transaction's pipeline.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public StoreWriter writer(CopyPipeline copies, long importId, long sourceId, String sourceCode, int priority) {
		return new StoreWriter(jdbc, copies, this, dedupeIndex, importId, sourceId, sourceCode, priority);
	}

	/** The names the imports of this process wrote, kept from one import to the next. */
	KnownPartyNames knownNames() {
		return knownNames;
	}

	@Transactional(readOnly = true)
	public Optional<StoredContract> find(long id) {
		return jdbc.sql(SELECT + " where c.id = ?").param(id).query((rs, n) -> read(rs)).optional();
	}

	/**
	 * The stored contracts of these ids, by id, to merge copies into them (their {@code uidTaken} is not read), read
	 * through the client given (the import's connection).
	 */
	Map<Long, StoredContract> findToMerge(JdbcClient db, Long[] ids) {
		Map<Long, StoredContract> found = new HashMap<>();
		db.sql(SELECT_TO_MERGE + " where c.id = any(?)").param(ids).query((rs, n) -> read(rs)).list()
			.forEach(contract -> found.put(contract.id(), contract));
		return found;
	}

	/** How many contracts the store holds. */
	@Transactional(readOnly = true)
	public long count() {
		return jdbc.sql("select count(*) from procurement_contract").query(Long.class).single();
	}

	/** Whether {@link #forEach} would give at least one contract for this range. */
	@Transactional(readOnly = true)
	public boolean anyPublished(LocalDate publishedFrom, LocalDate publishedTo) {
		if (publishedFrom == null && publishedTo == null) {
			return jdbc.sql("select exists (select 1 from procurement_contract)").query(Boolean.class).single();
		}
		Published published = Published.in(publishedFrom, publishedTo);
		return jdbc.sql("select exists (select 1 from procurement_contract c where " + published.condition() + ")")
			.params(published.params())
			.query(Boolean.class).single();
	}

	/**
	 * Streams, from a server-side cursor, every contract (marchés then concessions, each by id) with a version —
	 * the initial data or a modification — whose data were published in the range; {@code null} bounds are open,
	 * and with both open every contract is given, dated or not.
	 */
	@Transactional(readOnly = true)
	public void forEach(LocalDate publishedFrom, LocalDate publishedTo, Consumer<StoredContract> action) {
		String where = "";
		Object[] params = {};
		if (publishedFrom != null || publishedTo != null) {
			Published published = Published.in(publishedFrom, publishedTo);
			where = " where " + published.condition();
			params = published.params();
		}
		streaming.query(SELECT + where + " order by c.kind desc, c.id", rs -> {
			action.accept(read(rs));
		}, params);
	}

	/**
	 * The condition on a contract {@code c} that one of its versions was published in a range (a bound may be open):
	 * the date of a version row, or for a contract without version rows, its own.
	 */
	private record Published(String condition, Object[] params) {

		static Published in(LocalDate from, LocalDate to) {
			List<String> versionBounds = new ArrayList<>();
			List<String> contractBounds = new ArrayList<>();
			List<Object> bounds = new ArrayList<>();
			if (from != null) {
				versionBounds.add("v.date_publication >= ?");
				contractBounds.add("c.date_publication >= ?");
				bounds.add(from);
			}
			if (to != null) {
				versionBounds.add("v.date_publication <= ?");
				contractBounds.add("c.date_publication <= ?");
				bounds.add(to);
			}
			String condition = """
					(exists (select 1 from procurement_contract_version v where v.contract_id = c.id and %s)
					 or (%s and not exists (select 1 from procurement_contract_version v where v.contract_id = c.id)))"""
				.formatted(String.join(" and ", versionBounds), String.join(" and ", contractBounds));
			List<Object> params = new ArrayList<>(bounds);
			params.addAll(bounds);
			return new Published(condition, params.toArray());
		}
	}

	private static StoredContract read(ResultSet rs) throws SQLException {
		ContractKind kind = "marche".equals(rs.getString("kind")) ? ContractKind.MARCHE : ContractKind.CONCESSION;
		Generation generation = "2019".equals(rs.getString("generation")) ? Generation.DECP_2019 : Generation.DECP_2022;
		String versionsJson = rs.getString("versions");
		List<StoredVersion> versions = versionsJson == null ? List.of() : StoredVersion.list(versionsJson);
		List<Titulaire> titulaires = versionsJson == null ? StoredVersion.holders(rs.getString("holders"))
				: versions.get(0).titulaires();
		String lieuCode = rs.getString("lieu_code");
		String lieuType = rs.getString("lieu_type_code");
		String lieuNom = rs.getString("lieu_nom");
		Contract.Builder builder = Contract.builder(kind, generation)
			.id(rs.getString("decp_id"))
			.acheteurId(rs.getString("acheteur_id"))
			.acheteurNom(rs.getString("acheteur_nom"))
			.nature(rs.getString("nature"))
			.objet(rs.getString("objet"))
			.codeCpv(rs.getString("code_cpv"))
			.procedure(rs.getString("procedure"))
			.lieuExecution(lieuCode == null && lieuType == null && lieuNom == null ? null
					: new LieuExecution(lieuCode, lieuType, lieuNom))
			.dureeMois(rs.getObject("duree_mois", Integer.class))
			.dateNotification(rs.getObject("date_notification", LocalDate.class))
			.datePublicationDonnees(rs.getObject("date_publication", LocalDate.class))
			.montant(rs.getBigDecimal("montant"))
			.formePrix(rs.getString("forme_prix"))
			.offresRecues(rs.getObject("offres_recues", Integer.class))
			.titulaires(titulaires)
			.modifications(modifications(versions));
		ContractJson.details(rs.getString("details")).applyTo(builder);
		Array sources = rs.getArray("sources");
		return new StoredContract(rs.getLong("id"), builder.build(), rs.getString("source_code"),
				List.of((String[]) sources.getArray()), ContractJson.provenance(rs.getString("provenance")),
				rs.getBoolean("uid_taken"));
	}

	/**
	 * The modifications, from the versions' values in force: a value equal to the one before it was unchanged.
	 */
	private static List<Modification> modifications(List<StoredVersion> versions) {
		List<Modification> modifications = new ArrayList<>();
		for (int i = 1; i < versions.size(); i++) {
			StoredVersion before = versions.get(i - 1);
			StoredVersion v = versions.get(i);
			BigDecimal montant = sameAmount(v.montant(), before.montant()) ? null : v.montant();
			Integer duree = Objects.equals(v.dureeMois(), before.dureeMois()) ? null : v.dureeMois();
			List<Titulaire> titulaires = v.titulaires().equals(before.titulaires()) ? null : v.titulaires();
			modifications.add(new Modification(v.sequence(), v.modificationId(), v.objetModification(),
					v.dateNotification(), v.datePublication(), duree, montant, titulaires));
		}
		return modifications;
	}

	private static boolean sameAmount(BigDecimal a, BigDecimal b) {
		return a == null ? b == null : b != null && a.compareTo(b) == 0;
	}
}
