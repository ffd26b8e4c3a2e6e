package com.hirefit.bench;

import com.hirefit.HireFitApplication;
import com.hirefit.job.Job;
import com.hirefit.job.JobDocument;
import com.hirefit.job.JobFiles;
import com.hirefit.job.JobStore;
import com.hirefit.screening.ScreeningRecord;
import com.hirefit.screening.ScreeningService;
import com.hirefit.screening.ScreeningStore;
import com.hirefit.user.Role;
import com.hirefit.user.UserAccounts;
import java.io.InputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The workspace's results page on a 100,000-candidate screening: starts the service in this JVM on a database
 * (H2 file by default, or the JDBC URL given), screens a generated file into it once (kept for later runs), logs
 * in as a recruiter and times, over real HTTP on loopback, the first page of the screening (the whole page: summary,
 * chart counts, table) and filtered pages, each WARMUP times untimed then RUNS times. Prints the median, p95 and max
 * per page, and how many results each page's filter leaves. Not a test: bench/results-page.sh runs it.
 *
 * <p>{@code ResultsPageBench DATA_DIR ROWS [JDBC_URL [USER PASSWORD]]}
 */
public final class ResultsPageBench {
    private static final int WARMUP = 10;
    private static final int RUNS = 30;
    private static final String JOB = "BENCH-RESULTS";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern COUNT = Pattern.compile("of ([0-9,]+) results");

    private ResultsPageBench() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        int rows = Integer.parseInt(args[1]);
        String url = args.length > 2 ? args[2] : "jdbc:h2:file:" + data.toAbsolutePath().resolve("results-db");
        List<String> spring = new ArrayList<>(List.of("--server.port=0", "--server.address=127.0.0.1", "--spring.datasource.url=" + url,
                "--hirefit.rules.watch=false", "--logging.level.root=WARN"));
        if (args.length > 4) {
            spring.add("--spring.datasource.username=" + args[3]);
            spring.add("--spring.datasource.password=" + args[4]);
        }
        try (ConfigurableApplicationContext app = HireFitApplication.start(spring.toArray(String[]::new))) {
            String screening = screening(app, data, rows);
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            UserAccounts users = app.getBean(UserAccounts.class);
            if (!users.exists("bench")) {
                users.add("bench", EnumSet.of(Role.RECRUITER), "bench-password-long");
            }
            HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
            logIn(http, port);
            Map<String, String> pages = new LinkedHashMap<>();
            String base = "/screenings/" + screening;
            pages.put("first page (whole page: summary, chart, table)", base);
            pages.put("filtered: verdict=REVIEW (whole page)", base + "?verdict=REVIEW");
            pages.put("filtered: verdict=REVIEW, page 40 (htmx table only)", base + "?verdict=REVIEW&page=40 HX");
            pages.put("filtered: flag=RAG_DESIGN (htmx table only)", base + "?flag=RAG_DESIGN HX");
            pages.put("filtered: risk=ML_HIRE_FOR_LLM_WORK + role=ML_ENGINEER (htmx table only)", base + "?risk=ML_HIRE_FOR_LLM_WORK&role=ML_ENGINEER HX");
            pages.put("sorted: recommendation, best first (htmx table only)", base + "?sort=VERDICT HX");
            pages.put("search: name contains 'okafor' (htmx table only)", base + "?q=okafor HX");
            pages.put("search: Candidate ID starts with 'hf-1234' (htmx table only)", base + "?q=hf-1234 HX");
            pages.put("job-wide first page (whole page)", "/jobs/results?id=" + JOB);
            System.out.printf("results pages of a %,d-candidate screening, %d timed requests each after %d untimed (ms on loopback)%n",
                    rows, RUNS, WARMUP);
            for (Map.Entry<String, String> page : pages.entrySet()) {
                time(http, port, page.getKey(), page.getValue());
            }
        }
    }

    /** A completed screening of ROWS generated candidates for the bench job: the one kept from an earlier run, or a new one. */
    private static String screening(ConfigurableApplicationContext app, Path data, int rows) throws Exception {
        JobStore jobs = app.getBean(JobStore.class);
        Job sample = JobFiles.read(Path.of("samples/jobs/contract-review.yaml"));
        Job job = new Job(JOB, sample.jobTitle(), sample.aiPhase(), sample.workShape(), sample.trainingData(), sample.dataMaturity(),
                sample.mlInProduction(), sample.fundingStage(), sample.expectsModelTraining(), sample.expectsBothMlAndLlm(),
                sample.requiresPhd(), sample.requiredTools(), sample.domain(), sample.market(), sample.salaryBudgetMax(),
                sample.targetSeniority());
        jobs.put(new JobDocument(job, Map.of()));
        Optional<ScreeningRecord> kept = app.getBean(ScreeningStore.class).forJob(JOB, 50).stream()
                .filter(s -> ScreeningRecord.COMPLETED.equals(s.status()) && s.screened() + s.errors() == rows).findFirst();
        if (kept.isPresent()) {
            System.out.println("using the screening kept from an earlier run: " + kept.get().screeningId());
            return kept.get().screeningId();
        }
        Path file = data.resolve("candidates-" + rows + ".csv");
        if (!Files.exists(file)) {
            CandidateGenerator.write(file, rows, 42);
        }
        long start = System.nanoTime();
        ScreeningRecord record;
        try (InputStream in = Files.newInputStream(file)) {
            record = app.getBean(ScreeningService.class).screen(job, in, file.getFileName().toString());
        }
        System.out.printf("screened %,d rows into the store in %.1f s (%,.0f rows/s)%n", record.screened() + record.errors(),
                (System.nanoTime() - start) / 1e9, (record.screened() + record.errors()) / ((System.nanoTime() - start) / 1e9));
        return record.screeningId();
    }

    private static void logIn(HttpClient http, int port) throws Exception {
        String page = http.send(get(port, "/login", false), HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = CSRF.matcher(page);
        if (!token.find()) {
            throw new IllegalStateException("no CSRF token on the login page");
        }
        String form = "username=bench&password=bench-password-long&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (login.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("bench login refused");
        }
    }

    private static void time(HttpClient http, int port, String name, String target) throws Exception {
        boolean htmx = target.endsWith(" HX");
        String path = htmx ? target.substring(0, target.length() - 3) : target;
        List<Double> millis = new ArrayList<>();
        String body = "";
        for (int i = 0; i < WARMUP + RUNS; i++) {
            long start = System.nanoTime();
            HttpResponse<String> response = http.send(get(port, path, htmx), HttpResponse.BodyHandlers.ofString());
            double ms = (System.nanoTime() - start) / 1e6;
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + response.statusCode());
            }
            body = response.body();
            if (i >= WARMUP) {
                millis.add(ms);
            }
        }
        Collections.sort(millis);
        Matcher count = COUNT.matcher(body);
        System.out.printf("  %-75s median %6.1f  p95 %6.1f  max %6.1f  (%s results)%n", name, millis.get(RUNS / 2),
                millis.get((int) Math.ceil(RUNS * 0.95) - 1), millis.get(RUNS - 1), count.find() ? count.group(1) : "no");
    }

    private static HttpRequest get(int port, String path, boolean htmx) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (htmx) {
            request.header("HX-Request", "true");
        }
        return request.build();
    }
}
