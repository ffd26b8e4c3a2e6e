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
}
