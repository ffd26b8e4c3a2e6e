package com.hirefit.web.workspace;

import java.util.regex.Pattern;

/** Screening and assessment ids are UUIDs; anything else in their place names nothing and is not looked up. */
final class Ids {
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private Ids() {
    }

    static boolean valid(String id) {
        return id != null && UUID.matcher(id).matches();
    }
}
