package fr.ouvert.kernel.text;

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
 * French text as the platform searches and groups it: elision ({@code l'}, {@code d'}…), lower case,
 * French stop words, accents folded, light French stemming. "Données" and "donnee" meet,
 * "transports" and "transport" too. The catalogue's search index and the participation module's
 * topic labels analyse text with it, so that both find the same words. Thread-safe: one instance
 * serves every analysis.
 */
public final class FrenchStemmingAnalyzer extends Analyzer {

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
