package com.hirefit.ingest;

import com.hirefit.vocabulary.Market;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parsing of the typed columns from text. Each parser throws {@link BadValue} with a message quoting the text. */
final class Values {

    /** Above this a number of years is a typo or a date, not a career. */
    static final double MAX_YEARS = 60;
    /** Above this a salary is a typo (and near where a long would overflow). */
    static final long MAX_SALARY = 10_000_000_000L;

    /** The text of a value does not fit the column. */
    static final class BadValue extends Exception {
        BadValue(String message) {
            super(message);
        }
    }

    private static final Pattern YEARS = Pattern.compile(
            "(\\d+(?:\\.\\d+)?|\\.\\d+)\\s*\\+?\\s*(?:years?|yrs?|y)?\\.?\\s*\\+?", Pattern.CASE_INSENSITIVE);
    private static final Pattern COMMA_DECIMAL = Pattern.compile("\\d+,\\d+.*");
    private static final Pattern NEGATIVE = Pattern.compile("[-\u2212]\\s*[$£€]?\\s*\\d.*");

    private static final Pattern CURRENCY = Pattern.compile(
            "(?i)US\\$|\\b(?:USD|GBP|EUR)\\b|[$£€]|\\s*(?:/\\s*(?:yr|year|annum)|per\\s+(?:year|annum)|p\\.?a\\.?|a\\s+year)\\s*$");
    private static final Pattern RANGE = Pattern.compile("(.+?)\\s*(?:-|\u2013|\u2014|\\bto\\b)\\s*(.+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern AMOUNT = Pattern.compile("(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?\\s*([kK])?");

    private static final Map<String, Market> MARKETS = Map.of(
            "US", Market.US, "USA", Market.US, "UNITED STATES", Market.US, "UNITED STATES OF AMERICA", Market.US,
            "UK", Market.UK, "GB", Market.UK, "GBR", Market.UK, "UNITED KINGDOM", Market.UK,
            "GREAT BRITAIN", Market.UK);
    static final String ALLOWED_MARKETS = "US, USA, United States, UK, GB, United Kingdom, Great Britain";

    private static final Pattern LIST_LINES = Pattern.compile("\\R");

    /** What a cell writes when it means "none": a zero, a dash, n/a and the like (DOMAIN.md section 9). */
    private static final Set<String> NONE = Set.of("0", "0.0", "none", "n/a", "na", "n.a", "-", "--", "---", "\u2013",
            "\u2014", "nil", "null", "no", "nothing", "not applicable", "[]");

    private Values() {
    }

    /**
     * Years of experience: "7", "7.5", "7 years", "7 yrs", "7+"; "none", "n/a", "-" and the like are 0. Comma
     * decimals are refused as ambiguous.
     */
    static double years(String text) throws BadValue {
        if (isNone(text)) {
            return 0;
        }
        String s = text.strip();
        if (NEGATIVE.matcher(s).matches()) {
            throw new BadValue(quote(s) + " is negative");
        }
        if (COMMA_DECIMAL.matcher(s).matches()) {
            throw new BadValue(quote(s) + " has a comma where a decimal point belongs, which is ambiguous"
                    + " (write 7.5 for seven and a half years)");
        }
        Matcher m = YEARS.matcher(s);
        if (!m.matches()) {
            throw new BadValue(quote(s) + " is not a number of years");
        }
        return years(Double.parseDouble(m.group(1)), s);
    }

    /** Checks a number of years that was already a number. */
    static double years(double value, String asWritten) throws BadValue {
        if (Double.isNaN(value) || value < 0) {
            throw new BadValue(quote(asWritten) + " is negative");
        }
        if (value > MAX_YEARS) {
            throw new BadValue(quote(asWritten) + " is not a plausible number of years (more than "
                    + (int) MAX_YEARS + ")");
        }
        return value;
    }

    /**
     * An expected salary: "185000", "185,000", "$185,000", "£120,000", "185k", "USD 185000", "185000.00". The
     * currency is not converted (a market's salaries are in its own currency). A range ("170k-190k") counts
     * as its midpoint, the fairest single figure for a candidate who gave a span.
     */
    static long salary(String text) throws BadValue {
        String s = CURRENCY.matcher(text.strip()).replaceAll(" ").strip();
        if (NEGATIVE.matcher(s).matches()) {
            throw new BadValue(quote(text.strip()) + " is negative");
        }
        BigDecimal amount;
        Matcher range = RANGE.matcher(s);
        if (AMOUNT.matcher(s).matches()) {
            amount = amount(s, text);
        } else if (range.matches()) {
            BigDecimal low = amount(range.group(1).strip(), text);
            BigDecimal high = amount(range.group(2).strip(), text);
            // "170-190k": the k belongs to both ends.
            if (thousands(range.group(2)) && !thousands(range.group(1)) && low.compareTo(BigDecimal.valueOf(1000)) < 0) {
                low = low.multiply(BigDecimal.valueOf(1000));
            }
            amount = low.add(high).divide(BigDecimal.valueOf(2));
        } else {
            throw new BadValue(quote(text.strip()) + " is not an amount");
        }
        return salary(amount, text);
    }

    /** Checks a salary that was already a number. */
    static long salary(double value, String asWritten) throws BadValue {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new BadValue(quote(asWritten) + " is not an amount");
        }
        return salary(BigDecimal.valueOf(value), asWritten);
    }

    private static long salary(BigDecimal amount, String asWritten) throws BadValue {
        if (amount.signum() < 0) {
            throw new BadValue(quote(asWritten.strip()) + " is negative");
        }
        if (amount.compareTo(BigDecimal.valueOf(MAX_SALARY)) > 0) {
            throw new BadValue(quote(asWritten.strip()) + " is not a plausible salary");
        }
        return amount.setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    private static boolean thousands(String part) {
        return part.strip().toLowerCase(Locale.ROOT).endsWith("k");
    }

    private static BigDecimal amount(String s, String asWritten) throws BadValue {
        Matcher m = AMOUNT.matcher(s);
        if (!m.matches()) {
            throw new BadValue(quote(asWritten.strip()) + " is not an amount");
        }
        boolean k = m.group(3) != null;
        String decimals = m.group(2);
        // "185.000" could be a European 185,000 or 185: refuse rather than guess. Cents are fine.
        if (decimals != null && !k && decimals.length() > 2) {
            throw new BadValue(quote(asWritten.strip()) + " is ambiguous (write 185000 or 185,000)");
        }
        BigDecimal value = new BigDecimal(m.group(1).replace(",", "") + (decimals == null ? "" : "." + decimals));
        return k ? value.multiply(BigDecimal.valueOf(1000)) : value;
    }

    /** A market: US, USA, United States; UK, GB, United Kingdom, Great Britain (any case, dots ignored). */
    static Market market(String text) throws BadValue {
        String key = text.strip().replace(".", "").replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
        Market market = MARKETS.get(key);
        if (market == null) {
            throw new BadValue(quote(text.strip()) + " is not a known market (allowed: " + ALLOWED_MARKETS + ")");
        }
        return market;
    }

    /**
     * A list cell: split on ";" if it has one, otherwise on ","; always on line breaks; trimmed, with no empty
     * items and none of the items that mean "none" ("n/a", "-", "0"...).
     */
    static List<String> list(String text) {
        String separator = text.indexOf(';') >= 0 ? ";" : ",";
        return items(LIST_LINES.splitAsStream(text).flatMap(line -> Arrays.stream(line.split(Pattern.quote(separator))))
                .toList());
    }

    /** The items of a list, trimmed, without empty ones and without those that mean "none". */
    static List<String> items(List<String> items) {
        return items.stream().map(String::strip).filter(item -> !item.isEmpty() && !isNone(item)).toList();
    }

    /**
     * Whether a cell or list item says there is nothing: "0", "none", "n/a", "-", "nil", "[]" and the like, in
     * any case, with or without a final dot. In a count-like or list column these mean the candidate has none.
     */
    static boolean isNone(String text) {
        String s = text.strip().toLowerCase(Locale.ROOT);
        if (s.endsWith(".")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return NONE.contains(s);
    }

    /** The text cut to at most {@code max} characters, ending in an ellipsis when cut (never inside a surrogate pair). */
    static String shortened(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int cut = max - 1;
        if (Character.isHighSurrogate(text.charAt(cut - 1))) {
            cut--;
        }
        return text.substring(0, cut) + "\u2026";
    }

    static String quote(String text) {
        String shown = text.length() > 60 ? text.substring(0, 57) + "..." : text;
        return "'" + shown + "'";
    }
}
