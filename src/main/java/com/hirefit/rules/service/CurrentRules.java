package com.hirefit.rules.service;

import com.hirefit.rules.RuleBase;
import com.hirefit.rules.RuleBaseException;
import com.hirefit.rules.RuleSource;
import com.hirefit.rules.authoring.RuleValidator;
import com.hirefit.rules.drl.RuleProblem;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;

/**
 * The rule base the service is answering with, and its reloads. Each request takes the current rule base
 * once and keeps it, so requests in flight during a swap finish on the rules they started with. A reload
 * that fails validation installs nothing: the previous rules keep serving and the problems are kept for
 * {@code GET /api/rules}.
 */
public final class CurrentRules {
    private final AtomicReference<RuleBase> current;
    private final Path folder;
    private final Clock clock;
    private final BiConsumer<RuleBase, Instant> onInstall;
    private volatile Rejection lastRejection;

    /** A change that was not installed: when, the version it would have been, and why not. */
    public record Rejection(Instant at, String version, List<RuleProblem> problems) {
    }

    /** What a reload did. */
    public record Reload(boolean installed, String version, List<RuleProblem> problems) {
    }

    /**
     * @param folder    the folder reloads read from; null when the rules came from the jar (no reloads)
     * @param onInstall told of every rule base installed, the first included (e.g. to keep a history)
     */
    public CurrentRules(RuleBase initial, Path folder, Clock clock, BiConsumer<RuleBase, Instant> onInstall) {
        this.current = new AtomicReference<>(initial);
        this.folder = folder;
        this.clock = clock;
        this.onInstall = onInstall;
        onInstall.accept(initial, clock.instant());
    }

    public CurrentRules(RuleBase initial) {
        this(initial, null, Clock.systemUTC(), (rules, at) -> { });
    }

    /** The rule base to answer with: take it once per request and keep it for the whole request. */
    public RuleBase get() {
        return current.get();
    }

    public Path folder() {
        return folder;
    }

    public Rejection lastRejection() {
        return lastRejection;
    }

    /** Reads, compiles and validates the folder; installs the result only when it has no errors. */
    public Reload reload() {
        return reload(() -> true);
    }

    /**
     * {@link #reload()} that installs only while {@code unchanged} still holds once the folder has been read and
     * compiled: the folder watch passes "no file event since I started", so a file caught between an editor's
     * truncate and its write is never installed (the events it raised schedule another reload).
     */
    public synchronized Reload reload(BooleanSupplier unchanged) {
        if (folder == null) {
            RuleProblem problem = new RuleProblem("(bundled rules)", 0, 0, "the rules came from the jar: there is no folder to reload");
            return new Reload(false, get().version(), List.of(problem));
        }
        RuleSource source;
        try {
            source = RuleSource.fromDirectory(folder);
        } catch (RuleBaseException e) {
            return reject(get().version(), e.problems());
        }
        if (source.version().equals(get().version())) {
            lastRejection = null;
            return new Reload(false, source.version(), List.of());
        }
        RuleValidator.Checked checked = RuleValidator.check(source);
        if (!unchanged.getAsBoolean()) {
            return new Reload(false, source.version(), List.of());
        }
        if (checked.hasErrors()) {
            return reject(source.version(), checked.problems());
        }
        current.set(checked.ruleBase());
        lastRejection = null;
        onInstall.accept(checked.ruleBase(), clock.instant());
        return new Reload(true, source.version(), checked.problems());
    }

    private Reload reject(String version, List<RuleProblem> problems) {
        lastRejection = new Rejection(clock.instant(), version, problems);
        return new Reload(false, version, problems);
    }
}
