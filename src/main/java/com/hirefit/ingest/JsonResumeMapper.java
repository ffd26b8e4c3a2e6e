package com.hirefit.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Maps a JSON Resume document (https://jsonresume.org/schema) to a raw row. {@code basics.image} (a photo) and
 * {@code basics.location} are never carried; other fields outside the mapping are ignored. Custom fields
 * {@code meta.yearsLlmExperience}, {@code meta.expectedSalary}, {@code meta.market} and {@code meta.domains}
 * are read when present. A value of the wrong JSON type becomes a problem naming its path ("basics.name").
 */
final class JsonResumeMapper {

    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern YEAR_MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Set<String> CURRENT = Set.of("present", "current", "now", "today", "ongoing");

    private final Clock clock;

    JsonResumeMapper(Clock clock) {
        this.clock = clock;
    }

    /** A JSON Resume is an object with a {@code basics} object. */
    static boolean isResume(JsonNode node) {
        return node.isObject() && node.get("basics") != null && node.get("basics").isObject();
    }

    RawRow map(int row, JsonNode resume, ReportBuilder report) {
        Doc doc = new Doc(new RawRow(row));
        JsonNode basics = resume.get("basics");
        reportProtected(resume, "", report);
        reportProtected(basics, "basics.", report);
        JsonNode meta = doc.object(resume, "meta", "meta");

        String name = doc.text(basics, "name", "basics.name");
        String email = doc.text(basics, "email", "basics.email");
        doc.raw.put(Column.CANDIDATE_ID, text(id(doc, resume, meta, name, email)));
        doc.raw.put(Column.NAME, text(name));
        doc.raw.put(Column.EMAIL, text(email));
        doc.raw.put(Column.CURRENT_TITLE, text(doc.text(basics, "label", "basics.label")));

        List<JsonNode> work = doc.array(resume, "work", "work");
        List<JsonNode> projects = doc.array(resume, "projects", "projects");
        doc.raw.put(Column.YEARS_EXPERIENCE, years(doc, work));
        doc.raw.put(Column.HIGHLIGHTS, new Value.Items(highlights(doc, basics, work, projects)));
        doc.raw.put(Column.SKILLS, new Value.Items(skills(doc, resume)));
        doc.raw.put(Column.EDUCATION, new Value.Items(education(doc, resume)));
        doc.raw.put(Column.PUBLICATIONS, new Value.Items(publications(doc, resume)));
        doc.raw.put(Column.PORTFOLIO, new Value.Items(portfolio(doc, basics, projects)));
        List<String> languages = new ArrayList<>();
        List<JsonNode> languageEntries = doc.array(resume, "languages", "languages");
        for (int i = 0; i < languageEntries.size(); i++) {
            add(languages, doc.text(languageEntries.get(i), "language", "languages[" + i + "].language"));
        }
        doc.raw.put(Column.LANGUAGES, new Value.Items(languages));

        if (meta != null) {
            doc.raw.put(Column.YEARS_LLM_EXPERIENCE, "meta.yearsLlmExperience",
                    JsonCandidateReader.value(meta.get("yearsLlmExperience")));
            doc.raw.put(Column.EXPECTED_SALARY, "meta.expectedSalary",
                    JsonCandidateReader.value(meta.get("expectedSalary")));
            doc.raw.put(Column.MARKET, "meta.market", JsonCandidateReader.value(meta.get("market")));
            doc.raw.put(Column.DOMAINS, "meta.domains", JsonCandidateReader.value(meta.get("domains")));
        }
        return doc.raw;
    }

    /**
     * {@code meta.id}, else a top-level {@code id}, else derived: "jr-" and the first 12 hex digits of the
     * SHA-256 of the trimmed, lower-cased email (or name when there is no email), so a re-upload keeps its id.
     */
    private static String id(Doc doc, JsonNode resume, JsonNode meta, String name, String email) {
        String id = meta == null ? null : doc.text(meta, "id", "meta.id");
        if (isBlank(id)) {
            id = doc.text(resume, "id", "id");
        }
        if (!isBlank(id)) {
            return id;
        }
        String key = !isBlank(email) ? email : name;
        return isBlank(key) ? null : "jr-" + sha256Hex(key.strip().toLowerCase(Locale.ROOT)).substring(0, 12);
    }

    /**
     * Years of experience: the union of the work intervals (overlapping jobs count once), a job without an end
     * date running to today. Dates may be YYYY, YYYY-MM or YYYY-MM-DD, each read as the first day of that
     * year or month. Null when no job has a start date.
     */
    private Value years(Doc doc, List<JsonNode> work) {
        LocalDate today = LocalDate.now(clock);
        List<LocalDate[]> intervals = new ArrayList<>();
        for (int i = 0; i < work.size(); i++) {
            JsonNode job = work.get(i);
            String start = doc.text(job, "startDate", "work[" + i + "].startDate");
            String end = doc.text(job, "endDate", "work[" + i + "].endDate");
            if (isBlank(start)) {
                continue;
            }
            LocalDate from = doc.date(start, "work[" + i + "].startDate");
            boolean ongoing = isBlank(end) || CURRENT.contains(end.strip().toLowerCase(Locale.ROOT));
            LocalDate to = ongoing ? today : doc.date(end, "work[" + i + "].endDate");
            if (from == null || to == null) {
                continue;
            }
            if (!ongoing && to.isBefore(from)) {
                doc.problem("work[" + i + "].endDate", "work[" + i + "].endDate: " + Values.quote(end.strip())
                        + " is before the start date " + Values.quote(start.strip()));
                continue;
            }
            // A job that has not started yet adds nothing; one that ends in the future counts up to today.
            if (from.isAfter(today)) {
                continue;
            }
            if (to.isAfter(today)) {
                to = today;
            }
            intervals.add(new LocalDate[] {from, to});
        }
        if (intervals.isEmpty()) {
            return null;
        }
        intervals.sort(Comparator.comparing((LocalDate[] interval) -> interval[0]));
        long days = 0;
        LocalDate[] current = intervals.get(0).clone();
        for (LocalDate[] next : intervals.subList(1, intervals.size())) {
            if (next[0].isAfter(current[1])) {
                days += ChronoUnit.DAYS.between(current[0], current[1]);
                current = next.clone();
            } else if (next[1].isAfter(current[1])) {
                current[1] = next[1];
            }
        }
        days += ChronoUnit.DAYS.between(current[0], current[1]);
        return Value.Num.of(Math.round(days / 365.25 * 10) / 10.0);
    }

    /**
     * basics.summary, then each job's summary and highlights prefixed "Position, Company: ", then each
     * project's description and highlights prefixed "Project: "; one paragraph each.
     */
    private static List<String> highlights(Doc doc, JsonNode basics, List<JsonNode> work, List<JsonNode> projects) {
        List<String> paragraphs = new ArrayList<>();
        add(paragraphs, doc.text(basics, "summary", "basics.summary"));
        for (int i = 0; i < work.size(); i++) {
            JsonNode job = work.get(i);
            String path = "work[" + i + "]";
            String company = doc.text(job, "name", path + ".name");
            if (isBlank(company)) {
                company = doc.text(job, "company", path + ".company");
            }
            String prefix = joinNonBlank(", ", doc.text(job, "position", path + ".position"), company);
            add(paragraphs, prefixed(prefix, doc.text(job, "summary", path + ".summary")));
            for (String highlight : doc.texts(job, "highlights", path + ".highlights")) {
                add(paragraphs, prefixed(prefix, highlight));
            }
        }
        for (int i = 0; i < projects.size(); i++) {
            JsonNode project = projects.get(i);
            String path = "projects[" + i + "]";
            String prefix = doc.text(project, "name", path + ".name");
            add(paragraphs, prefixed(prefix, doc.text(project, "description", path + ".description")));
            for (String highlight : doc.texts(project, "highlights", path + ".highlights")) {
                add(paragraphs, prefixed(prefix, highlight));
            }
        }
        return paragraphs;
    }

    /** Each skill's name, then its keywords. */
    private static List<String> skills(Doc doc, JsonNode resume) {
        List<String> skills = new ArrayList<>();
        List<JsonNode> entries = doc.array(resume, "skills", "skills");
        for (int i = 0; i < entries.size(); i++) {
            add(skills, doc.text(entries.get(i), "name", "skills[" + i + "].name"));
            doc.texts(entries.get(i), "keywords", "skills[" + i + "].keywords").forEach(k -> add(skills, k));
        }
        return skills;
    }

    /** "studyType area, institution" per entry. */
    private static List<String> education(Doc doc, JsonNode resume) {
        List<String> education = new ArrayList<>();
        List<JsonNode> entries = doc.array(resume, "education", "education");
        for (int i = 0; i < entries.size(); i++) {
            JsonNode entry = entries.get(i);
            String path = "education[" + i + "]";
            String study = joinNonBlank(" ", doc.text(entry, "studyType", path + ".studyType"),
                    doc.text(entry, "area", path + ".area"));
            add(education, joinNonBlank(", ", study, doc.text(entry, "institution", path + ".institution")));
        }
        return education;
    }

    /** "name (publisher)" per publication. */
    private static List<String> publications(Doc doc, JsonNode resume) {
        List<String> publications = new ArrayList<>();
        List<JsonNode> entries = doc.array(resume, "publications", "publications");
        for (int i = 0; i < entries.size(); i++) {
            String name = doc.text(entries.get(i), "name", "publications[" + i + "].name");
            String publisher = doc.text(entries.get(i), "publisher", "publications[" + i + "].publisher");
            if (!isBlank(name)) {
                add(publications, isBlank(publisher) ? name : name.strip() + " (" + publisher.strip() + ")");
            }
        }
        return publications;
    }

    /** basics.url, the profiles' urls, the projects' urls; each once. */
    private static List<String> portfolio(Doc doc, JsonNode basics, List<JsonNode> projects) {
        Set<String> urls = new LinkedHashSet<>();
        addTo(urls, doc.text(basics, "url", "basics.url"));
        List<JsonNode> profiles = doc.array(basics, "profiles", "basics.profiles");
        for (int i = 0; i < profiles.size(); i++) {
            addTo(urls, doc.text(profiles.get(i), "url", "basics.profiles[" + i + "].url"));
        }
        for (int i = 0; i < projects.size(); i++) {
            addTo(urls, doc.text(projects.get(i), "url", "projects[" + i + "].url"));
        }
        return new ArrayList<>(urls);
    }

    /** Protected keys at this level (basics.image among them) are listed as dropped; their values are not read. */
    private static void reportProtected(JsonNode node, String prefix, ReportBuilder report) {
        for (String key : node.propertyNames()) {
            ProtectedAttributes.classify(key).ifPresent(verdict -> report.dropped(prefix + key, verdict));
        }
    }

    /** Reading helpers that turn a wrong JSON type into a problem of the row instead of an exception. */
    private static final class Doc {
        final RawRow raw;

        Doc(RawRow raw) {
            this.raw = raw;
        }

        void problem(String path, String message) {
            raw.problem(path, message);
        }

        String text(JsonNode parent, String key, String path) {
            JsonNode node = parent == null ? null : parent.get(key);
            if (node == null || node.isNull()) {
                return null;
            }
            if (node.isContainer()) {
                problem(path, path + ": expected text but found " + JsonCandidateReader.describe(node));
                return null;
            }
            return node.asString();
        }

        List<String> texts(JsonNode parent, String key, String path) {
            List<String> texts = new ArrayList<>();
            List<JsonNode> items = array(parent, key, path);
            for (int i = 0; i < items.size(); i++) {
                JsonNode item = items.get(i);
                if (item.isContainer()) {
                    problem(path + "[" + i + "]", path + "[" + i + "]: expected text but found "
                            + JsonCandidateReader.describe(item));
                } else if (!item.isNull()) {
                    texts.add(item.asString());
                }
            }
            return texts;
        }

        List<JsonNode> array(JsonNode parent, String key, String path) {
            JsonNode node = parent == null ? null : parent.get(key);
            if (node == null || node.isNull()) {
                return List.of();
            }
            if (!node.isArray()) {
                problem(path, path + ": expected an array but found " + JsonCandidateReader.describe(node));
                return List.of();
            }
            List<JsonNode> items = new ArrayList<>();
            node.forEach(items::add);
            return items;
        }

        JsonNode object(JsonNode parent, String key, String path) {
            JsonNode node = parent.get(key);
            if (node == null || node.isNull()) {
                return null;
            }
            if (!node.isObject()) {
                problem(path, path + ": expected an object but found " + JsonCandidateReader.describe(node));
                return null;
            }
            return node;
        }

        LocalDate date(String text, String path) {
            String s = text.strip();
            try {
                if (YEAR.matcher(s).matches()) {
                    return LocalDate.of(Integer.parseInt(s), 1, 1);
                }
                if (YEAR_MONTH.matcher(s).matches()) {
                    return YearMonth.parse(s).atDay(1);
                }
                return LocalDate.parse(s);
            } catch (DateTimeException e) {
                problem(path, path + ": " + Values.quote(s) + " is not a date (expected YYYY, YYYY-MM or"
                        + " YYYY-MM-DD)");
                return null;
            }
        }
    }

    private static Value text(String text) {
        return text == null ? null : new Value.Text(text);
    }

    private static String prefixed(String prefix, String text) {
        if (isBlank(text)) {
            return null;
        }
        return isBlank(prefix) ? text.strip() : prefix + ": " + text.strip();
    }

    private static String joinNonBlank(String separator, String... parts) {
        List<String> kept = new ArrayList<>();
        for (String part : parts) {
            if (!isBlank(part)) {
                kept.add(part.strip());
            }
        }
        return String.join(separator, kept);
    }

    private static void add(List<String> list, String text) {
        if (!isBlank(text)) {
            list.add(text.strip());
        }
    }

    private static void addTo(Set<String> set, String text) {
        if (!isBlank(text)) {
            set.add(text.strip());
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    static String sha256Hex(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
