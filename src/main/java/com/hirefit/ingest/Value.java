package com.hirefit.ingest;

import java.math.BigDecimal;
import java.util.List;

/** One raw cell as a reader found it, before it is checked against the column it sits in. */
sealed interface Value {

    /** The cell as text, for text columns and extra columns. */
    String text();

    /** Whether the cell holds nothing (or only white space). */
    default boolean isBlank() {
        return text().isBlank();
    }

    /** Text as written (CSV field, xlsx string cell, JSON string). */
    record Text(String text) implements Value {
    }

    /** A number cell (xlsx numeric, JSON number); {@code text} is how it reads as text ("1001", "7.5"). */
    record Num(double number, String text) implements Value {
        static Num of(double number) {
            return new Num(number, format(number));
        }

        /** Integers without ".0", other numbers in plain notation. */
        static String format(double number) {
            if (number == Math.rint(number) && Math.abs(number) < 1e15) {
                return Long.toString((long) number);
            }
            if (Double.isNaN(number) || Double.isInfinite(number)) {
                return Double.toString(number);
            }
            return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
        }
    }

    /** A date-formatted spreadsheet cell; {@code text} is the ISO date (or date-time). */
    record Date(String text) implements Value {
    }

    /** A list of items (a JSON array of scalars, or text pieces put together by a mapper). */
    record Items(List<String> items) implements Value {
        public Items {
            items = List.copyOf(items);
        }

        @Override
        public String text() {
            return String.join("; ", items);
        }

        @Override
        public boolean isBlank() {
            return items.stream().allMatch(String::isBlank);
        }
    }

    /** A JSON value of a shape no column accepts (an object, an array of objects). */
    record WrongType(String found) implements Value {
        @Override
        public String text() {
            return "";
        }

        @Override
        public boolean isBlank() {
            return false;
        }
    }
}
