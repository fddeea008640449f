package fr.ouvert.catalog.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import fr.ouvert.kernel.cli.StartupTask;
import fr.ouvert.kernel.config.OuvertProperties;
import fr.ouvert.kernel.text.FrenchStemmingAnalyzer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.store.MMapDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IOUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The full-text index of the public datasets: Lucene, in this process, memory-mapped from
 * {@code $OUVERT_HOME/catalog/search-index/}. PostgreSQL stays the source of truth: the index is
 * built from it at every start, in a new folder (removed at shutdown; one left by a process that
 * was killed is removed at the next start once its write lock is free), and follows every
 * committed change of a dataset through {@link #reindexAfterCommit(Collection)}, which the
 * repositories call on each write. Searches read a change as soon as it is indexed (near-real-time
 * readers); the index is never committed, since no start reuses it. One process writes the index:
 * a second platform on the same database would not see the first one's changes before its next
 * start, and a batch command run beside the server neither.
 */
@Component
@Order(10)
public class DatasetIndex implements StartupTask, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(DatasetIndex.class);

	/** The facets counted, as udata's search service names them. */
	public static final List<String> FACETS = List.of("organization", "tag", "license", "format", "badge", "schema",
			"geozone", "frequency");

	private static final List<String> FACET_FIELDS = FACETS.stream().map(DatasetDocuments::facetField).toList();

	/** The sorts besides relevance, as udata's API v1 names them. */
	public static final List<String> SORTS = List.of("created", "downloads", "last_modified", "last_update", "quality",
			"reuses", "title", "views");

	private static final Map<String, SortField.Type> SORT_FIELDS = Map.of("title", SortField.Type.STRING, "created",
			SortField.Type.LONG, "last_update", SortField.Type.LONG, "last_modified", SortField.Type.LONG, "views",
			SortField.Type.LONG, "downloads", SortField.Type.LONG, "quality", SortField.Type.DOUBLE, "reuses",
			SortField.Type.LONG);

	private static final Map<String, String> SORT_FIELD_NAMES = Map.of("title", DatasetDocuments.TITLE_SORT, "created",
			DatasetDocuments.CREATED, "last_update", DatasetDocuments.LAST_UPDATE, "last_modified",
			DatasetDocuments.LAST_MODIFIED, "views", DatasetDocuments.VIEWS, "downloads", DatasetDocuments.DOWNLOADS,
			"quality", DatasetDocuments.QUALITY, "reuses", DatasetDocuments.REUSES);

	private static final SortField BY_ID = new SortField(DatasetDocuments.ID, SortField.Type.STRING);

	private static final SortField NEWEST = new SortField(DatasetDocuments.CREATED, SortField.Type.LONG, true);

	/** The weights of the former PostgreSQL ranking ({@code ts_rank}'s A, B and C). */
	private static final Map<String, Float> TEXT_FIELDS = Map.of(DatasetDocuments.TITLE, 1.0f,
			DatasetDocuments.KEYWORDS, 0.4f, DatasetDocuments.DESCRIPTION, 0.2f);

	private static final int FETCH_SIZE = 500;

	/** Documents buffered before a segment is written: fewer, larger segments while rebuilding. */
	private static final double RAM_BUFFER_MB = 48;

	/** The open index; null until the first build. */
	private record Open(MMapDirectory directory, IndexWriter writer, SearcherManager searchers) {
	}

	/** How a rebuild went. */
	public record Rebuilt(long datasets, Duration took) {
	}

	private final Path folder;
	private final JdbcClient jdbc;
	private final TransactionTemplate readOnly;
	private final Analyzer analyzer = new FrenchStemmingAnalyzer();

	/** Taken by the build and every change, so that a change made during a build follows it. */
	private final Object writeLock = new Object();

	private volatile Open open;

	/** The facet values' numbering of the latest reader searched. */
	private volatile FacetOrdinals ordinals;

	DatasetIndex(OuvertProperties properties, JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.folder = properties.home().resolve("catalog").resolve("search-index");
		this.jdbc = jdbc;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	/** Builds the index when the server starts, before the catalog publishes the platform's datasets. */
	@Override
	public void runAtStart() {
		opened();
	}

	/**
	 * Reads every public dataset from PostgreSQL into the index again, as a start does: after
	 * rows were written into the tables directly (a bulk load). Searches read the former index
	 * until the new one is complete; changes wait for the end of the rebuild.
	 */
	public Rebuilt rebuild() {
		synchronized (writeLock) {
			try {
				if (open == null) {
					open = create();
				}
				return fill(open);
			}
			catch (IOException e) {
				throw new UncheckedIOException("Cannot build the dataset search index in " + folder, e);
			}
		}
	}

	private Open opened() {
		Open current = open;
		if (current != null) {
			return current;
		}
		synchronized (writeLock) {
			if (open == null) {
				rebuild();
			}
			return open;
		}
	}

	private Open create() throws IOException {
		Files.createDirectories(folder);
		removeUnusedFolders();
		MMapDirectory directory = new MMapDirectory(Files.createTempDirectory(folder, "index-"));
		// Never committed: the index is rebuilt at every start, its near-real-time readers see every change.
		IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer)
			.setOpenMode(IndexWriterConfig.OpenMode.CREATE)
			.setRAMBufferSizeMB(RAM_BUFFER_MB)
			.setCommitOnClose(false));
		return new Open(directory, writer, new SearcherManager(writer, null));
	}

	/** Folders left by instances that stopped: their write lock is free. */
	private void removeUnusedFolders() throws IOException {
		List<Path> folders;
		try (Stream<Path> list = Files.list(folder)) {
			folders = list.filter(Files::isDirectory).toList();
		}
		for (Path unused : folders) {
			try (MMapDirectory directory = new MMapDirectory(unused)) {
				Lock lock = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME);
				lock.close();
			}
			catch (LockObtainFailedException inUse) {
				continue;
			}
			IOUtils.rm(unused);
		}
	}

	private Rebuilt fill(Open index) throws IOException {
		long start = System.nanoTime();
		index.writer().deleteAll();
		long[] count = new long[1];
		readOnly.executeWithoutResult(status -> jdbc.sql(DatasetDocuments.SELECT.formatted(""))
			.withFetchSize(FETCH_SIZE)
			.query(rs -> {
				try {
					index.writer().addDocument(DatasetDocuments.of(rs));
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
				count[0]++;
			}));
		// One segment: no merge left to run in the background while searches start, and facet
		// values numbered by the segment alone.
		index.writer().forceMerge(1);
		index.searchers().maybeRefreshBlocking();
		Rebuilt rebuilt = new Rebuilt(count[0], Duration.ofNanos(System.nanoTime() - start));
		log.info("Dataset search index: {} public datasets indexed in {} ms", rebuilt.datasets(), rebuilt.took().toMillis());
		return rebuilt;
	}

	/**
	 * Indexes these datasets again from PostgreSQL once the current transaction has committed (at
	 * once without a transaction), so that a search made after the commit finds the change; a
	 * dataset no longer public leaves the index. A rolled-back transaction changes nothing.
	 */
	public void reindexAfterCommit(Collection<UUID> datasetIds) {
		if (datasetIds.isEmpty()) {
			return;
		}
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			reindexOrWarn(datasetIds);
			return;
		}
		@SuppressWarnings("unchecked")
		Set<UUID> pending = (Set<UUID>) TransactionSynchronizationManager.getResource(this);
		if (pending == null) {
			Set<UUID> changed = new LinkedHashSet<>();
			pending = changed;
			TransactionSynchronizationManager.bindResource(this, changed);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					reindexOrWarn(changed);
				}

				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(DatasetIndex.this);
				}
			});
		}
		pending.addAll(datasetIds);
	}

	/**
	 * The write has committed: a failure to index it must not look like a failed write to whoever
	 * made it. The index stays behind on these datasets until their next change or the next start.
	 */
	private void reindexOrWarn(Collection<UUID> datasetIds) {
		try {
			reindex(datasetIds);
		}
		catch (RuntimeException e) {
			log.error("Dataset search index not updated for {}: {} (the next change or start indexes them again)",
					datasetIds, e.toString(), e);
		}
	}

	private void reindex(Collection<UUID> datasetIds) {
		synchronized (writeLock) {
			// Not built yet (a batch command): the next start reads the change from PostgreSQL.
			if (open == null) {
				return;
			}
			try {
				Map<String, Document> documents = new HashMap<>();
				jdbc.sql(DatasetDocuments.SELECT.formatted(" and d.id = any(:ids)"))
					.param("ids", datasetIds.toArray(UUID[]::new))
					.query(rs -> {
						documents.put(rs.getString("id"), DatasetDocuments.of(rs));
					});
				for (UUID id : datasetIds) {
					Term term = new Term(DatasetDocuments.ID, id.toString());
					Document document = documents.get(id.toString());
					if (document == null) {
						open.writer().deleteDocuments(term);
					}
					else {
						open.writer().updateDocument(term, document);
					}
				}
				open.searchers().maybeRefreshBlocking();
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
	}

	/**
	 * One page of matching datasets (from {@code offset}, at most {@code limit}), the exact total
	 * and, if asked, the {@code facetSize} most frequent values of every facet over all the matches.
	 */
	public IndexHits search(IndexQuery query, int offset, int limit, boolean withFacets, int facetSize) {
		Query lucene = query(query);
		if (lucene == null) {
			return new IndexHits(List.of(), 0, withFacets ? emptyFacets() : Map.of());
		}
		SearcherManager searchers = opened().searchers();
		try {
			IndexSearcher searcher = searchers.acquire();
			try {
				TopFieldCollector top = new TopFieldCollectorManager(sort(query), Math.max(1, offset + limit), null,
						Integer.MAX_VALUE, false).newCollector();
				FacetCounts facets = withFacets ? new FacetCounts(facetOrdinals(searcher), FACETS) : null;
				Collector collector = facets == null ? top : MultiCollector.wrap(top, facets);
				searcher.search(lucene, collector);
				TopDocs page = top.topDocs(offset, limit);
				return new IndexHits(ids(searcher, page), page.totalHits.value,
						facets == null ? Map.of() : facets.top(facetSize));
			}
			finally {
				searchers.release(searcher);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The ids of the hits, from doc values (stored fields would decompress a block per hit). */
	private static List<UUID> ids(IndexSearcher searcher, TopDocs page) throws IOException {
		List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
		List<UUID> ids = new ArrayList<>(page.scoreDocs.length);
		for (ScoreDoc hit : page.scoreDocs) {
			LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
			SortedDocValues id = DocValues.getSorted(leaf.reader(), DatasetDocuments.ID);
			if (!id.advanceExact(hit.doc - leaf.docBase)) {
				throw new IllegalStateException("Indexed dataset without id: document " + hit.doc);
			}
			ids.add(UUID.fromString(id.lookupOrd(id.ordValue()).utf8ToString()));
		}
		return ids;
	}

	private FacetOrdinals facetOrdinals(IndexSearcher searcher) throws IOException {
		FacetOrdinals current = FacetOrdinals.of(searcher.getIndexReader(), FACET_FIELDS, ordinals);
		ordinals = current;
		return current;
	}

	private static Map<String, List<IndexHits.FacetCount>> emptyFacets() {
		Map<String, List<IndexHits.FacetCount>> empty = new java.util.LinkedHashMap<>();
		FACETS.forEach(f -> empty.put(f, List.of()));
		return empty;
	}

	/** The Lucene query, or null when it can match nothing (only stop words were typed). */
	private Query query(IndexQuery q) {
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		if (q.words() != null && !q.words().isBlank()) {
			Query text = text(q.words());
			if (text == null) {
				return null;
			}
			query.add(text, Occur.MUST);
		}
		else {
			query.add(new MatchAllDocsQuery(), Occur.MUST);
		}
		filter(query, DatasetDocuments.ARCHIVED, Boolean.toString(q.archived()));
		if (q.organisationId() != null) {
			filter(query, DatasetDocuments.ORGANISATION, q.organisationId().toString());
		}
		q.tags().forEach(tag -> filter(query, DatasetDocuments.facetField("tag"), tag));
		filter(query, DatasetDocuments.facetField("license"), q.license());
		filter(query, DatasetDocuments.facetField("format"), q.format());
		filter(query, DatasetDocuments.facetField("badge"), q.badge());
		filter(query, DatasetDocuments.facetField("schema"), q.schema());
		filter(query, DatasetDocuments.facetField("frequency"), q.frequency());
		filter(query, DatasetDocuments.GRANULARITY, q.granularity());
		if (q.geozones() != null) {
			query.add(new TermInSetQuery(DatasetDocuments.facetField("geozone"),
					q.geozones().stream().map(BytesRef::new).toList()), Occur.FILTER);
		}
		if (q.coverageStart() != null && q.coverageEnd() != null) {
			query.add(LongPoint.newRangeQuery(DatasetDocuments.TEMPORAL_START, Long.MIN_VALUE, q.coverageEnd().toEpochDay()),
					Occur.FILTER);
			query.add(LongPoint.newRangeQuery(DatasetDocuments.TEMPORAL_END, q.coverageStart().toEpochDay(), Long.MAX_VALUE),
					Occur.FILTER);
		}
		return query.build();
	}

	private static void filter(BooleanQuery.Builder query, String field, String value) {
		if (value != null) {
			query.add(new TermQuery(new Term(field, value)), Occur.FILTER);
		}
	}

	/**
	 * Every word must be found (as udata's API v1 and PostgreSQL's {@code websearch_to_tsquery}),
	 * in the title, the keywords or the description, each with its weight; a word written
	 * {@code -word} must not be. Quotes are ignored: the words of a quoted phrase are all required,
	 * in any order.
	 */
	private Query text(String words) {
		BooleanQuery.Builder text = new BooleanQuery.Builder();
		boolean required = false;
		boolean any = false;
		for (String word : words.strip().split("\\s+")) {
			boolean excluded = word.length() > 1 && word.charAt(0) == '-';
			for (String term : terms(excluded ? word.substring(1) : word)) {
				BooleanQuery.Builder fields = new BooleanQuery.Builder();
				TEXT_FIELDS.forEach((field, weight) -> fields
					.add(new BoostQuery(new TermQuery(new Term(field, term)), weight), Occur.SHOULD));
				text.add(fields.build(), excluded ? Occur.MUST_NOT : Occur.MUST);
				required |= !excluded;
				any = true;
			}
		}
		if (!any) {
			return null;
		}
		if (!required) {
			text.add(new MatchAllDocsQuery(), Occur.MUST);
		}
		return text.build();
	}

	private List<String> terms(String word) {
		List<String> terms = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream(DatasetDocuments.TITLE, word)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				terms.add(term.toString());
			}
			stream.end();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return terms;
	}

	private static Sort sort(IndexQuery q) {
		if (q.sort() == null) {
			return q.words() != null && !q.words().isBlank()
					? new Sort(Relevance.INSTANCE.getSortField(true), NEWEST, BY_ID) : new Sort(NEWEST, BY_ID);
		}
		SortField.Type type = SORT_FIELDS.get(q.sort());
		if (type == null) {
			throw new IllegalArgumentException("Unknown sort " + q.sort() + ", not among " + SORTS);
		}
		return new Sort(new SortField(SORT_FIELD_NAMES.get(q.sort()), type, q.descending()), BY_ID);
	}

	/** Closes the index and removes its folder: the next start builds a new one. */
	@Override
	public void destroy() throws IOException {
		synchronized (writeLock) {
			if (open != null) {
				Path location = open.directory().getDirectory();
				IOUtils.close(open.searchers(), open.writer(), open.directory());
				open = null;
				IOUtils.rm(location);
			}
		}
	}
}
