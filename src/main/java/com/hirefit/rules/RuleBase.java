package com.hirefit.rules;

import com.hirefit.rules.authoring.RuleValidator;
import com.hirefit.rules.drl.CodeLint;
import com.hirefit.rules.drl.DrlRule;
import com.hirefit.rules.drl.HouseRules;
import com.hirefit.rules.drl.RuleModel;
import com.hirefit.rules.drl.RuleProblem;
import com.hirefit.rules.drl.TagCheck;
import com.hirefit.vocabulary.Role;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.conf.EqualityBehaviorOption;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;

/**
 * A compiled, immutable rule base: the DRL files built at run time with the classic DRL compiler, the
 * taxonomy and its matchers, the vocabulary, and a catalogue of every rule. Safe to share between threads.
 */
public final class RuleBase {
    private static final String PACKAGE = RuleModel.PACKAGE;
    private static final String RESOURCES = "src/main/resources/" + PACKAGE + "/";
    private static final Pattern ERROR_POSITION = Pattern.compile("\\[(\\d+),(\\d+)\\]|Column: (\\d+)|Line \\d+:(\\d+)");
    private static final AtomicLong BUILDS = new AtomicLong();
    /** The parent of Drools' class loaders: the application's classes, their misses remembered. */
    private static final ClassLoader CLASSES = new KnownMisses(RuleBase.class.getClassLoader());

    private final RuleSource source;
    private final KieBase kieBase;
    private final KieSessionsPool jobSessions;
    private final KieSessionsPool candidateSessions;
    private final Taxonomy taxonomy;
    private final TextMatcher evidenceMatcher;
    private final TextMatcher titleMatcher;
    private final Vocabulary vocabulary;
    private final Stages stages;
    private final Map<String, RuleInfo> rules;
    private final RuleModel model;
    private final List<RuleProblem> warnings;
    /** Hashed once: every stored assessment carries it, and hashing the 200 KB of rule files took 0.3-0.4 ms a call. */
    private final String version;

    private RuleBase(RuleSource source, KieBase kieBase, KieBase candidateBase, Taxonomy taxonomy, Vocabulary vocabulary, Stages stages, RuleModel model,
                     Map<String, RuleInfo> rules, List<RuleProblem> warnings) {
        this.source = source;
        this.kieBase = kieBase;
        // A pooled session is reset, not rebuilt, on return: its node and segment memories are reused, which
        // saved about a fifth of a rule evaluation's CPU time. The pool is thread-safe and grows to the most
        // evaluations ever run at once (bounded by the threads that evaluate), about 85 KB per idle session.
        this.jobSessions = kieBase.newKieSessionsPool(Runtime.getRuntime().availableProcessors());
        this.candidateSessions = candidateBase.newKieSessionsPool(Runtime.getRuntime().availableProcessors());
        this.taxonomy = taxonomy;
        this.evidenceMatcher = new TextMatcher(taxonomy.evidence());
        this.titleMatcher = new TextMatcher(taxonomy.titles());
        this.vocabulary = vocabulary;
        this.stages = stages;
        this.rules = Map.copyOf(rules);
        this.model = model;
        this.warnings = List.copyOf(warnings);
        this.version = source.version();
    }

    /**
     * Reads, lints and compiles a rules folder. The DRL files are parsed and linted first (the code allowlist, then
     * the house rules of {@link RuleValidator}); the build runs only on files whose code the lint passed, because
     * building already evaluates metadata and some attributes. On any error, from lint or from the build, nothing
     * is returned: no caller can install rules that fail the lint.
     */
    public static RuleBase compile(RuleSource source) throws RuleBaseException {
        return compile(source, false);
    }

    /**
     * {@link #compile}, and with {@code strict} also holding the folder together (validation and reloads): every tag
     * tested is produced, every taxonomy tag tested, and the rules and the stages agree (see {@link Stages}; in any
     * other compile their disagreements are warnings).
     */
    public static RuleBase compile(RuleSource source, boolean strict) throws RuleBaseException {
        List<RuleProblem> problems = new ArrayList<>();
        Taxonomy taxonomy = readOrCollect(source, RuleSource.TAXONOMY, problems, TaxonomyReader::read);
        Vocabulary vocabulary = readOrCollect(source, RuleSource.VOCABULARY, problems, Vocabulary::read);
        Stages stages = readOrCollect(source, RuleSource.STAGES, problems, StagesReader::read);
        RuleModel model = RuleModel.parse(source.origin(), source.files());
        List<RuleProblem> unsafe = new ArrayList<>(model.problems());
        unsafe.addAll(CodeLint.check(model));
        problems.addAll(unsafe);
        problems.addAll(HouseRules.check(model, vocabulary == null ? null : vocabulary::contains));
        if (stages != null) {
            problems.addAll(stages.check(model, strict));
        }
        if (strict && taxonomy != null) {
            problems.addAll(TagCheck.check(model, RuleSource.TAXONOMY, taxonomyTags(taxonomy)));
        }
        KieBase kieBase = null;
        Map<String, RuleInfo> catalogue = Map.of();
        if (unsafe.isEmpty()) {
            kieBase = build(model, problems);
            if (kieBase != null) {
                catalogue = catalogue(model, kieBase, problems);
            }
        }
        problems.sort(Comparator.comparing(RuleProblem::file).thenComparingInt(RuleProblem::line).thenComparingInt(RuleProblem::column)
                .thenComparing(RuleProblem::message));
        List<RuleProblem> found = problems.stream().distinct().toList();
        if (kieBase == null || found.stream().anyMatch(RuleProblem::isError)) {
            throw new RuleBaseException(found);
        }
        return new RuleBase(source, kieBase, candidateBase(model, stages, kieBase), taxonomy, vocabulary, stages, model, catalogue, found);
    }

    /** The taxonomy's tags for the tags check: every evidence tag must be tested, and every title tag but a role's. */
    private static List<TagCheck.TaxonomyTag> taxonomyTags(Taxonomy taxonomy) {
        List<TagCheck.TaxonomyTag> tags = new ArrayList<>();
        taxonomy.evidence().forEach(entry -> tags.add(new TagCheck.TaxonomyTag(entry.tag(), entry.line(), true)));
        taxonomy.titles().forEach(entry -> tags.add(new TagCheck.TaxonomyTag(entry.tag(), entry.line(),
                Arrays.stream(Role.values()).noneMatch(role -> role.name().equals(entry.tag())))));
        return tags;
    }

    private interface Reader<T> {
        T read(String file, byte[] bytes) throws RuleBaseException;
    }

    private static <T> T readOrCollect(RuleSource source, String file, List<RuleProblem> problems, Reader<T> reader) {
        byte[] bytes = source.files().get(file);
        if (bytes == null) {
            problems.add(new RuleProblem(file, 0, 0, "missing: the rules folder needs " + file));
            return null;
        }
        try {
            return reader.read(file, bytes);
        } catch (RuleBaseException e) {
            problems.addAll(e.problems());
            return null;
        }
    }

    /** Compiles the files of a model the lint passed, from the text the lint read, with the parser the lint used. */
    private static KieBase build(RuleModel model, List<RuleProblem> problems) {
        return build(model, file -> true, problems);
    }

    /** Drools takes the parent of the class loaders it makes (builder, container, rule base) from the thread. */
    private static KieBase build(RuleModel model, java.util.function.Predicate<String> files, List<RuleProblem> problems) {
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(CLASSES);
        try {
            return buildWith(model, files, problems);
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    private static KieBase buildWith(RuleModel model, java.util.function.Predicate<String> files, List<RuleProblem> problems) {
        KieServices ks = KieServices.get();
        // A unique release id per build: the KIE repository is static and keyed by it.
        ReleaseId releaseId = ks.newReleaseId("com.hirefit", "rules", "1.0." + BUILDS.incrementAndGet());
        KieFileSystem kfs = ks.newKieFileSystem();
        kfs.generateAndWritePomXML(releaseId);
        if (model.files().isEmpty()) {
            problems.add(new RuleProblem(model.origin(), 0, 0, "no .drl files"));
            return null;
        }
        for (RuleModel.DrlFile file : model.files().values()) {
            if (!files.test(file.name())) {
                continue;
            }
            kfs.write(RESOURCES + file.name(), ks.getResources().newByteArrayResource(file.text().getBytes(StandardCharsets.UTF_8),
                    StandardCharsets.UTF_8.name()));
        }
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
        List<RuleProblem> compiled = builder.getResults().getMessages(Message.Level.ERROR).stream().map(RuleBase::toProblem)
                // The compiler names a duplicate at its first occurrence; the house rules name both places.
                .filter(p -> !p.message().startsWith("Duplicate rule name") && !p.message().endsWith("is already defined")).toList();
        // "Parser returned a null Package" only repeats, without a line, that the file has syntax errors listed beside it.
        compiled.stream().filter(p -> !(p.message().startsWith("Parser returned a null Package")
                && compiled.stream().anyMatch(o -> o.file().equals(p.file()) && o.line() > 0))).forEach(problems::add);
        if (builder.getResults().hasMessages(Message.Level.ERROR)) {
            ks.getRepository().removeKieModule(releaseId);
            return null;
        }
        KieContainer container = ks.newKieContainer(releaseId);
        KieBaseConfiguration conf = ks.newKieBaseConfiguration();
        // Equality: inserting a fact equal to one already known (records compare by value) adds nothing.
        conf.setOption(EqualityBehaviorOption.EQUALITY);
        KieBase kieBase = container.newKieBase(conf);
        ks.getRepository().removeKieModule(releaseId);
        return kieBase;
    }

    /**
     * The rule base a candidate evaluation runs on: only the files that hold a rule of a candidate stage (or of no
     * stage: it would fire in the MAIN group), built on their own. The job-only stages' rules never fire in a
     * candidate's session (their groups never get the focus), but in one rule base every candidate's facts still
     * flowed into their network and every pooled session's reset cleared their memories (docs/performance.md).
     * Built from files rather than by removing rules from a built rule base: after {@code removeRule} Drools wires
     * consequences lazily, and two threads firing a rule for the first time then both define its generated class (a
     * LinkageError). Should those files not build alone (a function they use lives in a job-only file), the
     * candidate side runs on the whole rule base, as before.
     */
    private static KieBase candidateBase(RuleModel model, Stages stages, KieBase all) {
        if (stages == null) {
            return all;
        }
        Set<String> files = new TreeSet<>();
        model.rules().stream().filter(rule -> rule.group() == null || stages.candidateOrder().contains(rule.group()))
                .forEach(rule -> files.add(rule.file()));
        if (files.size() == model.files().size()) {
            return all;
        }
        KieBase candidate = build(model, files::contains, new ArrayList<>());
        return candidate == null ? all : candidate;
    }

    private static RuleProblem toProblem(Message message) {
        // The compiler's paths are relative to src/main/resources/; map them back to the rules folder.
        String path = message.getPath() == null ? "(rules)"
                : message.getPath().replace(RESOURCES, "").replaceFirst("^" + PACKAGE + "/", "");
        int column = message.getColumn();
        Matcher at = ERROR_POSITION.matcher(message.getText());
        if (column == 0 && at.find()) {
            column = Integer.parseInt(at.group(2) != null ? at.group(2) : at.group(3) != null ? at.group(3) : at.group(4));
        }
        // Compiler messages span several lines; a problem reads best on one.
        String text = message.getText().strip().replaceAll("\\s*\\n\\s*", " ");
        return new RuleProblem(path, Math.max(message.getLine(), 0), column, text);
    }

    /**
     * Every rule with where the parser found it, its group and metadata. The compiled rule base must hold exactly
     * the rules the parser read, with the same metadata: anything else means the lint did not see what was built.
     */
    private static Map<String, RuleInfo> catalogue(RuleModel model, KieBase kieBase, List<RuleProblem> problems) {
        Map<String, RuleInfo> rules = new HashMap<>();
        Set<String> compiled = new TreeSet<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            pkg.getQueries().forEach(query -> compiled.add(query.getName()));
            for (Rule rule : pkg.getRules()) {
                compiled.add(rule.getName());
                DrlRule drl = model.rule(rule.getName());
                if (drl == null) {
                    continue;
                }
                Map<String, String> meta = drl.metadata();
                for (String key : List.of("code", "reason", "source")) {
                    if (!Objects.equals(meta.get(key), text(rule.getMetaData().get(key)))) {
                        problems.add(new RuleProblem(drl.file(), drl.line(), drl.column(),
                                "rule \"" + drl.name() + "\": @" + key + " reads differently once built"));
                    }
                }
                rules.put(rule.getName(), new RuleInfo(rule.getName(), drl.file(), drl.line(), drl.group(),
                        meta.get("code"), meta.get("reason"), meta.get("source")));
            }
        }
        Set<String> parsed = new TreeSet<>();
        model.rules().forEach(rule -> parsed.add(rule.name()));
        if (!parsed.equals(compiled)) {
            Set<String> unseen = new TreeSet<>(compiled);
            unseen.removeAll(parsed);
            Set<String> missing = new TreeSet<>(parsed);
            missing.removeAll(compiled);
            problems.add(new RuleProblem(model.origin(), 0, 0, "the rules the parser read differ from the rules built: built but not read "
                    + unseen + ", read but not built " + missing));
        }
        return rules;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    public String version() {
        return version;
    }

    public String origin() {
        return source.origin();
    }

    public RuleSource source() {
        return source;
    }

    /**
     * An empty session from this rule base's pool. {@code dispose()} returns it to the pool, reset: facts,
     * agenda and event listeners cleared.
     */
    public KieSession newSession(Stages.Side side) {
        return (side == Stages.Side.JOB ? jobSessions : candidateSessions).newKieSession();
    }

    public Taxonomy taxonomy() {
        return taxonomy;
    }

    public TextMatcher evidenceMatcher() {
        return evidenceMatcher;
    }

    public TextMatcher titleMatcher() {
        return titleMatcher;
    }

    public Vocabulary vocabulary() {
        return vocabulary;
    }

    /** The stages the rules run in, from stages.yaml. */
    public Stages stages() {
        return stages;
    }

    /** Every rule by name. */
    public Map<String, RuleInfo> rules() {
        return rules;
    }

    public RuleInfo rule(String name) {
        return rules.get(name);
    }

    /** The rule files as the parser read them (conditions, metadata, where each rule is). */
    public RuleModel model() {
        return model;
    }

    /** What the check warned about when these rules were compiled (errors stop the compile). */
    public List<RuleProblem> warnings() {
        return warnings;
    }
}
