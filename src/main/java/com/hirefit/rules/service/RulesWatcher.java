package com.hirefit.rules.service;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the rules folder and reloads after it has been quiet for the debounce time, so an editor that
 * writes a file in several steps causes one reload. Errors are logged with file and line; the rules in
 * service stay until a change validates.
 */
public final class RulesWatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RulesWatcher.class);
    private final CurrentRules rules;
    private final Duration debounce;
    private final WatchService watch;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "hirefit-rules-reload");
        thread.setDaemon(true);
        return thread;
    });
    private final Thread listener;
    private ScheduledFuture<?> pending;
    /** File events seen so far: a reload installs only if none arrived while it read and compiled. */
    private volatile long events;

    public RulesWatcher(CurrentRules rules, Duration debounce) throws IOException {
        this.rules = rules;
        this.debounce = debounce;
        this.watch = FileSystems.getDefault().newWatchService();
        rules.folder().register(watch, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                StandardWatchEventKinds.ENTRY_DELETE);
        this.listener = new Thread(this::listen, "hirefit-rules-watch");
        listener.setDaemon(true);
        listener.start();
    }

    private void listen() {
        try {
            while (true) {
                WatchKey key = watch.take();
                key.pollEvents();
                key.reset();
                events++;
                schedule();
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized void schedule() {
        if (pending != null) {
            pending.cancel(false);
        }
        pending = scheduler.schedule(this::reload, debounce.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void reload() {
        long seen = events;
        CurrentRules.Reload result = rules.reload(() -> events == seen);
        if (result.installed()) {
            LOG.info("Rules reloaded from {}: version {}", rules.folder(), result.version());
        } else if (!result.problems().isEmpty()) {
            LOG.warn("Rules change in {} not installed, version {} keeps serving:", rules.folder(), rules.get().version());
            result.problems().forEach(problem -> LOG.warn("  {}", problem));
        }
    }

    @Override
    public void close() throws IOException {
        listener.interrupt();
        scheduler.shutdownNow();
        watch.close();
    }
}
