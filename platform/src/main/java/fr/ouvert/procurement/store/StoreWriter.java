package fr.ouvert.procurement.store;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

import fr.ouvert.decp.Contract;
import fr.ouvert.decp.ContractKind;
import fr.ouvert.decp.ContractVersion;
import fr.ouvert.decp.Generation;
import fr.ouvert.decp.LieuExecution;
import fr.ouvert.decp.Titulaire;
import fr.ouvert.kernel.db.CopyPipeline;
import fr.ouvert.kernel.db.CopyText;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes the contracts of one import into the store, inside the import's transaction. New contracts are buffered
 * and sent with COPY in batches through the import's {@link CopyPipeline} (PostgreSQL loads a batch while the next
 * is prepared), their ids drawn from the sequence ahead; copies of contracts already stored by earlier imports are
 * merged into them by batches too (see {@link #add}). The dedupe index — key hash → contract id
 * and the winning source's priority — is the store's {@link DedupeIndex}, kept from one import to the next; this
 * writer's changes go into it once its transaction has committed.
 */
public final class StoreWriter {

	/** Counts of a finished writer. */
	public record Counts(int created, int updated, int duplicates) {
	}

	static final int BATCH = 5_000;

	/** A copy of a stored contract, and the priority of the stored winner. */
	private record Copy(long id, int storedPriority, Contract contract) {
	}

	/** Copies, the ids of their stored contracts, and the reading of those. */
	private record MergeBatch(List<Copy> copies, Long[] ids, CompletableFuture<StoredCopies> stored) {
	}

	/** The stored contracts of a batch of copies, and the id of each one's winning source, by contract id. */
	private record StoredCopies(Map<Long, StoredContract> contracts, Map<Long, Long> sources) {
	}

	/** An indexed contract: its id, a second hash of its key (to confirm a hit), the winner's priority. */
	private record Entry(long id, int check, int priority, boolean thisImport) {

		DedupeIndex.Entry stored() {
			return new DedupeIndex.Entry(id, check, priority);
		}
	}

	private final JdbcClient jdbc;
	private final CopyPipeline copies;
	private final ContractStore store;
	private final long importId;
	private final long sourceId;
	private final String sourceCode;
	private final int priority;
	/** The store's index when this writer opened, and what this import changed in it. */
	private final DedupeIndex.Snapshot base;
	private final Map<Long, Entry> changes = new HashMap<>();
	private final CopyText contracts = new CopyText("""
			copy procurement_contract (id, dedupe_key, uid, kind, generation, decp_id, acheteur_id, acheteur_nom, nature,
			    objet, code_cpv, procedure, lieu_code, lieu_type_code, lieu_nom, departement, duree_mois, date_notification,
			    date_publication, montant, forme_prix, offres_recues, current_montant, current_duree_mois,
			    modification_count, details, source_id, sources, provenance, import_id) from stdin""");
	private final CopyText titulaires = new CopyText(
			"copy procurement_titulaire (contract_id, position, type_identifiant, identifier, siren, name) from stdin");
	private final CopyText versions = new CopyText("""
			copy procurement_contract_version (contract_id, sequence, modification_id, objet_modification,
			    date_notification, date_publication, montant, duree_mois, titulaires) from stdin""");
	/** The merged contracts' new values, sent to a temporary table then applied with one update per batch. */
	private final CopyText merged = new CopyText("""
			copy procurement_contract_merged (id, kind, generation, decp_id, acheteur_nom, nature, objet, code_cpv,
			    procedure, lieu_code, lieu_type_code, lieu_nom, departement, duree_mois, date_publication, forme_prix,
			    offres_recues, current_montant, current_duree_mois, modification_count, details, source_id, sources,
			    provenance, import_id) from stdin""");
	private boolean mergedTableCreated;
	/** Ids drawn from the sequence: the block in use, and the next one, drawn while this one is used. */
	private long[] ids = new long[0];
	private int nextIdAt;
	private CompletableFuture<long[]> nextIds;
	/** Copies of contracts stored by earlier imports, merged by batches (see {@link #startMerge}). */
	private final List<Copy> pendingCopies = new ArrayList<>();
	/** The batch of copies whose stored contracts are being read, if any. */
	private MergeBatch merging;
	/** Reads the stored contracts of copies, on connections of the pool outside this import's transaction. */
	private final ExecutorService mergeReads = Executors.newSingleThreadExecutor(task -> {
		Thread thread = new Thread(task, "procurement-merge-read");
		thread.setDaemon(true);
		return thread;
	});
	private final PartyNames names = new PartyNames();
	private int created;
	private int updated;
	private int duplicates;

	StoreWriter(JdbcClient jdbc, CopyPipeline copies, ContractStore store, DedupeIndex dedupeIndex, long importId,
			long sourceId, String sourceCode, int priority) {
		this.jdbc = jdbc;
		this.copies = copies;
		this.store = store;
		this.importId = importId;
		this.sourceId = sourceId;
		this.sourceCode = sourceCode;
		this.priority = priority;
		this.base = dedupeIndex.open(jdbc);
		analyzeIfGrown();
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				mergeReads.shutdown();
				if (status == STATUS_COMMITTED) {
					Map<Long, DedupeIndex.Entry> committed = new HashMap<>();
					changes.forEach((hash, entry) -> committed.put(hash, entry.stored()));
					dedupeIndex.committed(base, committed, created, jdbc);
				}
			}
		});
	}

	/**
	 * Gives the planner statistics of the store when it has none or has more than doubled since: without them,
	 * {@code contract_id = any(?)} with the thousands of ids of a merge batch is estimated to match every row and
	 * read by a sequential scan of the holders and versions, and a national import grew quadratic. The statistics
	 * keep the number of distinct ids as a share of the rows, so they stay right as the store grows.
	 */
	private void analyzeIfGrown() {
		boolean stale = jdbc.sql("""
				select (c.reltuples < 0 and s.n_live_tup > 0) or (c.reltuples >= 0 and s.n_live_tup > 2 * c.reltuples)
				from pg_class c join pg_stat_user_tables s on s.relid = c.oid
				where c.oid = 'procurement_contract'::regclass""").query(Boolean.class).single();
		if (stale) {
			// only the columns the merges look rows up by: the whole tables took 0.9 s each time in a national import,
			// while this import waited (autovacuum analyses the other columns afterwards)
			jdbc.sql("""
					analyze procurement_contract (id), procurement_titulaire (contract_id),
					    procurement_contract_version (contract_id)""").update();
		}
	}

	private Entry indexed(long hash) {
		Entry entry = changes.get(hash);
		if (entry != null) {
			return entry;
		}
		DedupeIndex.Entry stored = base.entries().get(hash);
		return stored == null ? null : new Entry(stored.id(), stored.check(), stored.priority(), false);
	}

	/**
	 * Adds one accepted contract. A key never seen creates a contract. A key met earlier in this import is a
	 * duplicate. A key of an earlier import merges: if this source's priority number is lower than the stored
	 * winner's, this copy becomes the winner and the stored values fill its gaps; otherwise this copy only fills
	 * the stored contract's gaps. Each filled field's provenance names the source it came from. Like a repeated
	 * new contract, a second copy of a stored contract in the same import is a duplicate.
	 */
	public void add(Contract contract) {
		String uid = contract.uid();
		if (uid == null) {
			throw new IllegalArgumentException("A contract without buyer or id cannot be stored");
		}
		String key = DedupeKey.of(uid, contract);
		long hash = DedupeKey.hash(key);
		Entry entry = indexed(hash);
		if (entry != null && entry.check() == key.hashCode()) {
			if (entry.thisImport()) {
				duplicates++;
				return;
			}
			pendingCopies.add(new Copy(entry.id(), entry.priority(), contract));
			changes.put(hash, new Entry(entry.id(), entry.check(), Math.min(priority, entry.priority()), true));
			if (pendingCopies.size() >= BATCH) {
				startMerge();
			}
			return;
		}
		long id = nextId();
		if (entry == null) {
			changes.put(hash, new Entry(id, key.hashCode(), priority, true));
		}
		appendNew(id, key, uid, contract);
		created++;
		if (contracts.rows() >= BATCH) {
			flush();
		}
	}

	/** Sends what is buffered and waits until it is loaded; the writer's counts. */
	public Counts finish() {
		startMerge();
		completeMerge();
		flush();
		copies.await();
		names.write(jdbc, copies, store.knownNames());
		return new Counts(created, updated, duplicates);
	}

	/**
	 * Starts the merge of the pending copies: their stored contracts are read while this writer goes on with the
	 * next records; the batch read before is merged first ({@link #completeMerge}), so that one batch at most is in
	 * flight. They are read on a connection of their own, on the other core while this import's COPY runs (on the
	 * import's, the read waited behind the queued batches, and the importing thread with it): an earlier import
	 * committed them and this one has not touched them yet (a second copy in one import is a duplicate), so the
	 * other connection sees them as this transaction does.
	 */
	private void startMerge() {
		if (pendingCopies.isEmpty()) {
			return;
		}
		completeMerge();
		List<Copy> batch = List.copyOf(pendingCopies);
		pendingCopies.clear();
		Long[] ids = batch.stream().map(Copy::id).distinct().toArray(Long[]::new);
		merging = new MergeBatch(batch, ids, CompletableFuture.supplyAsync(() -> readStored(jdbc, ids), mergeReads));
	}

	private StoredCopies readStored(JdbcClient db, Long[] ids) {
		Map<Long, Long> sources = new HashMap<>();
		db.sql("select id, source_id from procurement_contract where id = any(?)").param(ids)
			.query(rs -> {
				sources.put(rs.getLong(1), rs.getLong(2));
			});
		return new StoredCopies(store.findToMerge(db, ids), sources);
	}

	/**
	 * Merges the batch whose stored contracts were read: the merged contracts written with one COPY and one update,
	 * their holders and versions replaced (one delete per table, then COPY with the new rows), all queued on the
	 * pipeline.
	 */
	private void completeMerge() {
		if (merging == null) {
			return;
		}
		StoredCopies stored = storedCopies(merging);
		List<Long> rewritten = new ArrayList<>();
		Map<Long, Contract> mergedContracts = new LinkedHashMap<>();
		for (Copy copy : merging.copies()) {
			if (merge(copy, stored.contracts().get(copy.id()), stored.sources().get(copy.id()), mergedContracts)) {
				updated++;
				rewritten.add(copy.id());
			}
			else {
				duplicates++;
			}
		}
		merging = null;
		if (rewritten.isEmpty()) {
			return;
		}
		rewriteMerged(rewritten.toArray(Long[]::new));
		// The merge keeps the stored row's montant (the same amount by the dedupe key, maybe written otherwise).
		mergedContracts.forEach((id, contract) -> appendChildren(id, contract,
				stored.contracts().get(id).contract().montant()));
		flushChildren();
	}

	/**
	 * The stored contracts of a batch, from its own connection; those it did not see are not committed (written
	 * earlier in this transaction, by an import inside a caller's transaction) and are read on the import's.
	 */
	private StoredCopies storedCopies(MergeBatch batch) {
		StoredCopies stored = join(batch.stored());
		return stored.contracts().size() < batch.ids().length ? join(onPipeline(db -> readStored(db, batch.ids())))
				: stored;
	}

	/** Runs statements on the pipeline's connection, after what is queued before, through a client of its own. */
	private <T> CompletableFuture<T> onPipeline(Function<JdbcClient, T> statements) {
		return copies.submit(connection -> statements
			.apply(JdbcClient.create(new SingleConnectionDataSource(connection, true))));
	}

	private static <T> T join(CompletableFuture<T> future) {
		try {
			return future.join();
		}
		catch (CompletionException e) {
			throw e.getCause() instanceof RuntimeException cause ? cause : e;
		}
	}

	/** Merges a copy into its stored contract (its new values buffered); false when the copy changes nothing. */
	private boolean merge(Copy copy, StoredContract stored, long storedSource,
			Map<Long, Contract> mergedContracts) {
		List<String> sources = new ArrayList<>(stored.sources());
		boolean newSource = !sources.contains(sourceCode);
		if (newSource) {
			sources.add(sourceCode);
		}
		Map<String, String> provenance = new LinkedHashMap<>();
		ContractMerge.Merged merged;
		String winner;
		long winnerSource;
		if (priority < copy.storedPriority()) {
			merged = ContractMerge.fillGaps(copy.contract(), stored.contract());
			merged.filled().forEach(f -> provenance.put(f, stored.provenance().getOrDefault(f, stored.sourceCode())));
			winner = sourceCode;
			winnerSource = sourceId;
		}
		else {
			merged = ContractMerge.fillGaps(stored.contract(), copy.contract());
			if (merged.filled().isEmpty() && !newSource) {
				return false;
			}
			provenance.putAll(stored.provenance());
			merged.filled().forEach(f -> provenance.put(f, sourceCode));
			winner = stored.sourceCode();
			winnerSource = storedSource;
		}
		provenance.values().removeIf(winner::equals);
		mergedContracts.put(copy.id(), merged.contract());
		appendMerged(copy.id(), merged.contract(), winnerSource, sources, provenance);
		return true;
	}

	/**
	 * Queues the buffered merged values: one COPY into a temporary table and one update joining it, instead of an
	 * update statement per contract (110 µs each in the benchmark, the largest part of a merge); then the deletion
	 * of the rewritten contracts' holders and versions, whose new rows follow.
	 */
	private void rewriteMerged(Long[] rewritten) {
		if (!mergedTableCreated) {
			onPipeline(db -> db.sql("""
					create temporary table procurement_contract_merged on commit drop as
					select id, kind, generation, decp_id, acheteur_nom, nature, objet, code_cpv, procedure, lieu_code,
					    lieu_type_code, lieu_nom, departement, duree_mois, date_publication, forme_prix, offres_recues,
					    current_montant, current_duree_mois, modification_count, details, source_id, sources, provenance,
					    import_id
					from procurement_contract with no data""").update());
			mergedTableCreated = true;
		}
		copies.send(merged);
		onPipeline(db -> {
			db.sql("""
					update procurement_contract c set kind = m.kind, generation = m.generation, decp_id = m.decp_id,
					    acheteur_nom = m.acheteur_nom, nature = m.nature, objet = m.objet, code_cpv = m.code_cpv,
					    procedure = m.procedure, lieu_code = m.lieu_code, lieu_type_code = m.lieu_type_code,
					    lieu_nom = m.lieu_nom, departement = m.departement, duree_mois = m.duree_mois,
					    date_publication = m.date_publication, forme_prix = m.forme_prix, offres_recues = m.offres_recues,
					    current_montant = m.current_montant, current_duree_mois = m.current_duree_mois,
					    modification_count = m.modification_count, details = m.details, source_id = m.source_id,
					    sources = m.sources, provenance = m.provenance, import_id = m.import_id, updated_at = now()
					from procurement_contract_merged m where c.id = m.id""").update();
			db.sql("truncate procurement_contract_merged").update();
			db.sql("delete from procurement_titulaire where contract_id = any(?)").param(rewritten).update();
			db.sql("delete from procurement_contract_version where contract_id = any(?)").param(rewritten).update();
			return null;
		});
	}

	private void appendMerged(long id, Contract c, long winnerSource, List<String> sources,
			Map<String, String> provenance) {
		ContractVersion current = c.current();
		LieuExecution lieu = c.lieuExecution();
		merged.value(id).value(kind(c.kind())).value(generation(c.generation())).value(c.id())
			.value(c.acheteurNom()).value(c.nature()).value(c.objet()).value(c.codeCpv()).value(c.procedure())
			.value(lieu == null ? null : lieu.code()).value(lieu == null ? null : lieu.typeCode())
			.value(lieu == null ? null : lieu.nom()).value(Departements.of(lieu))
			.value(c.dureeMois()).value(c.datePublicationDonnees()).value(c.formePrix()).value(c.offresRecues())
			.value(plain(current.montant())).value(current.dureeMois()).value(c.modifications().size())
			.value(ContractJson.details(c)).value(winnerSource).value(ContractJson.textArray(sources))
			.value(ContractJson.provenance(provenance)).value(importId);
		merged.endRow();
		names.buyer(c.acheteurId(), c.acheteurNom());
	}

	private void appendNew(long id, String key, String uid, Contract c) {
		ContractVersion current = c.current();
		LieuExecution lieu = c.lieuExecution();
		contracts.value(id).value(key).value(uid).value(kind(c.kind())).value(generation(c.generation()))
			.value(c.id()).value(c.acheteurId()).value(c.acheteurNom()).value(c.nature()).value(c.objet())
			.value(c.codeCpv()).value(c.procedure())
			.value(lieu == null ? null : lieu.code()).value(lieu == null ? null : lieu.typeCode())
			.value(lieu == null ? null : lieu.nom()).value(Departements.of(lieu))
			.value(c.dureeMois()).value(c.dateNotification()).value(c.datePublicationDonnees())
			.value(plain(c.montant())).value(c.formePrix()).value(c.offresRecues())
			.value(plain(current.montant())).value(current.dureeMois()).value(c.modifications().size())
			.value(ContractJson.details(c)).value(sourceId).value(ContractJson.textArray(List.of(sourceCode)))
			.value("{}").value(importId);
		contracts.endRow();
		names.buyer(c.acheteurId(), c.acheteurNom());
		appendChildren(id, c, c.montant());
	}

	/**
	 * Buffers the holders in force and the versions. A contract without modification gets no version row when its
	 * row and its holders' rows give its initial version back (as {@link ContractStore} then reads it): its amount
	 * written as the row keeps it ({@code rowMontant}), every holder kept by a row. Most contracts are such, and a
	 * version row for each was a third of an import's rows.
	 */
	private void appendChildren(long id, Contract c, BigDecimal rowMontant) {
		List<ContractVersion> all = c.versions();
		int position = 0;
		for (Titulaire t : all.get(all.size() - 1).titulaires()) {
			if (t.id() == null) {
				continue;
			}
			titulaires.value(id).value(position++).value(t.typeIdentifiant()).value(t.id()).value(t.siren())
				.value(t.denominationSociale());
			titulaires.endRow();
			names.holder(t.id(), t.denominationSociale());
		}
		if (c.modifications().isEmpty() && Objects.equals(plain(c.montant()), plain(rowMontant))
				&& keptByTheirRows(c.titulaires())) {
			return;
		}
		for (ContractVersion v : all) {
			versions.value(id).value(v.sequence()).value(v.modificationId()).value(v.objetModification())
				.value(v.dateNotification()).value(v.datePublicationDonnees()).value(plain(v.montant()))
				.value(v.dureeMois()).value(ContractJson.titulaires(v.titulaires()));
			versions.endRow();
		}
	}

	/**
	 * Whether the holders' rows give these holders back as a version's json does: a holder without identifier has
	 * no row, and the json leaves out empty texts (read back as null) where a row keeps them.
	 */
	private static boolean keptByTheirRows(List<Titulaire> holders) {
		for (Titulaire t : holders) {
			if (t.id() == null || t.id().isEmpty() || "".equals(t.typeIdentifiant())
					|| "".equals(t.denominationSociale())) {
				return false;
			}
		}
		return true;
	}

	private void flush() {
		copies.send(contracts);
		flushChildren();
	}

	private void flushChildren() {
		copies.send(titulaires);
		copies.send(versions);
	}

	/**
	 * Ids are drawn from the sequence by blocks, so that new contracts and their rows go out in one COPY each; the
	 * next block is drawn on the pipeline as soon as one is taken, so that the writer never waits for it.
	 */
	private long nextId() {
		if (nextIdAt == ids.length) {
			ids = (nextIds == null ? drawIds() : nextIds).join();
			nextIdAt = 0;
			nextIds = drawIds();
		}
		return ids[nextIdAt++];
	}

	private CompletableFuture<long[]> drawIds() {
		return copies.submit(connection -> {
			try (PreparedStatement draw = connection
				.prepareStatement("select nextval('procurement_contract_id_seq') from generate_series(1, ?)")) {
				draw.setInt(1, BATCH);
				long[] drawn = new long[BATCH];
				try (ResultSet rows = draw.executeQuery()) {
					for (int i = 0; i < BATCH && rows.next(); i++) {
						drawn[i] = rows.getLong(1);
					}
				}
				return drawn;
			}
		});
	}

	private static String plain(java.math.BigDecimal amount) {
		return amount == null ? null : amount.toPlainString();
	}

	static String kind(ContractKind kind) {
		return kind == ContractKind.MARCHE ? "marche" : "concession";
	}

	static String generation(Generation generation) {
		return generation == Generation.DECP_2019 ? "2019" : "2022";
	}
}
