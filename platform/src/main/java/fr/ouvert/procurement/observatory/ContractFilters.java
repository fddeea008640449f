package fr.ouvert.procurement.observatory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import fr.ouvert.kernel.web.BadRequestException;

/**
 * The filters of the contract search, shared by the page and the API, checked when built: each bad value is
 * refused with the name of its parameter.
 *
 * @param buyer a SIRET (14 digits), a SIREN (9 digits: all its establishments) or at least 3 letters of a name
 * @param supplier an identifier as published (SIRET, SIREN for all establishments, VAT number…) or a part of a name
 * @param cpv the start of a CPV code (division 45, group 452…)
 * @param departement the INSEE code of the département of the place of execution
 * @param sort {@code date} (latest first, the default) or {@code amount} (largest first)
 */
public record ContractFilters(String buyer, String supplier, String cpv, String procedure, String nature,
		BigDecimal amountMin, BigDecimal amountMax, LocalDate from, LocalDate to, String departement, String sort) {

	public static final String SORT_DATE = "date";
	public static final String SORT_AMOUNT = "amount";
	/** A name is searched by its trigrams: shorter fragments match too much to be useful. */
	static final int MIN_NAME_LENGTH = 3;
	private static final Pattern DIGITS = Pattern.compile("\\d+");
	private static final Pattern CPV_PREFIX = Pattern.compile("\\d{1,8}");
	private static final Pattern DEPARTEMENT = Pattern.compile("\\d{2,3}|2[AB]");

	public ContractFilters {
		buyer = clean(buyer);
		supplier = clean(supplier);
		cpv = clean(cpv);
		procedure = clean(procedure);
		nature = clean(nature);
		departement = clean(departement);
		sort = clean(sort) == null ? SORT_DATE : sort.strip();
		if (buyer != null && !isSiretOrSiren(buyer) && buyer.length() < MIN_NAME_LENGTH) {
			throw new BadRequestException("buyer", "a SIRET, a SIREN or at least " + MIN_NAME_LENGTH + " characters of a name");
		}
		if (supplier != null && supplier.length() < MIN_NAME_LENGTH) {
			throw new BadRequestException("supplier", "an identifier or at least " + MIN_NAME_LENGTH + " characters of a name");
		}
		if (cpv != null && !CPV_PREFIX.matcher(cpv).matches()) {
			throw new BadRequestException("cpv", "the start of a CPV code: 1 to 8 digits, such as 45 or 4521");
		}
		if (departement != null && !DEPARTEMENT.matcher(departement).matches()) {
			throw new BadRequestException("departement", "an INSEE département code, such as 35, 2A or 974");
		}
		if (amountMin != null && amountMax != null && amountMin.compareTo(amountMax) > 0) {
			throw new BadRequestException("amount_min", "greater than amount_max");
		}
		if (from != null && to != null && from.isAfter(to)) {
			throw new BadRequestException("from", "after to");
		}
		if (!SORT_DATE.equals(sort) && !SORT_AMOUNT.equals(sort)) {
			throw new BadRequestException("sort", "date or amount");
		}
	}

	public static ContractFilters none() {
		return new ContractFilters(null, null, null, null, null, null, null, null, null, null, null);
	}

	/** Reads the filters from request parameters, naming the parameter whose value is not a number or a date. */
	public static ContractFilters parse(String buyer, String supplier, String cpv, String procedure, String nature,
			String amountMin, String amountMax, String from, String to, String departement, String sort) {
		return new ContractFilters(buyer, supplier, cpv, procedure, nature, amount("amount_min", amountMin),
				amount("amount_max", amountMax), date("from", from), date("to", to), departement, sort);
	}

	public boolean isEmpty() {
		return buyer == null && supplier == null && cpv == null && procedure == null && nature == null
				&& amountMin == null && amountMax == null && from == null && to == null && departement == null;
	}

	/** The filters as request parameters (the API's names), for links that keep them. */
	public Map<String, String> parameters() {
		Map<String, String> parameters = new LinkedHashMap<>();
		put(parameters, "buyer", buyer);
		put(parameters, "supplier", supplier);
		put(parameters, "cpv", cpv);
		put(parameters, "procedure", procedure);
		put(parameters, "nature", nature);
		put(parameters, "amount_min", amountMin == null ? null : amountMin.toPlainString());
		put(parameters, "amount_max", amountMax == null ? null : amountMax.toPlainString());
		put(parameters, "from", from == null ? null : from.toString());
		put(parameters, "to", to == null ? null : to.toString());
		put(parameters, "departement", departement);
		if (!SORT_DATE.equals(sort)) {
			parameters.put("sort", sort);
		}
		return parameters;
	}

	static boolean isSiretOrSiren(String identifier) {
		return DIGITS.matcher(identifier).matches() && (identifier.length() == 14 || identifier.length() == 9);
	}

	private static void put(Map<String, String> parameters, String name, String value) {
		if (value != null) {
			parameters.put(name, value);
		}
	}

	private static String clean(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static BigDecimal amount(String parameter, String value) {
		String text = clean(value);
		if (text == null) {
			return null;
		}
		try {
			return new BigDecimal(text.replace(" ", "").replace(',', '.'));
		}
		catch (NumberFormatException e) {
			throw new BadRequestException(parameter, "not an amount in euros: " + text);
		}
	}

	private static LocalDate date(String parameter, String value) {
		String text = clean(value);
		if (text == null) {
			return null;
		}
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException e) {
			throw new BadRequestException(parameter, "not a date (YYYY-MM-DD): " + text);
		}
	}
}
