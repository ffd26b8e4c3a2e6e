package com.hirefit.rules;

import com.hirefit.rules.drl.RuleProblem;
import com.hirefit.vocabulary.Role;
import com.hirefit.vocabulary.Seniority;
import com.hirefit.vocabulary.Verdict;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.dataformat.yaml.YAMLFactory;

/**
 * The public codes from vocabulary.yaml, by kind, in the order results list them. Results sort codes by this order,
 * so the same assessment always lists its codes the same way. The roles, seniority levels and verdicts are also Java
 * enums (the rules match on them): the file must name exactly their constants, or it does not read, with the file
 * and line of each code that differs. That check runs on every compile of a rules folder, the bundled one in the
 * build's tests included, so neither list can drift from the other.
 */
public final class Vocabulary {
    /** The kinds of code that are enums too, each with its enum. */
    static final Map<String, Class<? extends Enum<?>>> ENUMS = Map.of("roles", Role.class, "seniority", Seniority.class,
            "verdicts", Verdict.class);
    private static final YAMLFactory YAML = new YAMLFactory();

    private final Map<String, List<String>> codesByKind;
    private final Map<String, Integer> position = new HashMap<>();

    private Vocabulary(Map<String, List<String>> codesByKind) {
        this.codesByKind = codesByKind;
        int i = 0;
        for (List<String> codes : codesByKind.values()) {
            for (String code : codes) {
                position.putIfAbsent(code, i++);
            }
        }
    }

    /** A code as written, and where. */
    private record Written(String code, int line, int column) {
    }

    static Vocabulary read(String file, byte[] yaml) throws RuleBaseException {
        Map<String, List<Written>> written = new LinkedHashMap<>();
        Map<String, Integer> kindLines = new HashMap<>();
        List<RuleProblem> problems = new ArrayList<>();
        try (JsonParser p = YAML.createParser(ObjectReadContext.empty(), yaml)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new RuleBaseException(new RuleProblem(file, 1, 1, "expected kinds of codes, each with a list"));
            }
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String kind = p.currentName();
                TokenStreamLocation at = p.currentTokenLocation();
                kindLines.put(kind, at.getLineNr());
                if (p.nextToken() != JsonToken.START_ARRAY) {
                    problems.add(YamlProblems.at(file, at, "'" + kind + "' needs a list of codes"));
                    p.skipChildren();
                    continue;
                }
                List<Written> codes = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    TokenStreamLocation codeAt = p.currentTokenLocation();
                    if (p.currentToken().isScalarValue()) {
                        codes.add(new Written(p.getString(), codeAt.getLineNr(), codeAt.getColumnNr()));
                    } else {
                        problems.add(YamlProblems.at(file, codeAt, "a code in '" + kind + "' must be one word"));
                        p.skipChildren();
                    }
                }
                written.put(kind, codes);
            }
        } catch (JacksonException e) {
            throw new RuleBaseException(YamlProblems.syntax(file, e));
        }
        ENUMS.forEach((kind, type) -> problems.addAll(againstEnum(file, kind, type, written.get(kind), kindLines.getOrDefault(kind, 1))));
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingInt(RuleProblem::line).thenComparingInt(RuleProblem::column));
            throw new RuleBaseException(problems);
        }
        Map<String, List<String>> codes = new LinkedHashMap<>();
        written.forEach((kind, list) -> codes.put(kind, list.stream().map(Written::code).toList()));
        return new Vocabulary(codes);
    }

    /** A kind that is an enum in Java lists exactly its constants: a code it lacks or one it does not know is an error. */
    private static List<RuleProblem> againstEnum(String file, String kind, Class<? extends Enum<?>> type, List<Written> codes, int line) {
        List<String> constants = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
        String known = kind + " are " + String.join(", ", constants) + " (" + type.getName() + ")";
        if (codes == null) {
            return List.of(new RuleProblem(file, line, 1, "needs '" + kind + "': " + known));
        }
        List<RuleProblem> problems = new ArrayList<>();
        Set<String> listed = new HashSet<>();
        for (Written code : codes) {
            listed.add(code.code());
            if (!constants.contains(code.code())) {
                problems.add(new RuleProblem(file, code.line(), code.column(), "'" + kind + "' lists " + code.code()
                        + ", which HireFit does not know: " + known));
            }
        }
        constants.stream().filter(constant -> !listed.contains(constant)).forEach(constant -> problems.add(
                new RuleProblem(file, line, 1, "'" + kind + "' lacks " + constant + ": " + known)));
        return problems;
    }

    /** Where a code sorts; codes missing from the vocabulary sort last. */
    public int order(String code) {
        return position.getOrDefault(code, Integer.MAX_VALUE);
    }

    public boolean contains(String code) {
        return position.containsKey(code);
    }

    public Set<String> kinds() {
        return codesByKind.keySet();
    }

    public List<String> codes(String kind) {
        return codesByKind.getOrDefault(kind, List.of());
    }
}
