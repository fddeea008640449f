package fr.ouvert.kernel.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import fr.ouvert.testing.PlatformTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** Values through COPY's text format into a real table, sent at once and through a pipeline. */
class CopyTextTest extends PlatformTest {

	@Autowired
	DataSource dataSource;

	@Autowired
	TransactionTemplate transactions;

	/** Texts that need escaping or more than one byte of UTF-8. */
	private static final List<String> TEXTS = List.of("plain ASCII", "tab\there", "line\nbreak\r\nand back\\slash",
			"\\N is not null", "accents: é à ç œ Œ ÿ", "euro € and ﬁ ligature", "emoji 🏛️ and 𝄞 clef",
			"nul\0removed", "", "\\");

	@Test
	void everyKindOfValueComesBackAsWritten() {
		String table = table("t text, n bigint, i int, d date, b boolean, a numeric, ts timestamptz, arr text[]");
		transactions.executeWithoutResult(tx -> {
			CopyText rows = new CopyText("copy " + table + " (t, n, i, d, b, a, ts, arr) from stdin");
			for (String text : TEXTS) {
				rows.row(text, Long.MIN_VALUE, 0, LocalDate.of(2024, 2, 29), true, new BigDecimal("-12.50"),
						Timestamp.from(Instant.parse("2024-05-02T10:15:30Z")), new String[] { text, "\"quoted\"" });
			}
			rows.value((String) null).value(-9_876_543_210L).value(Integer.valueOf(-7)).value(LocalDate.of(12, 1, 5))
				.value((Object) null).value((Object) null).value((Object) null).value((Object) null);
			rows.endRow();
			rows.flush(dataSource);
		});
		List<Map<String, Object>> stored = jdbc.sql("select t, n, i, d, b, a, ts from " + table
				+ " order by ctid").query().listOfRows();
		assertThat(stored).hasSize(TEXTS.size() + 1);
		for (int i = 0; i < TEXTS.size(); i++) {
			Map<String, Object> row = stored.get(i);
			String expected = TEXTS.get(i).replace("\0", "");
			assertThat(row.get("t")).isEqualTo(expected);
			assertThat(row.get("n")).isEqualTo(Long.MIN_VALUE);
			assertThat(row.get("i")).isEqualTo(0);
			assertThat(row.get("d").toString()).isEqualTo("2024-02-29");
			assertThat(row.get("b")).isEqualTo(true);
			assertThat(row.get("a")).isEqualTo(new BigDecimal("-12.50"));
			assertThat(((Timestamp) row.get("ts")).toInstant()).isEqualTo(Instant.parse("2024-05-02T10:15:30Z"));
		}
		assertThat(jdbc.sql("select arr[1] from " + table + " where n = ? order by ctid").param(Long.MIN_VALUE)
			.query(String.class).list()).containsExactlyElementsOf(TEXTS.stream().map(t -> t.replace("\0", "")).toList());
		Map<String, Object> last = stored.get(TEXTS.size());
		assertThat(last.get("t")).isNull();
		assertThat(last.get("n")).isEqualTo(-9_876_543_210L);
		assertThat(last.get("i")).isEqualTo(-7);
		assertThat(last.get("d").toString()).isEqualTo("0012-01-05");
		assertThat(last.get("b")).isNull();
	}

	@Test
	void aPipelineSendsItsBatchesInOrderAndLeavesTheConnectionToTheCallerAfterAwait() {
		String table = table("n bigint");
		long[] drawn = new long[1];
		transactions.executeWithoutResult(tx -> {
			try (CopyPipeline copies = new CopyPipeline(dataSource, "test-copy")) {
				CopyText rows = new CopyText("copy " + table + " (n) from stdin");
				for (int batch = 0; batch < 20; batch++) {
					for (int i = 0; i < 1_000; i++) {
						rows.row(batch * 1_000L + i);
					}
					copies.send(rows);
				}
				drawn[0] = copies.submit(connection -> {
					try (var count = connection.prepareStatement("select count(*) from " + table);
							var result = count.executeQuery()) {
						result.next();
						return result.getLong(1);
					}
				}).join();
				copies.await();
				assertThat(jdbc.sql("select count(*) from " + table).query(Long.class).single()).isEqualTo(20_000);
			}
		});
		// the statement ran after the batches queued before it
		assertThat(drawn[0]).isEqualTo(20_000);
		List<Long> stored = jdbc.sql("select n from " + table + " order by ctid").query(Long.class).list();
		List<Long> expected = new ArrayList<>();
		for (long n = 0; n < 20_000; n++) {
			expected.add(n);
		}
		assertThat(stored).isEqualTo(expected);
	}

	@Test
	void aFailedBatchIsThrownByTheNextCallAndNothingOfTheTransactionIsKept() {
		String table = table("n bigint not null");
		assertThatThrownBy(() -> transactions.executeWithoutResult(tx -> {
			try (CopyPipeline copies = new CopyPipeline(dataSource, "test-copy")) {
				CopyText rows = new CopyText("copy " + table + " (n) from stdin");
				rows.row(1L);
				copies.send(rows);
				rows.row("not a number");
				copies.send(rows);
				rows.row(3L);
				copies.send(rows);
				copies.await();
			}
		})).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("COPY failed: copy " + table)
			.rootCause().hasMessageContaining("not a number");
		assertThat(jdbc.sql("select count(*) from " + table).query(Long.class).single()).isZero();
	}

	@Test
	void aFailedStatementNobodyWaitsForIsThrownByTheNextCall() {
		String table = table("n bigint");
		assertThatThrownBy(() -> transactions.executeWithoutResult(tx -> {
			try (CopyPipeline copies = new CopyPipeline(dataSource, "test-copy")) {
				copies.submit(connection -> connection.prepareStatement("select * from no_such_table").execute());
				CopyText rows = new CopyText("copy " + table + " (n) from stdin");
				rows.row(1L);
				copies.send(rows);
				copies.await();
			}
		})).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("Statement after COPY failed")
			.rootCause().hasMessageContaining("no_such_table");
		assertThat(jdbc.sql("select count(*) from " + table).query(Long.class).single()).isZero();
	}

	private final List<String> tables = new ArrayList<>();

	private String table(String columns) {
		String name = "copy_text_test_" + UUID.randomUUID().toString().replace("-", "");
		jdbc.sql("create table " + name + " (" + columns + ")").update();
		tables.add(name);
		return name;
	}

	@AfterEach
	void dropTables() {
		tables.forEach(name -> jdbc.sql("drop table " + name).update());
	}
}
