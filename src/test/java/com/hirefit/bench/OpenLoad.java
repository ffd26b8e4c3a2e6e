package com.hirefit.bench;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;

/**
 * Open-model load: request i is sent at its scheduled time whatever happened to the earlier ones (no client
 * waits for an answer before sending the next), and its latency runs from that scheduled time to the answer.
 * A server that falls behind therefore shows its queueing in the latency, and a sender that falls behind (a
 * pause in this JVM) does not hide it either: coordinated omission is avoided. Requests go to a pool of senders,
 * one connection each; a request due while all of them wait for answers waits too, and that wait counts. Not a test.
 */
final class OpenLoad {

    enum Outcome { PENDING, OK, NOT_ACCEPTED, HTTP_ERROR, TIMEOUT, IO_ERROR }

    /** What became of each request, by index; latencies in nanoseconds from the scheduled send time. */
    record Result(long[] scheduled, long[] latency, Outcome[] outcomes, long start, long end, long maxSendLag) {

        long count(Outcome outcome) {
            return Arrays.stream(outcomes).filter(o -> o == outcome).count();
        }

        /** Requests that got an HTTP answer, accepted or not. */
        long answered() {
            return count(Outcome.OK) + count(Outcome.NOT_ACCEPTED) + count(Outcome.HTTP_ERROR);
        }

        long errors() {
            return outcomes.length - count(Outcome.OK);
        }

        double seconds() {
            return (end - start) / 1e9;
        }

        /** Percentile {@code p} (0..1) of every request's latency, failures included at the time they failed, in ms. */
        double percentile(double p, int from, int to) {
            long[] sorted = Arrays.copyOfRange(latency, from, to);
            Arrays.sort(sorted);
            return sorted.length == 0 ? Double.NaN
                    : sorted[Math.min(sorted.length - 1, Math.max(0, (int) Math.ceil(p * sorted.length) - 1))] / 1e6;
        }

        double percentile(double p) {
            return percentile(p, 0, latency.length);
        }
    }

    private final InetSocketAddress server;
    private final int timeoutMillis;
    private final ExecutorService senders;
    private final BlockingQueue<Http1Connection> idle = new LinkedBlockingQueue<>();

    /**
     * @param senders how many requests may be in flight at once (one thread and one connection each); a request
     *                due while all are busy waits for one, and that wait counts in its latency
     */
    OpenLoad(InetSocketAddress server, Duration timeout, int senders) {
        this.server = server;
        this.timeoutMillis = (int) timeout.toMillis();
        this.senders = Executors.newFixedThreadPool(senders, task -> {
            Thread thread = new Thread(task, "sender");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Sends {@code requests.get(i)} (the bytes of an HTTP/1.1 request) at {@code offsets[i]} nanoseconds after the
     * start (offsets ascending) and waits for every answer, each bounded by the timeout. {@code accepted} judges a
     * 2xx body.
     */
    Result run(List<byte[]> requests, long[] offsets, Predicate<String> accepted) throws InterruptedException {
        int n = requests.size();
        long[] latency = new long[n];
        Outcome[] outcomes = new Outcome[n];
        Arrays.fill(outcomes, Outcome.PENDING);
        long[] scheduled = new long[n];
        AtomicLong lastDone = new AtomicLong();
        CountDownLatch done = new CountDownLatch(n);
        long start = System.nanoTime();
        long maxLag = 0;
        for (int i = 0; i < n; i++) {
            scheduled[i] = start + offsets[i];
            long wait;
            while ((wait = scheduled[i] - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            maxLag = Math.max(maxLag, -wait);
            int index = i;
            senders.execute(() -> {
                Outcome outcome = send(requests.get(index), accepted);
                long now = System.nanoTime();
                latency[index] = now - scheduled[index];
                outcomes[index] = outcome;
                lastDone.accumulateAndGet(now, Math::max);
                done.countDown();
            });
        }
        // Each exchange is bounded by the socket timeout; the margin covers requests still waiting for a sender.
        boolean all = done.await(2L * timeoutMillis + 10_000, TimeUnit.MILLISECONDS);
        long end = all ? lastDone.get() : System.nanoTime();
        for (int i = 0; i < n; i++) {
            if (outcomes[i] == Outcome.PENDING) {
                outcomes[i] = Outcome.TIMEOUT;
                latency[i] = end - scheduled[i];
            }
        }
        return new Result(scheduled, latency, outcomes, start, end, maxLag);
    }

    private Outcome send(byte[] request, Predicate<String> accepted) {
        Http1Connection connection = idle.poll();
        try {
            if (connection == null) {
                connection = new Http1Connection(server, timeoutMillis);
            }
            Http1Connection.Response response = connection.exchange(request);
            if (response.keepAlive()) {
                idle.add(connection);
            } else {
                connection.close();
            }
            return response.status() / 100 != 2 ? Outcome.HTTP_ERROR : accepted.test(response.body()) ? Outcome.OK : Outcome.NOT_ACCEPTED;
        } catch (SocketTimeoutException e) {
            close(connection);
            return Outcome.TIMEOUT;
        } catch (IOException e) {
            close(connection);
            return Outcome.IO_ERROR;
        }
    }

    private static void close(Http1Connection connection) {
        try {
            if (connection != null) {
                connection.close();
            }
        } catch (IOException ignored) {
            // already broken
        }
    }

    /** Offsets for a constant rate: request i at i / rate seconds. */
    static long[] constant(int count, double rate) {
        long[] offsets = new long[count];
        for (int i = 0; i < count; i++) {
            offsets[i] = Math.round(i * 1e9 / rate);
        }
        return offsets;
    }

    /**
     * Offsets for a warm-up: a rate rising linearly from {@code from} to {@code to} per second over the first half of
     * {@code seconds}, then {@code to} for the second half, so the service meets the full rate before it is measured.
     */
    static long[] warmUp(double from, double to, double seconds) {
        double half = seconds / 2;
        long[] offsets = new long[(int) ((from + to) / 2 * half + to * half)];
        double t = 0;
        for (int i = 0; i < offsets.length; i++) {
            offsets[i] = Math.round(t * 1e9);
            t += 1 / (from + (to - from) * Math.min(1, t / half));
        }
        return offsets;
    }
}
