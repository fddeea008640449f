package fr.ouvert.procurement.observatory;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads one contract with its versions, provenance and red flags. */
@Repository
public class ContractDetails {

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	ContractDetails(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<ContractDetail> find(long id) {
		return jdbc.sql("select " + ContractSearch.SUMMARY_COLUMNS + """
				, c.generation, c.decp_id, c.lieu_code, c.lieu_type_code, c.lieu_nom, c.duree_mois, c.current_duree_mois,
				c.date_publication, c.forme_prix, c.offres_recues, c.modification_count, c.details::text as details,
				s.code as source_code, s.name as source_name, c.sources, c.provenance::text as provenance,
				c.import_id, i.file_name
				from procurement_contract c
				join procurement_source s on s.id = c.source_id
				join procurement_import i on i.id = c.import_id
				where c.id = :id""")
			.param("id", id)
			.query((rs, n) -> new ContractDetail(ContractSearch.SUMMARY.mapRow(rs, n), rs.getString("generation"),
					rs.getString("decp_id"), rs.getString("lieu_code"), rs.getString("lieu_type_code"), rs.getString("lieu_nom"),
					rs.getObject("duree_mois", Integer.class), rs.getObject("current_duree_mois", Integer.class),
					rs.getObject("date_publication", java.time.LocalDate.class), rs.getString("forme_prix"),
					rs.getObject("offres_recues", Integer.class), rs.getInt("modification_count"),
					fields(rs.getString("details")), rs.getString("source_code"), rs.getString("source_name"),
					List.of((String[]) rs.getArray("sources").getArray()), fields(rs.getString("provenance")),
					rs.getLong("import_id"), rs.getString("file_name"), versions(id), flags(id)))
			.optional();
	}

	private List<ContractDetail.Version> versions(long id) {
		record Row(int sequence, Integer modificationId, String object, java.time.LocalDate notified,
				java.time.LocalDate published, BigDecimal amount, Integer duration, List<ContractSummary.Holder> holders) {
		}
		// A contract stored without version rows has one version: its initial data, from its row and its holders.
		List<Row> rows = jdbc.sql("""
				select sequence, modification_id, objet_modification, date_notification, date_publication, montant,
				       duree_mois, titulaires::text as titulaires
				from procurement_contract_version where contract_id = :id
				union all
				select 0, null, null, c.date_notification, c.date_publication, c.montant, c.duree_mois,
				       coalesce((select json_agg(json_build_object('typeIdentifiant', t.type_identifiant,
				               'id', t.identifier, 'denominationSociale', t.name) order by t.position)
				           from procurement_titulaire t where t.contract_id = c.id), '[]')::text
				from procurement_contract c
				where c.id = :id and not exists (select 1 from procurement_contract_version v where v.contract_id = c.id)
				order by sequence""")
			.param("id", id)
			.query((rs, n) -> new Row(rs.getInt("sequence"), rs.getObject("modification_id", Integer.class),
					rs.getString("objet_modification"), rs.getObject("date_notification", java.time.LocalDate.class),
					rs.getObject("date_publication", java.time.LocalDate.class), rs.getBigDecimal("montant"),
					rs.getObject("duree_mois", Integer.class), holders(rs.getString("titulaires"))))
			.list();
		List<ContractDetail.Version> versions = new ArrayList<>();
		BigDecimal amountBefore = null;
		Integer durationBefore = null;
		List<String> holdersBefore = null;
		for (Row row : rows) {
			// a holder published without identifier (kept in the version's json only) sorts first
			List<String> ids = row.holders().stream().map(ContractSummary.Holder::identifier)
				.sorted(Comparator.nullsFirst(Comparator.naturalOrder())).toList();
			BigDecimal amountChange = amountBefore == null || row.amount() == null || row.amount().compareTo(amountBefore) == 0
					? null : row.amount().subtract(amountBefore);
			Integer durationChange = durationBefore == null || row.duration() == null
					|| Objects.equals(row.duration(), durationBefore) ? null : row.duration() - durationBefore;
			boolean holdersChanged = holdersBefore != null && !row.holders().isEmpty() && !ids.equals(holdersBefore);
			versions.add(new ContractDetail.Version(row.sequence(), row.modificationId(), row.object(), row.notified(),
					row.published(), row.amount(), row.duration(), row.holders(), amountChange, durationChange,
					holdersChanged));
			// A modification publishes only what it changes: the values in force carry over.
			amountBefore = row.amount() != null ? row.amount() : amountBefore;
			durationBefore = row.duration() != null ? row.duration() : durationBefore;
			holdersBefore = row.holders().isEmpty() ? holdersBefore : ids;
		}
		return versions;
	}

	private List<ContractDetail.Flag> flags(long id) {
		return jdbc.sql("select code, value from procurement_flag where contract_id = :id order by code")
			.param("id", id)
			.query((rs, n) -> new ContractDetail.Flag(rs.getString("code"), rs.getBigDecimal("value")))
			.list();
	}

	/** The holders of a version as stored: {@code [{"typeIdentifiant", "id", "denominationSociale"}]}. */
	private static List<ContractSummary.Holder> holders(String json) {
		List<ContractSummary.Holder> holders = new ArrayList<>();
		for (JsonNode holder : JSON.readTree(json)) {
			holders.add(new ContractSummary.Holder(text(holder, "id"), text(holder, "typeIdentifiant"),
					text(holder, "denominationSociale")));
		}
		return holders;
	}

	/** A JSON object's fields as text: scalars as they are, lists and objects as compact JSON. */
	private static Map<String, String> fields(String json) {
		Map<String, String> fields = new LinkedHashMap<>();
		JSON.readTree(json).properties().forEach(e -> {
			if (!e.getValue().isNull()) {
				fields.put(e.getKey(), e.getValue().isValueNode() ? e.getValue().asString() : e.getValue().toString());
			}
		});
		return fields;
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return value == null || value.isNull() ? null : value.asString();
	}
}
