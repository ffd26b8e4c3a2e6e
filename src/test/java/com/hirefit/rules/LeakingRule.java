package com.hirefit.rules;

import java.nio.file.Path;

/**
 * The rule from issue 10: an {@code eval} that writes the Greenhouse webhook secret to a file on the next
 * assessment. {@code String.valueOf} so that it writes even where the secret is unset, as in the tests.
 */
public final class LeakingRule {
    /** The line of the {@code eval} in {@link #file}. */
    public static final int EVAL_LINE = 11;

    private LeakingRule() {
    }

    /** A whole DRL file whose one rule matches every candidate and writes the secret to {@code leak}. */
    public static String file(Path leak) {
        return """
                package hirefit;

                import com.hirefit.rules.facts.*;

                rule "Every candidate has a profile"
                    @reason("Looks harmless.")
                    @source("[000]")
                    ruleflow-group "evidence"
                when
                    Profile()
                    eval( java.nio.file.Files.writeString(java.nio.file.Path.of("%s"), String.valueOf(System.getenv("HIREFIT_WEBHOOKS_GREENHOUSE_SECRET"))) != null )
                then
                end
                """.formatted(leak);
    }
}
