package com.hirefit.security;

import static com.hirefit.user.Role.ADMIN;
import static com.hirefit.user.Role.COMPLIANCE;
import static com.hirefit.user.Role.RECRUITER;
import static com.hirefit.user.Role.RULE_AUTHOR;

import com.hirefit.user.Role;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The workspace's pages by area, and who may use each: the one list the browser filter chain authorizes with and
 * the navigation is drawn from. An area's {@code readers} may GET its pages; its {@code writers} may also change
 * things there (POST...).
 */
public enum WorkspaceArea {
    /** Jobs, uploads, results and candidates. Compliance reads them; recruiters work in them. */
    RECRUITING(List.of("/jobs", "/jobs/**", "/screenings/**", "/candidates/**"), Set.of(RECRUITER, COMPLIANCE, ADMIN),
            Set.of(RECRUITER, ADMIN)),
    /** The rules pages. */
    RULES(List.of("/rules", "/rules/**"), Set.of(RULE_AUTHOR, ADMIN), Set.of(RULE_AUTHOR, ADMIN)),
    /** The adverse-impact audit and the self-identification behind it: aggregates only. */
    COMPLIANCE_AUDIT(List.of("/compliance", "/compliance/**"), Set.of(COMPLIANCE, ADMIN), Set.of(COMPLIANCE, ADMIN)),
    /** ATS integrations: webhook deliveries, erasure. */
    INTEGRATIONS(List.of("/integrations", "/integrations/**"), Set.of(ADMIN), Set.of(ADMIN)),
    /** Users of the workspace. */
    ADMINISTRATION(List.of("/admin/**"), Set.of(ADMIN), Set.of(ADMIN));

    private final List<String> paths;
    private final Set<Role> readers;
    private final Set<Role> writers;

    WorkspaceArea(List<String> paths, Set<Role> readers, Set<Role> writers) {
        this.paths = paths;
        this.readers = readers;
        this.writers = writers;
    }

    public List<String> paths() {
        return paths;
    }

    public Set<Role> readers() {
        return readers;
    }

    public Set<Role> writers() {
        return writers;
    }

    /** Whether someone with these authorities may read the area's pages. */
    public boolean readableBy(java.util.Collection<String> authorities) {
        return readers.stream().map(Role::authority).anyMatch(authorities::contains);
    }

    /** Every page path of every area: what the browser chain serves besides login, home and assets. */
    static String[] allPaths() {
        return Arrays.stream(values()).flatMap(area -> area.paths.stream()).toArray(String[]::new);
    }

    static String[] roleNames(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().toArray(String[]::new);
    }

    static Stream<WorkspaceArea> all() {
        return Arrays.stream(values());
    }
}
