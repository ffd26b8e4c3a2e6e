package com.hirefit.user;

/** What a person may do in the workspace; a user has one or more. Stored as Spring Security authorities. */
public enum Role {
    RECRUITER("Recruiter: jobs, uploads, results and candidates"),
    RULE_AUTHOR("Rule author: the rules, their catalogue and history"),
    COMPLIANCE("Compliance: reads results and candidates, and the decisions taken on them"),
    ADMIN("Administrator: everything, users and integrations included");

    private final String description;

    Role(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    /** The authority Spring Security checks: {@code ROLE_RECRUITER}... */
    public String authority() {
        return "ROLE_" + name();
    }
}
