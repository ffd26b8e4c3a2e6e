package com.hirefit.rules.drl;

import com.hirefit.rules.RuleBase;
import com.hirefit.rules.RuleSource;
import java.nio.file.Path;

/**
 * Prints what the check costs before a build: parsing a rules folder with Drools' parser, the lint over the
 * parsed model, and a whole compile (parse, lint and build) for comparison, each averaged after a warm-up. Run
 * with bench/rules-timing.sh; not a test.
 */
public final class RuleCheckCost {
    public static void main(String[] args) throws Exception {
        RuleSource source = RuleSource.fromDirectory(Path.of(args.length > 0 ? args[0] : "rules"));
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        long parse = 0;
        long lint = 0;
        long compile = 0;
        for (int i = -5; i < runs; i++) {
            long t0 = System.nanoTime();
            RuleModel model = RuleModel.parse(source.origin(), source.files());
            long t1 = System.nanoTime();
            CodeLint.check(model);
            HouseRules.check(model, null);
            long t2 = System.nanoTime();
            RuleBase.compile(source);
            long t3 = System.nanoTime();
            if (i >= 0) {
                parse += t1 - t0;
                lint += t2 - t1;
                compile += t3 - t2;
            }
        }
        System.out.printf("over %d runs: parse %.1f ms, lint %.1f ms, whole compile (parse, lint, build) %.1f ms%n",
                runs, parse / 1e6 / runs, lint / 1e6 / runs, compile / 1e6 / runs);
    }
}
