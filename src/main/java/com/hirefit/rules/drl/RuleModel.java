package com.hirefit.rules.drl;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;
import org.drools.drl.parser.ParserError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.builder.conf.LanguageLevelOption;

/**
 * The DRL files of a rules folder as Drools' own parser reads them: each file's text and descriptors, and every
 * rule (and query) in any layout with where it starts, its metadata and its group. Lint, the catalogue and
 * traces all work from this one model. It parses with the language level the build will use ({@link #LANGUAGE_LEVEL}),
 * so what the lint saw is what gets compiled.
 */
public final class RuleModel {
    /** All DRL files are compiled into this one package, so rule names are unique across files. */
    public static final String PACKAGE = "hirefit";

    /** The DRL dialect the build parses with: its default configuration's, read the way the build reads it. */
    static final LanguageLevelOption LANGUAGE_LEVEL = KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration()
            .getOption(LanguageLevelOption.KEY);

    /** One DRL file: its text, its parsed descriptors (null when it does not parse) and where its lines start. */
    public record DrlFile(String name, String text, PackageDescr descr, int[] lineStarts) {

        /** The 1-based line and column of an offset in the text. */
        int[] position(int offset) {
            int line = java.util.Arrays.binarySearch(lineStarts, offset);
            line = line >= 0 ? line : -line - 2;
            return new int[] {line + 1, offset - lineStarts[line] + 1};
        }

        /** The offset of a 1-based line and 0-based column, as descriptors give them; -1 when unknown. */
        int offset(int line, int column) {
            return line < 1 || line > lineStarts.length || column < 0 ? -1 : lineStarts[line - 1] + column;
        }
    }

    private final String origin;
    private final Map<String, DrlFile> files;
    private final List<DrlRule> rules;
    private final Map<String, DrlRule> byName = new HashMap<>();
    private final List<CodePiece> pieces;
    private final List<RuleProblem> problems;

    private RuleModel(String origin, Map<String, DrlFile> files, List<DrlRule> rules, List<CodePiece> pieces,
                      List<RuleProblem> problems) {
        this.origin = origin;
        this.files = Collections.unmodifiableMap(files);
        this.rules = List.copyOf(rules);
        this.pieces = List.copyOf(pieces);
        this.problems = List.copyOf(problems);
        rules.forEach(rule -> byName.putIfAbsent(rule.name(), rule));
    }

    /**
     * Parses every .drl file of a rules folder (files by name; {@code origin} says where they came from); syntax errors
     * and unicode escapes become problems.
     */
    public static RuleModel parse(String origin, Map<String, byte[]> sourceFiles) {
        Map<String, DrlFile> files = new LinkedHashMap<>();
        List<DrlRule> rules = new ArrayList<>();
        List<CodePiece> pieces = new ArrayList<>();
        List<RuleProblem> problems = new ArrayList<>();
        sourceFiles.forEach((name, bytes) -> {
            if (!name.endsWith(".drl")) {
                return;
            }
            String text = new String(bytes, StandardCharsets.UTF_8);
            DrlFile file = new DrlFile(name, text, parse(name, text, problems), lineStarts(text));
            files.put(name, file);
            unicodeEscapes(file, problems);
            if (file.descr() != null) {
                List<DrlRule> inFile = file.descr().getRules().stream().map(rule -> DrlRule.of(file, rule)).toList();
                rules.addAll(inFile);
                pieces.addAll(DrlPieces.of(file, inFile));
            }
        });
        return new RuleModel(origin, files, rules, pieces, problems);
    }

    private static PackageDescr parse(String name, String text, List<RuleProblem> problems) {
        DrlParser parser = new DrlParser(LANGUAGE_LEVEL);
        PackageDescr descr;
        try {
            descr = parser.parse(false, text);
        } catch (DroolsParserException e) {
            problems.add(new RuleProblem(name, Math.max(e.getLineNumber(), 0), Math.max(e.getColumn(), 0), e.getMessage()));
            return null;
        }
        for (DroolsError error : parser.getErrors()) {
            int[] lines = error.getLines();
            int line = lines != null && lines.length > 0 ? Math.max(lines[0], 0) : 0;
            int column = error instanceof ParserError parserError ? Math.max(parserError.getCol(), 0) : 0;
            problems.add(new RuleProblem(name, line, column, error.getMessage().strip().replaceAll("\\s*\\n\\s*", " ")));
        }
        return parser.hasErrors() ? null : descr;
    }

    /**
     * Java reads a backslash-u escape anywhere in source, comments and strings included, before anything else:
     * one can close a string or a comment the lint has seen as open. Rule files write characters as they are.
     */
    private static void unicodeEscapes(DrlFile file, List<RuleProblem> problems) {
        int at = file.text().indexOf("\\u");
        while (at >= 0) {
            int[] position = file.position(at);
            problems.add(new RuleProblem(file.name(), position[0], position[1],
                    "a unicode escape (\\u...) is not allowed in a rule file: write the character itself"));
            at = file.text().indexOf("\\u", at + 2);
        }
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    public List<DrlRule> rules() {
        return rules;
    }

    public Map<String, DrlFile> files() {
        return files;
    }

    /** Every name and piece of code the build would read, file by file in the order written. */
    List<CodePiece> pieces() {
        return pieces;
    }

    /** The rule (or query) with this name; the first one when the name is written twice. */
    public DrlRule rule(String name) {
        return byName.get(name);
    }

    /** A problem at an offset inside a piece's text, located in its file (at the piece's nearest known place otherwise). */
    RuleProblem problem(CodePiece piece, int at, String message, RuleProblem.Severity severity) {
        int line = piece.line();
        int column = piece.column();
        if (piece.offset() >= 0) {
            int[] position = files.get(piece.file()).position(piece.offset() + at);
            line = position[0];
            column = position[1];
        }
        return new RuleProblem(piece.file(), line, column, piece.owner() == null ? message : piece.owner() + ": " + message, severity);
    }

    /** Where the files came from (a folder, or the copy bundled in the jar). */
    public String origin() {
        return origin;
    }

    /** Syntax errors and unicode escapes: a model with any is never compiled. */
    public List<RuleProblem> problems() {
        return problems;
    }

    /** The metadata of a rule as written: a string literal's value, otherwise the raw text (which lint refuses). */
    static Map<String, String> metadata(RuleDescr rule) {
        Map<String, String> metadata = new LinkedHashMap<>();
        for (AnnotationDescr annotation : rule.getAnnotations()) {
            Object value = annotation.getValue();
            String text = value instanceof String s ? s.strip() : String.valueOf(value);
            metadata.put(annotation.getName(), text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")
                    ? DrlTokens.unquote(text) : text);
        }
        return metadata;
    }

    /** A rule's ruleflow group (or agenda group, which Drools treats as the same), null when it has none. */
    static String group(RuleDescr rule) {
        AttributeDescr group = rule.getAttributes().getOrDefault("ruleflow-group", rule.getAttributes().get("agenda-group"));
        return group == null ? null : group.getValue();
    }
}
