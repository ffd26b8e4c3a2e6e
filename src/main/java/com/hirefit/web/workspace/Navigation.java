package com.hirefit.web.workspace;

import com.hirefit.security.WorkspaceArea;
import java.util.Collection;
import java.util.List;

/**
 * The main navigation: each entry shows only to the roles that may read its area ({@link WorkspaceArea}), so a
 * link is never offered to someone the page would refuse. The Rules (RULE_AUTHOR) and Integrations (ADMIN) pages
 * get their entries here, in this order, when they exist.
 */
final class Navigation {
    private static final List<Entry> ENTRIES = List.of(
            new Entry("Jobs", "/jobs", WorkspaceArea.RECRUITING),
            new Entry("Screenings", "/screenings", WorkspaceArea.RECRUITING),
            new Entry("Rules", "/rules", WorkspaceArea.RULES),
            new Entry("Audit", "/compliance/audit", WorkspaceArea.COMPLIANCE_AUDIT),
            new Entry("Integrations", "/integrations", WorkspaceArea.INTEGRATIONS),
            new Entry("Users", "/admin/users", WorkspaceArea.ADMINISTRATION));

    private record Entry(String label, String href, WorkspaceArea area) {
    }

    /** A link as drawn: {@code current} marks the page the reader is on ({@code aria-current="page"}). */
    record Link(String label, String href, boolean current) {
    }

    private Navigation() {
    }

    static List<Link> links(Collection<String> authorities, String path) {
        return ENTRIES.stream().filter(e -> e.area().readableBy(authorities))
                .map(e -> new Link(e.label(), e.href(), path.equals(e.href()) || path.startsWith(e.href() + "/")))
                .toList();
    }

    /** Where someone lands after logging in: the first page their roles open, if any. */
    static String home(Collection<String> authorities) {
        return ENTRIES.stream().filter(e -> e.area().readableBy(authorities)).map(Entry::href).findFirst().orElse(null);
    }
}
