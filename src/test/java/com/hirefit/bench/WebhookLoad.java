package com.hirefit.bench;

import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * Open-model load on the Greenhouse webhook of a running service (loopback only), bounded in time: a warm-up
 * (a ramp to RATE, then RATE), then RATE distinct, validly signed deliveries per second for SECONDS seconds, each a new application
 * that is verified, parsed, screened with the full rule base and stored. Prints what was sent and answered,
 * the errors, the achieved rate, latency percentiles from the scheduled send time, and the CPU used by the
 * service, by this generator and by the whole machine. Run by bench/webhook-load.sh, which starts and stops the
 * service. Not a test.
 *
 * <p>Arguments: BASE_URL SECRET ATS_JOB_ID RATE SECONDS WARMUP_SECONDS SERVICE_PID CLOCK_TICKS_PER_SECOND.
 */
public final class WebhookLoad {
    private static final double TARGET_RATE = 500;
    private static final int TARGET_SECONDS = 60;
    private static final double TARGET_P99_MS = 50;
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final long SEED = 42;
    /** Requests in flight at most, each on its own connection: Tomcat's default thread count. */
    private static final int SENDERS = 200;

    public static void main(String[] args) throws Exception {
        URI endpoint = URI.create(args[0] + "/webhooks/greenhouse");
        double rate = Double.parseDouble(args[3]);
        int seconds = Integer.parseInt(args[4]);
        int warmup = Integer.parseInt(args[5]);
        long servicePid = Long.parseLong(args[6]);
        long ticks = Long.parseLong(args[7]);
        GreenhouseDeliveries deliveries = new GreenhouseDeliveries(args[1], Long.parseLong(args[2]), SEED);
        long[] warmOffsets = OpenLoad.warmUp(rate / 10, rate, warmup);
        List<byte[]> warm = requests(endpoint, deliveries.next(warmOffsets.length));
        List<byte[]> measured = requests(endpoint, deliveries.next((int) Math.round(rate * seconds)));
        OpenLoad load = new OpenLoad(new InetSocketAddress(endpoint.getHost(), endpoint.getPort()), TIMEOUT, SENDERS);
        System.out.printf(Locale.ROOT, "open-model load on %s: %.0f/s for %d s (%d distinct signed deliveries, seed %d), after a %d s"
                + " warm-up (%.0f -> %.0f/s over its first half, then the full rate; %d more)%n", endpoint, rate, seconds, measured.size(), SEED, warmup, rate / 10, rate,
                warm.size());

        OpenLoad.Result w = load.run(warm, warmOffsets, WebhookLoad::screened);
        System.out.printf(Locale.ROOT, "warm-up   : %d sent, %d screened, %d errors, p99 %.1f ms (not counted below)%n",
                warm.size(), w.count(OpenLoad.Outcome.OK), w.errors(), w.percentile(0.99));

        CpuTimes serviceBefore = CpuTimes.sample(servicePid);
        CpuTimes selfBefore = CpuTimes.sample(ProcessHandle.current().pid());
        OpenLoad.Result r = load.run(measured, OpenLoad.constant(measured.size(), rate), WebhookLoad::screened);
        CpuTimes serviceAfter = CpuTimes.sample(servicePid);
        CpuTimes selfAfter = CpuTimes.sample(ProcessHandle.current().pid());
        report(r, rate, seconds, serviceAfter.processPercent(serviceBefore, r.seconds(), ticks),
                selfAfter.processPercent(selfBefore, r.seconds(), ticks), serviceAfter.machinePercent(serviceBefore, r.seconds(), ticks));
        System.exit(0);
    }

    private static List<byte[]> requests(URI endpoint, List<GreenhouseDeliveries.Delivery> deliveries) {
        String host = endpoint.getHost() + ":" + endpoint.getPort();
        return deliveries.stream().map(d -> Http1Connection.post(host, endpoint.getPath(), d.body(), "Content-Type: application/json",
                "Signature: " + d.signature(), "Greenhouse-Event-ID: " + d.eventId())).toList();
    }

    /** Only a delivery that was screened counts: a duplicate, unmapped or rejected answer is an error here. */
    private static boolean screened(String body) {
        return body.contains("\"status\":\"SCREENED\"");
    }

    private static void report(OpenLoad.Result r, double rate, int seconds, double serviceCpu, double selfCpu, double machineCpu) {
        long ok = r.count(OpenLoad.Outcome.OK);
        double p99 = r.percentile(0.99);
        System.out.printf(Locale.ROOT, "sent      : %d at %.1f/s (the sender was at most %.1f ms behind its schedule)%n",
                r.latency().length, rate, r.maxSendLag() / 1e6);
        System.out.printf(Locale.ROOT, "answered  : %d (%d screened, %d 2xx but not screened, %d non-2xx); %d timeouts (%d s);"
                        + " %d connection errors%n", r.answered(), ok, r.count(OpenLoad.Outcome.NOT_ACCEPTED),
                r.count(OpenLoad.Outcome.HTTP_ERROR), r.count(OpenLoad.Outcome.TIMEOUT), TIMEOUT.toSeconds(),
                r.count(OpenLoad.Outcome.IO_ERROR));
        System.out.printf(Locale.ROOT, "errors    : %d%n", r.errors());
        System.out.printf(Locale.ROOT, "achieved  : %.1f screened deliveries/s (%d from the first scheduled send to the last answer,"
                + " %.2f s)%n", ok / r.seconds(), ok, r.seconds());
        System.out.printf(Locale.ROOT, "latency ms: p50 %.1f  p90 %.1f  p99 %.1f  max %.1f  (from each scheduled send time)%n",
                r.percentile(0.50), r.percentile(0.90), p99, r.percentile(1.0));
        StringJoiner windows = new StringJoiner("  ");
        int perWindow = (int) Math.round(rate * 10);
        for (int from = 0; from < r.latency().length; from += perWindow) {
            windows.add(String.format(Locale.ROOT, "%.1f", r.percentile(0.99, from, Math.min(r.latency().length, from + perWindow))));
        }
        System.out.printf("p99 per 10 s of schedule, ms: %s%n", windows);
        System.out.printf(Locale.ROOT, "CPU       : service %.0f%% (%.2f ms per screened delivery), load generator %.0f%%, whole machine"
                + " %.0f%% (100%% = one core; %d cores)%n", serviceCpu, serviceCpu / 100 * r.seconds() * 1000 / Math.max(1, ok), selfCpu,
                machineCpu, Runtime.getRuntime().availableProcessors());
        boolean met = rate >= TARGET_RATE && seconds >= TARGET_SECONDS && r.errors() == 0 && p99 < TARGET_P99_MS;
        System.out.printf(Locale.ROOT, "target    : %.0f deliveries/s for %d s, p99 < %.0f ms, no errors: %s%n", TARGET_RATE,
                TARGET_SECONDS, TARGET_P99_MS, met ? "met" : "NOT met");
    }
}
