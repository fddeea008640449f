package fr.ouvert.tableschema;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * One field of a Table Schema: its type and format, how a cell is cast ({@link #cast}) and its constraints
 * ({@link #violatedConstraints}). Casting follows frictionless-py 4 (the library under Validata).
 */
public final class Field {

	/** What {@link #cast} returns for a value that is not of the field's type. */
	static final Object INVALID = new Object() {
		@Override
		public String toString() {
			return "INVALID";
		}
	};

	/** The field types of the Table Schema specification. */
	public enum Type {
		STRING, NUMBER, INTEGER, BOOLEAN, OBJECT, ARRAY, DATE, TIME, DATETIME, YEAR, YEARMONTH, DURATION, GEOPOINT,
		GEOJSON, ANY;

		static Type of(String name) {
			for (Type type : values()) {
				if (type.name().toLowerCase(Locale.ROOT).equals(name)) {
					return type;
				}
			}
			return null;
		}

		String code() {
			return name().toLowerCase(Locale.ROOT);
		}
	}

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
	private static final Pattern UUID = Pattern.compile(
			"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");
	private static final Pattern DURATION = Pattern.compile(
			"^P(?!$)(\\d+(?:[.,]\\d+)?Y)?(\\d+(?:[.,]\\d+)?M)?(\\d+(?:[.,]\\d+)?W)?(\\d+(?:[.,]\\d+)?D)?"
					+ "(T(?=\\d)(\\d+(?:[.,]\\d+)?H)?(\\d+(?:[.,]\\d+)?M)?(\\d+(?:[.,]\\d+)?S)?)?$");
	private static final Pattern ISO_DATETIME = Pattern.compile(
			"^\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}(:?\\d{2})?)?$");
	private static final Set<String> GEOJSON_TYPES = Set.of("Point", "MultiPoint", "LineString", "MultiLineString",
			"Polygon", "MultiPolygon", "GeometryCollection", "Feature", "FeatureCollection");
	private static final List<Strptime> ANY_DATE_PATTERNS = List.of(new Strptime("%Y-%m-%d"),
			new Strptime("%d/%m/%Y"), new Strptime("%Y/%m/%d"), new Strptime("%d-%m-%Y"), new Strptime("%d.%m.%Y"),
			new Strptime("%d %B %Y"), new Strptime("%d %b %Y"), new Strptime("%B %d, %Y"), new Strptime("%Y%m%d"));
	private static final List<Strptime> ANY_TIME_PATTERNS = List.of(new Strptime("%H:%M:%S"), new Strptime("%H:%M"),
			new Strptime("%H:%M:%S.%f"), new Strptime("%I:%M %p"), new Strptime("%Hh%M"));

	private final String name;
	private final Type type;
	private final String format;
	private final String description;
	private final String example;
	private final Set<String> trueValues;
	private final Set<String> falseValues;
	private final List<String> trueValuesOrdered;
	private final List<String> falseValuesOrdered;
	private final char decimalChar;
	private final String groupChar;
	private final boolean bareNumber;
	private final Strptime strptime;
	private final Field arrayItem;
	private final Constraints constraints;
	private final boolean plainString;

	private Field(Builder b) {
		this.name = b.name;
		this.type = b.type;
		this.format = b.format;
		this.description = b.description;
		this.example = b.example;
		this.trueValuesOrdered = List.copyOf(b.trueValues);
		this.falseValuesOrdered = List.copyOf(b.falseValues);
		this.trueValues = Set.copyOf(b.trueValues);
		this.falseValues = Set.copyOf(b.falseValues);
		this.decimalChar = b.decimalChar;
		this.groupChar = b.groupChar;
		this.bareNumber = b.bareNumber;
		this.strptime = b.strptime;
		this.arrayItem = b.arrayItem;
		this.plainString = b.format.equals("default");
		this.constraints = new Constraints(this, b.constraintsNode, b.path, b.problems);
	}

	/** A field from its JSON definition; problems found are added to {@code problems} and null is returned. */
	static Field fromJson(JsonNode node, String path, List<String> problems) {
		if (node == null || !node.isObject()) {
			problems.add(path + ": a field must be a JSON object");
			return null;
		}
		int before = problems.size();
		Builder b = new Builder();
		b.path = path;
		b.problems = problems;
		JsonNode nameNode = node.get("name");
		if (nameNode == null || !nameNode.isString() || nameNode.asString().isEmpty()) {
			problems.add(path + ": \"name\" is required and must be a non-empty string");
			return null;
		}
		b.name = nameNode.asString();
		path = path + " (\"" + b.name + "\")";
		b.path = path;
		String typeName = text(node, "type", "string");
		b.type = Type.of(typeName);
		if (b.type == null) {
			problems.add(path + ": unknown type \"" + typeName + "\"");
			return null;
		}
		b.format = text(node, "format", "default");
		b.description = text(node, "description", null);
		JsonNode exampleNode = node.get("example");
		b.example = exampleNode == null ? null : exampleNode.isString() ? exampleNode.asString() : exampleNode.toString();
		b.trueValues = strings(node.get("trueValues"), List.of("true", "True", "TRUE", "1"), path, problems);
		b.falseValues = strings(node.get("falseValues"), List.of("false", "False", "FALSE", "0"), path, problems);
		String decimal = text(node, "decimalChar", ".");
		if (decimal.length() != 1) {
			problems.add(path + ": \"decimalChar\" must be one character");
		} else {
			b.decimalChar = decimal.charAt(0);
		}
		b.groupChar = text(node, "groupChar", "");
		JsonNode bare = node.get("bareNumber");
		b.bareNumber = bare == null || bare.asBoolean();
		switch (b.type) {
			case STRING -> {
				if (!Set.of("default", "email", "uri", "uuid", "binary").contains(b.format)) {
					problems.add(path + ": unknown string format \"" + b.format + "\"");
				}
			}
			case DATE, TIME, DATETIME -> {
				if (!b.format.equals("default") && !b.format.equals("any")) {
					String pattern = b.format.startsWith("fmt:") ? b.format.substring(4) : b.format;
					String unsupported = Strptime.unsupportedDirective(pattern);
					if (unsupported != null) {
						problems.add(path + ": unsupported directive \"" + unsupported + "\" in format \""
								+ b.format + "\"");
					} else {
						b.strptime = new Strptime(pattern);
					}
				}
			}
			case GEOPOINT -> {
				if (!Set.of("default", "array", "object").contains(b.format)) {
					problems.add(path + ": unknown geopoint format \"" + b.format + "\"");
				}
			}
			case ARRAY -> {
				JsonNode item = node.get("arrayItem");
				if (item != null) {
					b.arrayItem = fromJson(withName(item, b.name), path + ".arrayItem", problems);
				}
			}
			default -> {
			}
		}
		b.constraintsNode = node.get("constraints");
		if (b.constraintsNode != null && !b.constraintsNode.isObject()) {
			problems.add(path + ": \"constraints\" must be an object");
			b.constraintsNode = null;
		}
		Field field = new Field(b);
		return problems.size() == before ? field : null;
	}

	private static JsonNode withName(JsonNode item, String name) {
		if (!item.isObject() || item.has("name")) {
			return item;
		}
		var copy = ((tools.jackson.databind.node.ObjectNode) item).deepCopy();
		copy.put("name", name);
		return copy;
	}

	private static String text(JsonNode node, String property, String fallback) {
		JsonNode value = node.get(property);
		return value == null || value.isNull() ? fallback : value.asString();
	}

	private static List<String> strings(JsonNode node, List<String> fallback, String path, List<String> problems) {
		if (node == null) {
			return fallback;
		}
		List<String> values = new ArrayList<>();
		if (!node.isArray()) {
			problems.add(path + ": trueValues/falseValues must be arrays of strings");
			return fallback;
		}
		node.forEach(v -> values.add(v.asString()));
		return values;
	}

	public String name() {
		return name;
	}

	public Type type() {
		return type;
	}

	public String format() {
		return format;
	}

	public String description() {
		return description;
	}

	public String example() {
		return example;
	}

	public Constraints constraints() {
		return constraints;
	}

	List<String> trueValues() {
		return trueValuesOrdered;
	}

	List<String> falseValues() {
		return falseValuesOrdered;
	}

	Field arrayItem() {
		return arrayItem;
	}

	/**
	 * The typed value of a non-missing cell, or {@link #INVALID}. Types: String, BigDecimal (number; Double for
	 * NaN and infinities), Long or BigInteger (integer), Boolean, LocalDate, LocalTime, LocalDateTime or
	 * OffsetDateTime, Integer (year), YearMonth, String (duration, as written), GeoPoint, JsonNode (object, array,
	 * geojson), String (any).
	 */
	public Object cast(String cell) {
		return switch (type) {
			case STRING -> castString(cell);
			case NUMBER -> castNumber(cell);
			case INTEGER -> castInteger(cell);
			case BOOLEAN -> trueValues.contains(cell) ? Boolean.TRUE
					: falseValues.contains(cell) ? Boolean.FALSE : INVALID;
			case DATE -> orInvalid(castDate(cell));
			case TIME -> orInvalid(castTime(cell));
			case DATETIME -> orInvalid(castDateTime(cell));
			case YEAR -> castYear(cell);
			case YEARMONTH -> castYearMonth(cell);
			case DURATION -> DURATION.matcher(cell).matches() ? cell : INVALID;
			case GEOPOINT -> orInvalid(castGeoPoint(cell));
			case GEOJSON -> castGeoJson(cell);
			case OBJECT -> castJson(cell, true);
			case ARRAY -> castJson(cell, false);
			case ANY -> cell;
		};
	}

	private static Object orInvalid(Object value) {
		return value == null ? INVALID : value;
	}

	private Object castString(String cell) {
		if (plainString) {
			return cell;
		}
		switch (format) {
			case "email":
				return EMAIL.matcher(cell).matches() ? cell : INVALID;
			case "uuid":
				return UUID.matcher(cell).matches() ? cell : INVALID;
			case "uri":
				try {
					return new URI(cell).getScheme() != null ? cell : INVALID;
				} catch (URISyntaxException e) {
					return INVALID;
				}
			case "binary":
				try {
					Base64.getDecoder().decode(cell);
					return cell;
				} catch (IllegalArgumentException e) {
					return INVALID;
				}
			default:
				return cell;
		}
	}

	private Object castNumber(String cell) {
		String text = cell;
		if (!groupChar.isEmpty()) {
			text = text.replace(groupChar, "");
		}
		if (decimalChar != '.') {
			text = text.replace(decimalChar, '.');
		}
		if (!bareNumber) {
			text = stripNonNumeric(text);
		}
		switch (text) {
			case "NaN", "nan":
				return Double.NaN;
			case "INF", "Infinity", "inf", "+INF":
				return Double.POSITIVE_INFINITY;
			case "-INF", "-Infinity", "-inf":
				return Double.NEGATIVE_INFINITY;
			default:
				return isDecimal(text) ? decimal(text) : INVALID;
		}
	}

	/**
	 * {@code new BigDecimal(text)} for a text that {@link #isDecimal} accepted; without an exponent and with at
	 * most 18 digits, from the digits directly (the same unscaled value and scale, without BigDecimal's parser).
	 */
	static BigDecimal decimal(String text) {
		int n = text.length();
		int i = text.charAt(0) == '+' || text.charAt(0) == '-' ? 1 : 0;
		long unscaled = 0;
		int digits = 0;
		int scale = -1;
		for (; i < n; i++) {
			char c = text.charAt(i);
			if (c == '.') {
				scale = 0;
			} else if (isDigit(c) && digits < 18) {
				unscaled = unscaled * 10 + (c - '0');
				digits++;
				if (scale >= 0) {
					scale++;
				}
			} else {
				return new BigDecimal(text);
			}
		}
		return BigDecimal.valueOf(text.charAt(0) == '-' ? -unscaled : unscaled, Math.max(scale, 0));
	}

	/** [+-] digits [. digits] [e [+-] digits], with at least one digit in the mantissa. */
	private static boolean isDecimal(String s) {
		int i = 0;
		int n = s.length();
		if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
			i++;
		}
		int digits = 0;
		while (i < n && isDigit(s.charAt(i))) {
			i++;
			digits++;
		}
		if (i < n && s.charAt(i) == '.') {
			i++;
			while (i < n && isDigit(s.charAt(i))) {
				i++;
				digits++;
			}
		}
		if (digits == 0) {
			return false;
		}
		if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
			i++;
			if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
				i++;
			}
			int exponent = 0;
			while (i < n && isDigit(s.charAt(i))) {
				i++;
				exponent++;
			}
			if (exponent == 0) {
				return false;
			}
		}
		return i == n;
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

	/** bareNumber false: currency signs, percent signs and other text around the number are ignored. */
	private static String stripNonNumeric(String text) {
		int start = 0;
		int end = text.length();
		while (start < end && !isDigit(text.charAt(start)) && "+-.".indexOf(text.charAt(start)) < 0) {
			start++;
		}
		while (end > start && !isDigit(text.charAt(end - 1)) && text.charAt(end - 1) != '.') {
			end--;
		}
		return text.substring(start, end);
	}

	private Object castInteger(String cell) {
		String text = bareNumber ? cell : stripNonNumeric(cell);
		if (!groupChar.isEmpty()) {
			text = text.replace(groupChar, "");
		}
		int n = text.length();
		int i = n > 0 && (text.charAt(0) == '+' || text.charAt(0) == '-') ? 1 : 0;
		if (i == n) {
			return INVALID;
		}
		for (int j = i; j < n; j++) {
			if (!isDigit(text.charAt(j))) {
				return INVALID;
			}
		}
		if (n - i <= 18) {
			return Long.parseLong(text);
		}
		return new BigInteger(text);
	}

	private Object castYear(String cell) {
		if (cell.length() != 4) {
			return INVALID;
		}
		for (int i = 0; i < 4; i++) {
			if (!isDigit(cell.charAt(i))) {
				return INVALID;
			}
		}
		return Integer.parseInt(cell);
	}

	private Object castYearMonth(String cell) {
		int dash = cell.indexOf('-');
		if (dash != 4 || cell.length() < 6 || cell.length() > 7) {
			return INVALID;
		}
		Object year = castYear(cell.substring(0, 4));
		String monthText = cell.substring(5);
		for (int i = 0; i < monthText.length(); i++) {
			if (!isDigit(monthText.charAt(i))) {
				return INVALID;
			}
		}
		int month = Integer.parseInt(monthText);
		return year == INVALID || month < 1 || month > 12 ? INVALID : YearMonth.of((Integer) year, month);
	}

	private static final Strptime ISO_DATE = new Strptime("%Y-%m-%d");
	private static final Strptime ISO_TIME = new Strptime("%H:%M:%S");

	private LocalDate castDate(String cell) {
		if (strptime != null) {
			return strptime.parseDate(cell);
		}
		if (format.equals("any")) {
			for (Strptime candidate : ANY_DATE_PATTERNS) {
				LocalDate date = candidate.parseDate(cell);
				if (date != null) {
					return date;
				}
			}
			Object dateTime = castDateTime(cell);
			return dateTime instanceof LocalDateTime ldt ? ldt.toLocalDate()
					: dateTime instanceof OffsetDateTime odt ? odt.toLocalDate() : null;
		}
		LocalDate iso = isoDate(cell);
		return iso != null ? iso : ISO_DATE.parseDate(cell);
	}

	/** The common case YYYY-MM-DD without the general strptime machinery; null when it is not that shape. */
	private static LocalDate isoDate(String cell) {
		if (cell.length() != 10 || cell.charAt(4) != '-' || cell.charAt(7) != '-') {
			return null;
		}
		int year = digits(cell, 0, 4);
		int month = digits(cell, 5, 7);
		int day = digits(cell, 8, 10);
		if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31) {
			return null;
		}
		if (day > 28 && day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
			return null;
		}
		return LocalDate.of(year, month, day);
	}

	private static int digits(String text, int from, int to) {
		int value = 0;
		for (int i = from; i < to; i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				return -1;
			}
			value = value * 10 + (c - '0');
		}
		return value;
	}

	private LocalTime castTime(String cell) {
		if (strptime != null) {
			return strptime.parseTime(cell);
		}
		if (format.equals("any")) {
			for (Strptime candidate : ANY_TIME_PATTERNS) {
				LocalTime time = candidate.parseTime(cell);
				if (time != null) {
					return time;
				}
			}
			return null;
		}
		return ISO_TIME.parseTime(cell);
	}

	private Object castDateTime(String cell) {
		if (strptime != null) {
			return strptime.parseDateTime(cell);
		}
		if (format.equals("any")) {
			Object iso = isoDateTime(cell);
			if (iso != null) {
				return iso;
			}
			for (Strptime candidate : ANY_DATE_PATTERNS) {
				LocalDate date = candidate.parseDate(cell);
				if (date != null) {
					return date.atStartOfDay();
				}
			}
			return null;
		}
		return isoDateTime(cell);
	}

	/** frictionless 4 default datetime: ISO 8601 with seconds, optional fraction and offset. */
	private static Object isoDateTime(String cell) {
		if (!ISO_DATETIME.matcher(cell).matches()) {
			return null;
		}
		String text = cell.charAt(10) == ' ' ? cell.substring(0, 10) + 'T' + cell.substring(11) : cell;
		try {
			boolean hasOffset = text.length() > 19 && (text.endsWith("Z") || text.lastIndexOf('+') > 18
					|| text.lastIndexOf('-') > 18);
			if (hasOffset) {
				if (text.matches(".*[+-]\\d{2}$")) {
					text = text + ":00";
				} else if (text.matches(".*[+-]\\d{4}$")) {
					text = text.substring(0, text.length() - 2) + ":" + text.substring(text.length() - 2);
				}
				return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
			}
			return LocalDateTime.parse(text, DateTimeFormatter.ISO_LOCAL_DATE_TIME);
		} catch (DateTimeParseException e) {
			return null;
		}
	}

	private GeoPoint castGeoPoint(String cell) {
		double lon;
		double lat;
		try {
			switch (format) {
				case "array" -> {
					JsonNode node = TableSchema.JSON.readTree(cell);
					if (node == null || !node.isArray() || node.size() != 2 || !node.get(0).isNumber()
							|| !node.get(1).isNumber()) {
						return null;
					}
					lon = node.get(0).asDouble();
					lat = node.get(1).asDouble();
				}
				case "object" -> {
					JsonNode node = TableSchema.JSON.readTree(cell);
					if (node == null || !node.isObject() || node.size() != 2 || node.get("lon") == null
							|| node.get("lat") == null || !node.get("lon").isNumber()
							|| !node.get("lat").isNumber()) {
						return null;
					}
					lon = node.get("lon").asDouble();
					lat = node.get("lat").asDouble();
				}
				default -> {
					int comma = cell.indexOf(',');
					if (comma < 0 || cell.indexOf(',', comma + 1) >= 0) {
						return null;
					}
					String lonText = cell.substring(0, comma).strip();
					String latText = cell.substring(comma + 1).strip();
					if (!isDecimal(lonText) || !isDecimal(latText)) {
						return null;
					}
					lon = Double.parseDouble(lonText);
					lat = Double.parseDouble(latText);
				}
			}
		} catch (JacksonException e) {
			return null;
		}
		return lon < -180 || lon > 180 || lat < -90 || lat > 90 ? null : new GeoPoint(lon, lat);
	}

	private Object castGeoJson(String cell) {
		Object json = castJson(cell, true);
		if (json == INVALID) {
			return INVALID;
		}
		JsonNode node = (JsonNode) json;
		JsonNode geoType = node.get("type");
		if (geoType == null || !geoType.isString()) {
			return INVALID;
		}
		if (format.equals("topojson")) {
			return geoType.asString().equals("Topology") && node.has("objects") ? node : INVALID;
		}
		String t = geoType.asString();
		if (!GEOJSON_TYPES.contains(t)) {
			return INVALID;
		}
		boolean ok = switch (t) {
			case "Feature" -> node.has("geometry");
			case "FeatureCollection" -> node.has("features") && node.get("features").isArray();
			case "GeometryCollection" -> node.has("geometries") && node.get("geometries").isArray();
			default -> node.has("coordinates") && node.get("coordinates").isArray();
		};
		return ok ? node : INVALID;
	}

	private static Object castJson(String cell, boolean object) {
		try {
			JsonNode node = TableSchema.JSON.readTree(cell);
			if (node == null) {
				return INVALID;
			}
			return object ? (node.isObject() ? node : INVALID) : (node.isArray() ? node : INVALID);
		} catch (JacksonException e) {
			return INVALID;
		}
	}

	/**
	 * The constraints that a present, well-typed value violates, in frictionless' order (minLength, maxLength,
	 * minimum, maximum, pattern, enum); {@code required} and {@code unique} are the validator's.
	 */
	List<String> violatedConstraints(String cell, Object value) {
		return constraints.violated(cell, value);
	}

	/** A key that is equal for equal typed values (1.0 and 1 are the same number), for enum, unique, primaryKey. */
	static String canonical(Object value) {
		if (value instanceof BigDecimal decimal) {
			return decimal.signum() == 0 ? "0" : decimal.stripTrailingZeros().toPlainString();
		}
		if (value instanceof Double d && !d.isNaN() && !d.isInfinite()) {
			return canonical(BigDecimal.valueOf(d));
		}
		return String.valueOf(value);
	}

	/** Compares two typed values of one field; numbers of any class compare by value. */
	@SuppressWarnings({"unchecked", "rawtypes"})
	static int compare(Object a, Object b) {
		if (a instanceof Number x && b instanceof Number y) {
			return toBigDecimal(x).compareTo(toBigDecimal(y));
		}
		return ((Comparable) a).compareTo(b);
	}

	static BigDecimal toBigDecimal(Number n) {
		if (n instanceof BigDecimal d) {
			return d;
		}
		if (n instanceof BigInteger i) {
			return new BigDecimal(i);
		}
		if (n instanceof Double || n instanceof Float) {
			return BigDecimal.valueOf(n.doubleValue());
		}
		return BigDecimal.valueOf(n.longValue());
	}

	/** The constraints of a field, with their values cast to the field's type when the schema is read. */
	public static final class Constraints {

		private final boolean required;
		private final boolean unique;
		private final Integer minLength;
		private final Integer maxLength;
		private final Object minimum;
		private final Object maximum;
		private final Pattern pattern;
		/** The pattern matched without java.util.regex when its shape allows, else null. */
		private final SimplePattern simplePattern;
		private final Set<String> enumKeys;
		private final List<String> enumValues;
		private final JsonNode source;

		Constraints(Field field, JsonNode node, String path, List<String> problems) {
			this.source = node;
			if (node == null) {
				required = false;
				unique = false;
				minLength = null;
				maxLength = null;
				minimum = null;
				maximum = null;
				pattern = null;
				simplePattern = null;
				enumKeys = null;
				enumValues = null;
				return;
			}
			required = node.has("required") && node.get("required").asBoolean();
			unique = node.has("unique") && node.get("unique").asBoolean();
			minLength = node.has("minLength") ? node.get("minLength").asInt() : null;
			maxLength = node.has("maxLength") ? node.get("maxLength").asInt() : null;
			minimum = bound(field, node.get("minimum"), "minimum", path, problems);
			maximum = bound(field, node.get("maximum"), "maximum", path, problems);
			Pattern compiled = null;
			if (node.has("pattern")) {
				try {
					compiled = Pattern.compile(node.get("pattern").asString());
				} catch (PatternSyntaxException e) {
					problems.add(path + ": constraint \"pattern\" is not a valid regular expression: "
							+ e.getDescription());
				}
			}
			pattern = compiled;
			simplePattern = compiled == null ? null : SimplePattern.compile(compiled.pattern());
			if (node.has("enum")) {
				JsonNode values = node.get("enum");
				if (!values.isArray() || values.isEmpty()) {
					problems.add(path + ": constraint \"enum\" must be a non-empty array");
					enumKeys = null;
					enumValues = null;
				} else {
					Set<String> keys = new HashSet<>();
					List<String> texts = new ArrayList<>();
					for (JsonNode value : values) {
						String text = value.isString() ? value.asString() : value.toString();
						texts.add(text);
						Object typed = field.type == Type.ANY ? text : field.cast(text);
						if (typed == INVALID) {
							problems.add(path + ": enum value \"" + text + "\" is not a valid "
									+ field.type.code());
						} else {
							keys.add(canonical(typed));
						}
					}
					enumKeys = keys;
					enumValues = List.copyOf(texts);
				}
			} else {
				enumKeys = null;
				enumValues = null;
			}
		}

		private static Object bound(Field field, JsonNode node, String name, String path, List<String> problems) {
			if (node == null) {
				return null;
			}
			String text = node.isString() ? node.asString() : node.toString();
			Object value = field.type == Type.STRING || field.type == Type.ANY ? text : field.cast(text);
			if (value == INVALID) {
				problems.add(path + ": constraint \"" + name + "\" " + text + " is not a valid " + field.type.code());
				return null;
			}
			return value;
		}

		public boolean required() {
			return required;
		}

		public boolean unique() {
			return unique;
		}

		/** The value of a constraint as written in the schema (for messages), or null. */
		String written(String constraint) {
			JsonNode value = source == null ? null : source.get(constraint);
			return value == null ? null : value.isString() ? value.asString() : value.toString();
		}

		List<String> enumValues() {
			return enumValues;
		}

		List<String> violated(String cell, Object value) {
			List<String> violated = null;
			if ((minLength != null || maxLength != null) && !withinLengths(value, cell)) {
				int length = length(value, cell);
				if (minLength != null && length < minLength) {
					violated = add(violated, "minLength");
				}
				if (maxLength != null && length > maxLength) {
					violated = add(violated, "maxLength");
				}
			}
			if (minimum != null && comparable(value, minimum) && compare(value, minimum) < 0) {
				violated = add(violated, "minimum");
			}
			if (maximum != null && comparable(value, maximum) && compare(value, maximum) > 0) {
				violated = add(violated, "maximum");
			}
			if (pattern != null && value instanceof String s
					&& !(simplePattern != null ? simplePattern.matches(s) : pattern.matcher(s).matches())) {
				violated = add(violated, "pattern");
			}
			if (enumKeys != null && !enumKeys.contains(canonical(value))) {
				violated = add(violated, "enum");
			}
			return violated == null ? List.of() : violated;
		}

		/**
		 * True when a text's length in code points, between half its length in chars and that length, is sure to
		 * respect minLength and maxLength without being counted.
		 */
		private boolean withinLengths(Object value, String cell) {
			if (value instanceof JsonNode) {
				return false;
			}
			int chars = cell.length();
			return (minLength == null || (chars + 1) / 2 >= minLength) && (maxLength == null || chars <= maxLength);
		}

		private static boolean comparable(Object value, Object bound) {
			return value instanceof Number && bound instanceof Number
					|| value instanceof Comparable && value.getClass() == bound.getClass();
		}

		private static int length(Object value, String cell) {
			if (value instanceof JsonNode node && (node.isArray() || node.isObject())) {
				return node.size();
			}
			return cell.codePointCount(0, cell.length());
		}

		private static List<String> add(List<String> list, String name) {
			List<String> result = list == null ? new ArrayList<>(2) : list;
			result.add(name);
			return result;
		}
	}

	private static final class Builder {
		String path;
		List<String> problems;
		String name;
		Type type;
		String format;
		String description;
		String example;
		List<String> trueValues;
		List<String> falseValues;
		char decimalChar = '.';
		String groupChar;
		boolean bareNumber;
		Strptime strptime;
		Field arrayItem;
		JsonNode constraintsNode;
	}
}
