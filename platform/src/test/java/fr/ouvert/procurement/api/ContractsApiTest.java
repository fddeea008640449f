package fr.ouvert.procurement.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import fr.ouvert.procurement.ProcurementFixtures;
import fr.ouvert.testing.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The contracts API: the paged search, the CSV export, a contract, a buyer's and a supplier's figures. */
class ContractsApiTest extends PlatformTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	ProcurementFixtures.Inserted inserted;

	@BeforeEach
	void insert() {
		inserted = ProcurementFixtures.insert(jdbc);
	}

	@Test
	void theSearchIsPagedLikeUdata() throws Exception {
		JsonNode page = json("/api/1/procurement/contracts?buyer=" + inserted.buyer() + "&page_size=3");
		assertThat(page.get("total").asInt()).isEqualTo(4);
		assertThat(page.get("page_size").asInt()).isEqualTo(3);
		assertThat(page.get("data")).hasSize(3);
		assertThat(page.get("next_page").asString()).contains("page=2");
		JsonNode first = page.get("data").get(0);
		assertThat(first.get("id").asLong()).isEqualTo(inserted.services());
		assertThat(first.get("amount").decimalValue()).isEqualByComparingTo("80000");
		assertThat(first.get("holders").get(0).get("identifier").asString()).isEqualTo(inserted.otherSupplier());
		assertThat(first.get("url").asString()).isEqualTo("/marches-publics/contrats/" + inserted.services());
		String error = mvc.perform(get("/api/1/procurement/contracts?cpv=quarante")).andExpect(status().isBadRequest())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(JSON.readTree(error).get("errors").has("cpv")).isTrue();
	}

	@Test
	void theCsvHasOneRowPerContract() throws Exception {
		String csv = mvc.perform(get("/api/1/procurement/contracts.csv?supplier=" + inserted.supplier()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		String[] lines = csv.split("\r\n");
		assertThat(lines).hasSize(3);
		assertThat(lines[0]).isEqualTo("id,uid,kind,buyer_id,buyer_name,object,nature,procedure,cpv,departement,notified,"
				+ "initial_amount,amount,framework_agreement,holder_ids,holder_names,url");
		assertThat(lines[1]).startsWith(inserted.shared() + ",").contains(",2023-06-01,50000,50000,false,")
			.contains(inserted.supplier() + " ; " + inserted.otherSupplier());
		assertThat(lines[2]).startsWith(inserted.modified() + ",").contains(",100000,120000,false,");
	}

	@Test
	void aContractWithItsVersionsAndAPartysFigures() throws Exception {
		JsonNode contract = json("/api/1/procurement/contracts/" + inserted.modified());
		assertThat(contract.get("versions")).hasSize(2);
		assertThat(contract.get("versions").get(1).get("amount_change").decimalValue()).isEqualByComparingTo("20000");
		assertThat(contract.get("summary").get("buyer_id").asString()).isEqualTo(inserted.buyer());

		JsonNode buyer = json("/api/1/procurement/buyers/" + inserted.buyer());
		assertThat(buyer.get("totals").get("amount").decimalValue()).isEqualByComparingTo("250000");
		assertThat(buyer.get("totals").get("framework_amount").decimalValue()).isEqualByComparingTo("300000");
		assertThat(buyer.get("years")).hasSize(2);

		JsonNode supplier = json("/api/1/procurement/suppliers/" + inserted.supplierSiren());
		assertThat(supplier.get("establishments")).hasSize(2);
		assertThat(supplier.get("totals").get("contracts").asInt()).isEqualTo(2);
		mvc.perform(get("/api/1/procurement/suppliers/inconnu")).andExpect(status().isNotFound());
	}

	private JsonNode json(String path) throws Exception {
		return JSON.readTree(mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}
}
