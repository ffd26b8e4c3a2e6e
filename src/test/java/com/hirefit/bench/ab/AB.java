package com.hirefit.bench.ab;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Compares builds of HireFit in one JVM (bench/ab.sh): each build in its own class loader, run in turn in 0.5 s
 * slices, so load from other processes on a shared machine falls on every build alike (sequential JMH runs of each
 * build swung by 2-5x under such load). First each build assesses the same 1,000 generated candidates and prints a
 * digest of the assessments (fired rules included): equal digests, identical output.
 */
public class AB {
    public static void main(String[] args) throws Exception {
        // args: whole|rules|matching WARMUP_SECONDS MEASURE_SECONDS RUNNER_CLASSES BUILD... (a build: a checkout with target/ built)
        String mode = args[0];
        long warm = Long.parseLong(args[1]) * 1_000_000_000L, measure = Long.parseLong(args[2]) * 1_000_000_000L;
        Path runnerClasses = Path.of(args[3]);
        int k = args.length - 4;
        Method[] run = new Method[k];
        for (int i = 0; i < k; i++) {
            Path wt = Path.of(args[4 + i]);
            List<URL> urls = new ArrayList<>();
            urls.add(runnerClasses.toUri().toURL());
            urls.add(wt.resolve("target/test-classes").toUri().toURL());
            urls.add(wt.resolve("target/classes").toUri().toURL());
            for (String jar : Files.readString(wt.resolve("target/bench-classpath.txt")).trim().split(":")) {
                urls.add(Path.of(jar).toUri().toURL());
            }
            ClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
            Class<?> runner = loader.loadClass("com.hirefit.bench.ab.Runner");
            Thread.currentThread().setContextClassLoader(loader);
            runner.getMethod("init", String.class).invoke(null, wt.resolve("rules").toString());
            System.out.println(args[4 + i] + " digest " + runner.getMethod("digest").invoke(null));
            run[i] = runner.getMethod(mode.equals("rules") ? "rulesAlone" : mode, long.class);
        }
        long[] ops = new long[k];
        long[] ns = new long[k];
        long start = System.nanoTime();
        int slice = 0;
        while (System.nanoTime() - start < warm + measure) {
            boolean counting = System.nanoTime() - start >= warm;
            long t0 = System.nanoTime();
            long n = (long) run[slice % k].invoke(null, 500_000_000L);
            if (counting) {
                ops[slice % k] += n;
                ns[slice % k] += System.nanoTime() - t0;
            }
            slice++;
        }
        for (int i = 0; i < k; i++) {
            System.out.printf("%s %s %.0f ops/s (x%.3f of the first)%n", mode, args[4 + i], ops[i] / (ns[i] / 1e9),
                    (ops[i] / (double) ns[i]) / (ops[0] / (double) ns[0]));
        }
    }
}
