package com.hirefit.web.workspace;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Formatting the templates share ({@code ${@show.time(...)}}): times in UTC, counts with thousands separators. */
@Component("show")
public class Show {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    public String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** A whole amount of money in a currency: {@code $185,000} or {@code £120,000}. */
    public String money(Long amount, String currency) {
        if (amount == null) {
            return "not given";
        }
        String symbol = "GBP".equals(currency) ? "£" : "USD".equals(currency) ? "$" : currency + " ";
        return symbol + String.format(Locale.ROOT, "%,d", amount);
    }

    /** A rate as a percentage ("47.0%"), "–" when undefined (the audit's own format, {@link com.hirefit.fairness.Fmt}). */
    public String rate(Double rate) {
        return com.hirefit.fairness.Fmt.rate(rate);
    }

    /** An impact ratio with three decimals, "N/A" when undefined. */
    public String ratio(Double ratio) {
        return com.hirefit.fairness.Fmt.ratio(ratio);
    }

    public String p(Double p) {
        return com.hirefit.fairness.Fmt.p(p);
    }

    public String number(Double value, int decimals) {
        return com.hirefit.fairness.Fmt.number(value, decimals);
    }
}
