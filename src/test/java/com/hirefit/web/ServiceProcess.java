package com.hirefit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The service as a separate process (the test classpath and the jar's main class), so that a test can kill it with
 * SIGKILL and start it again on the same files.
 */
record ServiceProcess(Process process, ApiHttp api, Path log) {
    private static final Pattern LISTENING = Pattern.compile("Tomcat started on port (\\d+)");

    /**
     * Starts the service with its log in {@code dir/name.log} and waits until it listens.
     *
     * @param settings command-line settings ({@code --name=value}) besides a random port, the test key, no rules watch
     */
    static ServiceProcess start(Path dir, String name, List<String> settings) throws Exception {
        Path log = dir.resolve(name + ".log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // C1 only: the service starts in about half the time
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), "com.hirefit.HireFit",
                "serve", "--server.port=0", "--logging.level.org.springframework.boot.tomcat=INFO",
                "--hirefit.api.keys=" + ApiHttp.KEY, "--hirefit.rules.watch=false"));
        command.addAll(settings);
        ServiceProcess starting = new ServiceProcess(new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start(), null, log);
        int[] port = new int[1];
        try {
            starting.await("the service to listen", Duration.ofMinutes(3), () -> {
                Matcher listening = LISTENING.matcher(starting.logText());
                port[0] = listening.find() ? Integer.parseInt(listening.group(1)) : 0;
                return port[0] != 0;
            });
        } catch (AssertionError | InterruptedException e) {
            starting.process().destroyForcibly();
            throw e;
        }
        return new ServiceProcess(starting.process(), new ApiHttp(port[0]), log);
    }

    /** Waits for a condition while the service is alive. */
    void await(String what, Duration timeout, Supplier<Boolean> condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.get()) {
            assertThat(process.isAlive()).as("the service died while waiting for " + what + ":\n" + logTail()).isTrue();
            assertThat(System.nanoTime()).as("waited " + timeout + " for " + what + ":\n" + logTail()).isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    /** Kills the service with SIGKILL and waits for it to be gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        assertThat(process.waitFor()).as("exit status 128 + 9: SIGKILL").isEqualTo(137);
    }

    String logText() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String logTail() {
        String text = logText();
        return text.substring(Math.max(0, text.length() - 4000));
    }
}
