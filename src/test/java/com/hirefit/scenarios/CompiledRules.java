package com.hirefit.scenarios;

import com.hirefit.rules.RuleBase;
import com.hirefit.rules.RuleBaseException;
import com.hirefit.rules.RuleSource;
import java.nio.file.Path;

/** The real rules folder, compiled once for every scenario test in this JVM. */
final class CompiledRules {
    static final Path FOLDER = Path.of("rules");
    static final RuleBase RULES = compile();

    private CompiledRules() {
    }

    private static RuleBase compile() {
        try {
            return RuleBase.compile(RuleSource.fromDirectory(FOLDER));
        } catch (RuleBaseException e) {
            throw new IllegalStateException(e);
        }
    }
}
