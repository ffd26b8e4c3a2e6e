package com.hirefit.rules;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    /** All DRL files are compiled into this one package, so rule names are unique across files. */
    static final String PACKAGE = "hirefit";
    private static final String RESOURCES = "src/main/resources/" + PACKAGE + "/";
    private static final Pattern RULE_LINE = Pattern.compile("^[ \\t]*rule[ \\t]+\"((?:[^\"\\\\]|\\\\.)*)\"", Pattern.MULTILINE);
    private static final Pattern ERROR_POSITION = Pattern.compile("\\[(\\d+),(\\d+)\\]|Column: (\\d+)|Line \\d+:(\\d+)");
    private static final AtomicLong BUILDS = new AtomicLong();

    private final RuleSource source;
    private final KieBase kieBase;
    private final KieSessionsPool sessions;
    private final Taxonomy taxonomy;
    private final TextMatcher evidenceMatcher;
    private final TextMatcher titleMatcher;
    private final Vocabulary vocabulary;
    private final Map<String, RuleInfo> rules;
    /** Hashed once: every stored assessment carries it, and hashing the 200 KB of rule files took 0.3-0.4 ms a call. */
    private final String version;

    private RuleBase(RuleSource source, KieBase kieBase, Taxonomy taxonomy, Vocabulary vocabulary, Map<String, RuleInfo> rules) {
        this.source = source;
        this.kieBase = kieBase;
        // A pooled session is reset, not rebuilt, on return: its node and segment memories are reused, which
        // saved about a fifth of a rule evaluation's CPU time. The pool is thread-safe and grows to the most
        // evaluations ever run at once (bounded by the threads that evaluate), about 85 KB per idle session.
        this.sessions = kieBase.newKieSessionsPool(Runtime.getRuntime().availableProcessors());
        this.taxonomy = taxonomy;
        this.evidenceMatcher = new TextMatcher(taxonomy.evidence());
        this.titleMatcher = new TextMatcher(taxonomy.titles());
        this.vocabulary = vocabulary;
        this.rules = Map.copyOf(rules);
        this.version = source.version();
    }

    public static RuleBase compile(RuleSource source) throws RuleBaseException {
        List<RuleProblem> problems = new ArrayList<>();
        Taxonomy taxonomy = readOrCollect(source, RuleSource.TAXONOMY, problems, TaxonomyReader::read);
        Vocabulary vocabulary = readOrCollect(source, RuleSource.VOCABULARY, problems, Vocabulary::read);
        KieBase kieBase = build(source, problems);
        if (!problems.isEmpty()) {
            throw new RuleBaseException(problems);
        }
        return new RuleBase(source, kieBase, taxonomy, vocabulary, catalogue(source, kieBase));
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

    private static KieBase build(RuleSource source, List<RuleProblem> problems) {
        KieServices ks = KieServices.get();
        // A unique release id per build: the KIE repository is static and keyed by it.
        ReleaseId releaseId = ks.newReleaseId("com.hirefit", "rules", "1.0." + BUILDS.incrementAndGet());
        KieFileSystem kfs = ks.newKieFileSystem();
        kfs.generateAndWritePomXML(releaseId);
        int drlFiles = 0;
        for (Map.Entry<String, byte[]> file : source.files().entrySet()) {
            if (file.getKey().endsWith(".drl")) {
                kfs.write(RESOURCES + file.getKey(), file.getValue());
                drlFiles++;
            }
        }
        if (drlFiles == 0) {
            problems.add(new RuleProblem(source.origin(), 0, 0, "no .drl files"));
            return null;
        }
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
        List<RuleProblem> compiled = builder.getResults().getMessages(Message.Level.ERROR).stream().map(RuleBase::toProblem).toList();
        // "Parser returned a null Package" only repeats, without a line, that the file has syntax errors listed beside it.
        compiled.stream().filter(p -> !(p.message().startsWith("Parser returned a null Package")
                && compiled.stream().anyMatch(o -> o.file().equals(p.file()) && o.line() > 0))).forEach(problems::add);
        if (!problems.isEmpty()) {
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

    private static Map<String, RuleInfo> catalogue(RuleSource source, KieBase kieBase) {
        Map<String, String[]> located = new HashMap<>();
        for (Map.Entry<String, byte[]> file : source.files().entrySet()) {
            if (!file.getKey().endsWith(".drl")) {
                continue;
            }
            String text = new String(file.getValue(), StandardCharsets.UTF_8);
            Matcher m = RULE_LINE.matcher(text);
            while (m.find()) {
                int line = 1 + (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count();
                located.put(m.group(1), new String[] {file.getKey(), Integer.toString(line)});
            }
        }
        Map<String, RuleInfo> rules = new HashMap<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                String[] where = located.getOrDefault(rule.getName(), new String[] {"?", "0"});
                Map<String, Object> meta = rule.getMetaData();
                rules.put(rule.getName(), new RuleInfo(rule.getName(), where[0], Integer.parseInt(where[1]),
                        ((org.drools.base.definitions.rule.impl.RuleImpl) rule).getRuleFlowGroup(),
                        text(meta.get("code")), text(meta.get("reason")), text(meta.get("source"))));
            }
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
    public KieSession newSession() {
        return sessions.newKieSession();
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

    /** Every rule by name. */
    public Map<String, RuleInfo> rules() {
        return rules;
    }

    public RuleInfo rule(String name) {
        return rules.get(name);
    }
}
