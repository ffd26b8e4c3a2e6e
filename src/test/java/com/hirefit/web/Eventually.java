package com.hirefit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** Waits for something the service does in the background (a reload after the folder watch's debounce). */
final class Eventually {
    private Eventually() {
    }

    /** Polls every 100 ms; fails the test, naming what it waited for, after 20 s. */
    static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 20 s for: " + what).isLessThan(deadline);
            Thread.sleep(100);
        }
    }
}
