package fr.ouvert.catalog.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * French text as the catalog searches it, for the indexed text and the words typed alike: elision
 * ({@code l'}, {@code d'}…), lower case, French stop words, accents folded, light French stemming.
 * "Données" and "donnee" meet, "transports" and "transport" too, as with the PostgreSQL
 * configuration it replaces ({@code unaccent} then {@code french_stem}).
 */
final class CatalogAnalyzer extends Analyzer {

	@Override
	protected TokenStreamComponents createComponents(String field) {
		Tokenizer source = new StandardTokenizer();
		TokenStream stream = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
		stream = new LowerCaseFilter(stream);
		stream = new StopFilter(stream, FrenchAnalyzer.getDefaultStopSet());
		stream = new ASCIIFoldingFilter(stream);
		return new TokenStreamComponents(source, new FrenchLightStemFilter(stream));
	}
}
