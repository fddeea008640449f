package fr.ouvert.participation.synthesis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import fr.ouvert.kernel.text.FrenchStemmingAnalyzer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * French text to terms with Lucene: standard tokenizer, elision ({@code l'}, {@code d'}…), lower case, French stop
 * words, accents folded, light French stemming. Each term keeps the word as written (lower case, without its
 * elided article), so that labels read as words rather than stems. Numbers and one-letter terms are dropped.
 * Lucene's analyzers are thread-safe: one instance serves every analysis.
 */
final class FrenchTerms {

	/** A stem and the word it came from. */
	record Term(String stem, String word) {
	}

	private static final Analyzer STEMMING = new FrenchStemmingAnalyzer();

	/** Words as written, folded, for shingles: no stop words removed, no stemming. */
	private static final Analyzer WORDS = new Analyzer() {
		@Override
		protected TokenStreamComponents createComponents(String field) {
			Tokenizer source = new StandardTokenizer();
			TokenStream stream = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
			return new TokenStreamComponents(source, new ASCIIFoldingFilter(new LowerCaseFilter(stream)));
		}
	};

	private FrenchTerms() {
	}

	static List<Term> terms(String text) {
		List<Term> terms = new ArrayList<>();
		try (TokenStream stream = STEMMING.tokenStream("text", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				String stem = term.toString();
				if (stem.length() < 2 || stem.chars().allMatch(Character::isDigit)) {
					continue;
				}
				String word = text.substring(offset.startOffset(), offset.endOffset()).toLowerCase(Locale.FRENCH);
				int apostrophe = Math.max(word.lastIndexOf('\''), word.lastIndexOf('’'));
				terms.add(new Term(stem, apostrophe >= 0 ? word.substring(apostrophe + 1) : word));
			}
			stream.end();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return terms;
	}

	static List<String> words(String text) {
		List<String> words = new ArrayList<>();
		try (TokenStream stream = WORDS.tokenStream("text", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				words.add(term.toString());
			}
			stream.end();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return words;
	}
}
