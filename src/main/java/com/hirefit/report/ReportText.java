package com.hirefit.report;

import com.hirefit.screening.Finding;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Small text helpers shared by the writers. */
final class ReportText {
    private ReportText() {
    }

    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    static String codes(List<Finding> findings) {
        return join(findings, Finding::code, ", ");
    }

    static String reasons(List<Finding> findings) {
        return join(findings, Finding::reason, "\n");
    }

    static <T> String join(List<T> items, Function<T, String> part, String separator) {
        return orEmpty(items).stream()
                .map(part)
                .filter(s -> s != null && !s.isEmpty())
                .collect(Collectors.joining(separator));
    }

    static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
