package fr.ouvert.tableschema;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@code pattern} constraint of a simple shape, matched without {@link java.util.regex}: a regular expression
 * made of literal characters, {@code \d \w \s}, character classes without negation, groups with alternatives
 * ({@code (a|b)}, {@code (?:…)}) and the greedy quantifiers {@code ? * + {n} {n,} {n,m}}, anchored by an optional
 * leading {@code ^} and trailing {@code $} — the shapes of the schemas' identifiers, codes and dates, such as
 * {@code ^\d{14}$} or {@code ^[0-9]{4}-[0-9]{2}(/[0-9]{4})?$}.
 *
 * <p>It answers exactly what {@code Pattern.compile(regex).matcher(value).matches()} answers. The expression is
 * turned into a position (Glushkov) automaton of at most 63 character positions, run on a bit set of positions:
 * one pass over the value, no allocation, no backtracking. {@link #compile} returns null for anything else
 * (flags, {@code .}, negated classes, anchors inside, back-references, look-arounds, lazy or possessive
 * quantifiers, escapes other than the few above…): the caller then keeps the regular expression.
 */
final class SimplePattern {

	private static final int MAX_POSITIONS = 63;

	/** The character class of each position. */
	private final CharClass[] classes;
	/** For each ASCII character, the positions whose class contains it. */
	private final long[] asciiPositions = new long[128];
	/** For each position, the positions that may come next. */
	private final long[] follow;
	private final long first;
	private final long last;
	private final boolean nullable;

	private SimplePattern(List<CharClass> classes, long[] follow, long first, long last, boolean nullable) {
		this.classes = classes.toArray(CharClass[]::new);
		this.follow = follow;
		this.first = first;
		this.last = last;
		this.nullable = nullable;
		for (char c = 0; c < 128; c++) {
			asciiPositions[c] = positionsOf(c);
		}
	}

	/** The automaton of {@code regex}, or null when it is not one of the simple shapes. */
	static SimplePattern compile(String regex) {
		try {
			Parser parser = new Parser(regex);
			Node tree = parser.parse();
			Builder builder = new Builder();
			Automaton automaton = builder.build(tree);
			if (automaton == null) {
				return null;
			}
			return new SimplePattern(builder.classes, builder.follow, automaton.first, automaton.last,
					automaton.nullable);
		} catch (Unsupported e) {
			return null;
		}
	}

	boolean matches(CharSequence value) {
		int length = value.length();
		if (length == 0) {
			return nullable;
		}
		long reached = first;
		for (int i = 0; i < length; i++) {
			char c = value.charAt(i);
			long accepting = c < 128 ? asciiPositions[c] : positionsOf(c);
			reached &= accepting;
			if (reached == 0) {
				return false;
			}
			if (i + 1 == length) {
				break;
			}
			long next = 0;
			for (long bits = reached; bits != 0; bits &= bits - 1) {
				next |= follow[Long.numberOfTrailingZeros(bits)];
			}
			reached = next;
		}
		return (reached & last) != 0;
	}

	private long positionsOf(char c) {
		long positions = 0;
		for (int p = 0; p < classes.length; p++) {
			if (classes[p].contains(c)) {
				positions |= 1L << p;
			}
		}
		return positions;
	}

	/** Characters as ranges (inclusive pairs); none is a surrogate, so a value's surrogate never matches. */
	private record CharClass(char[] ranges) {

		boolean contains(char c) {
			for (int i = 0; i < ranges.length; i += 2) {
				if (c >= ranges[i] && c <= ranges[i + 1]) {
					return true;
				}
			}
			return false;
		}
	}

	/** The expression as a tree, before positions are numbered. */
	private sealed interface Node {
	}

	private record Atom(CharClass chars) implements Node {
	}

	private record Sequence(List<Node> items) implements Node {
	}

	private record Alternatives(List<Node> choices) implements Node {
	}

	/** {@code max} is -1 for no upper bound. */
	private record Repeat(Node node, int min, int max) implements Node {
	}

	private static final class Unsupported extends Exception {
		Unsupported() {
			super(null, null, false, false);
		}
	}

	private static final class Parser {
		private final String regex;
		private int at;
		private int end;

		Parser(String regex) {
			this.regex = regex;
			this.end = regex.length();
		}

		Node parse() throws Unsupported {
			if (at < end && regex.charAt(at) == '^') {
				at++;
			}
			if (end > at && regex.charAt(end - 1) == '$' && !escaped(end - 1)) {
				end--;
			}
			Node tree = alternatives();
			if (at != end) {
				throw new Unsupported();
			}
			return tree;
		}

		/** Whether the character at {@code index} is escaped by an odd number of backslashes before it. */
		private boolean escaped(int index) {
			int backslashes = 0;
			for (int i = index - 1; i >= 0 && regex.charAt(i) == '\\'; i--) {
				backslashes++;
			}
			return backslashes % 2 == 1;
		}

		private Node alternatives() throws Unsupported {
			List<Node> choices = new ArrayList<>();
			choices.add(sequence());
			while (at < end && regex.charAt(at) == '|') {
				at++;
				choices.add(sequence());
			}
			return choices.size() == 1 ? choices.get(0) : new Alternatives(choices);
		}

		private Node sequence() throws Unsupported {
			List<Node> items = new ArrayList<>();
			while (at < end && regex.charAt(at) != '|' && regex.charAt(at) != ')') {
				items.add(quantified(atom()));
			}
			return new Sequence(items);
		}

		private Node atom() throws Unsupported {
			char c = regex.charAt(at++);
			switch (c) {
				case '\\' -> {
					return new Atom(escape());
				}
				case '[' -> {
					return new Atom(characterClass());
				}
				case '(' -> {
					if (at < end && regex.charAt(at) == '?') {
						if (at + 1 < end && regex.charAt(at + 1) == ':') {
							at += 2;
						} else {
							throw new Unsupported();
						}
					}
					Node group = alternatives();
					if (at >= end || regex.charAt(at) != ')') {
						throw new Unsupported();
					}
					at++;
					return group;
				}
				case '^', '$', '.', '|', ')', '?', '*', '+', '{', '}', ']' -> throw new Unsupported();
				default -> {
					return new Atom(single(literal(c)));
				}
			}
		}

		private Node quantified(Node node) throws Unsupported {
			if (at >= end) {
				return node;
			}
			int min;
			int max;
			switch (regex.charAt(at)) {
				case '?' -> {
					min = 0;
					max = 1;
				}
				case '*' -> {
					min = 0;
					max = -1;
				}
				case '+' -> {
					min = 1;
					max = -1;
				}
				case '{' -> {
					int close = regex.indexOf('}', at);
					if (close < 0 || close >= end) {
						throw new Unsupported();
					}
					String bounds = regex.substring(at + 1, close);
					int comma = bounds.indexOf(',');
					min = number(comma < 0 ? bounds : bounds.substring(0, comma));
					max = comma < 0 ? min : comma == bounds.length() - 1 ? -1 : number(bounds.substring(comma + 1));
					if (max >= 0 && max < min) {
						throw new Unsupported();
					}
					at = close;
				}
				default -> {
					return node;
				}
			}
			at++;
			if (at < end && "?+*{".indexOf(regex.charAt(at)) >= 0) {
				throw new Unsupported();
			}
			return new Repeat(node, min, max);
		}

		private static int number(String digits) throws Unsupported {
			if (digits.isEmpty() || digits.length() > 2) {
				throw new Unsupported();
			}
			for (int i = 0; i < digits.length(); i++) {
				if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
					throw new Unsupported();
				}
			}
			return Integer.parseInt(digits);
		}

		/**
		 * After a backslash: {@code \d \w \s}, {@code \}{@code uXXXX}, or an escaped ASCII punctuation character
		 * standing for itself.
		 */
		private CharClass escape() throws Unsupported {
			if (at >= end) {
				throw new Unsupported();
			}
			char c = regex.charAt(at++);
			return switch (c) {
				case 'd' -> new CharClass(new char[] {'0', '9'});
				case 'w' -> new CharClass(new char[] {'0', '9', 'A', 'Z', '_', '_', 'a', 'z'});
				case 's' -> new CharClass(new char[] {'\t', '\r', ' ', ' '});
				case 'u' -> {
					if (at + 4 > end) {
						throw new Unsupported();
					}
					int code = 0;
					for (int i = 0; i < 4; i++) {
						int digit = Character.digit(regex.charAt(at++), 16);
						if (digit < 0) {
							throw new Unsupported();
						}
						code = code * 16 + digit;
					}
					yield single(literal((char) code));
				}
				default -> {
					if (c < 128 && !Character.isLetterOrDigit(c)) {
						yield single(c);
					}
					throw new Unsupported();
				}
			};
		}

		/** A class {@code [...]} of single characters, ranges and {@code \d \w \s}; no negation, union or intersection. */
		private CharClass characterClass() throws Unsupported {
			StringBuilder ranges = new StringBuilder();
			boolean firstItem = true;
			while (true) {
				if (at >= end) {
					throw new Unsupported();
				}
				char c = regex.charAt(at++);
				if (c == ']' && !firstItem) {
					break;
				}
				if (c == '[' || c == ']' || c == '^' && firstItem || c == '&' && at < end && regex.charAt(at) == '&') {
					throw new Unsupported();
				}
				firstItem = false;
				if (c == '\\') {
					CharClass escapedClass = escape();
					if (at < end && regex.charAt(at) == '-' && at + 1 < end && regex.charAt(at + 1) != ']') {
						if (escapedClass.ranges().length != 2 || escapedClass.ranges()[0] != escapedClass.ranges()[1]) {
							throw new Unsupported();
						}
						ranges.append(range(escapedClass.ranges()[0]));
					} else {
						ranges.append(escapedClass.ranges());
					}
					continue;
				}
				ranges.append(range(literal(c)));
			}
			return new CharClass(ranges.toString().toCharArray());
		}

		/** A character of a class and, when a {@code -} and an end follow, the range up to that end. */
		private char[] range(char from) throws Unsupported {
			if (at + 1 < end && regex.charAt(at) == '-' && regex.charAt(at + 1) != ']') {
				at++;
				char to = regex.charAt(at++);
				if (to == '\\') {
					CharClass escapedEnd = escape();
					if (escapedEnd.ranges().length != 2 || escapedEnd.ranges()[0] != escapedEnd.ranges()[1]) {
						throw new Unsupported();
					}
					to = escapedEnd.ranges()[0];
				} else if (to == '[' || to == '&') {
					throw new Unsupported();
				}
				to = literal(to);
				if (to < from) {
					throw new Unsupported();
				}
				return new char[] {from, to};
			}
			return new char[] {from, from};
		}

		private static char literal(char c) throws Unsupported {
			if (Character.isSurrogate(c)) {
				throw new Unsupported();
			}
			return c;
		}

		private static CharClass single(char c) {
			return new CharClass(new char[] {c, c});
		}
	}

	/** first, last and nullable of a sub-expression, whose follow sets are written into the builder. */
	private record Automaton(long first, long last, boolean nullable) {
	}

	/** Numbers the positions (each copy of a repeated sub-expression gets its own) and computes follow sets. */
	private static final class Builder {
		final List<CharClass> classes = new ArrayList<>();
		final long[] follow = new long[MAX_POSITIONS];

		Automaton build(Node node) throws Unsupported {
			if (node instanceof Atom atom) {
				if (classes.size() == MAX_POSITIONS) {
					throw new Unsupported();
				}
				classes.add(atom.chars());
				long position = 1L << (classes.size() - 1);
				return new Automaton(position, position, false);
			}
			if (node instanceof Sequence sequence) {
				Automaton result = new Automaton(0, 0, true);
				for (Node item : sequence.items()) {
					result = concat(result, build(item));
				}
				return result;
			}
			if (node instanceof Alternatives alternatives) {
				long first = 0;
				long last = 0;
				boolean nullable = false;
				for (Node choice : alternatives.choices()) {
					Automaton a = build(choice);
					first |= a.first();
					last |= a.last();
					nullable |= a.nullable();
				}
				return new Automaton(first, last, nullable);
			}
			return repeat((Repeat) node);
		}

		private Automaton repeat(Repeat repeat) throws Unsupported {
			Automaton result = new Automaton(0, 0, true);
			for (int i = 0; i < repeat.min(); i++) {
				result = concat(result, build(repeat.node()));
			}
			if (repeat.max() < 0) {
				Automaton loop = build(repeat.node());
				link(loop.last(), loop.first());
				return concat(result, new Automaton(loop.first(), loop.last(), true));
			}
			// a{n,m}: n copies, then (a(a(…)?)?)? with m-n copies, each reachable only after the one before it
			Automaton optional = new Automaton(0, 0, true);
			for (int i = repeat.min(); i < repeat.max(); i++) {
				Automaton copy = concat(build(repeat.node()), optional);
				optional = new Automaton(copy.first(), copy.last(), true);
			}
			return concat(result, optional);
		}

		private Automaton concat(Automaton a, Automaton b) {
			link(a.last(), b.first());
			return new Automaton(a.nullable() ? a.first() | b.first() : a.first(),
					b.nullable() ? a.last() | b.last() : b.last(), a.nullable() && b.nullable());
		}

		private void link(long from, long to) {
			for (long bits = from; bits != 0; bits &= bits - 1) {
				follow[Long.numberOfTrailingZeros(bits)] |= to;
			}
		}
	}
}
