package com.hirefit.rules.drl;

import com.hirefit.rules.drl.CodePiece.Kind;
import com.hirefit.rules.drl.DrlTokens.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The lint that decides what code a rule file may carry, run on the parser's descriptors before anything is
 * compiled (the build evaluates metadata and some attributes, so compiling is already running the file). It is
 * an allowlist: every name in every piece of code must resolve to something {@link RuleAllowlist} allows (a
 * bound variable, a fact type and its fields, a listed Java member, the rules' own functions, {@code insert});
 * anything else is refused with its file, line and column. Imports, globals, declared types, attributes and
 * metadata are held to the same list.
 */
public final class CodeLint {
    private static final Set<String> PRIMITIVES = Set.of("int", "long", "double", "float", "boolean", "short", "byte", "char");
    private static final Set<String> ACCUMULATE_FUNCTIONS = Set.of("count", "sum", "average", "min", "max", "collectList", "collectSet");
    private static final Set<String> FLAG_ATTRIBUTES = Set.of("no-loop", "lock-on-active", "auto-focus");
    private static final Set<String> NAME_ATTRIBUTES = Set.of("ruleflow-group", "agenda-group", "activation-group");
    private static final Set<String> EXPRESSION_ATTRIBUTES = Set.of("salience", "enabled");
    /** The words of DRL itself: keywords and attribute names, never code. */
    private static final Set<String> DRL_WORDS = Set.of("package", "import", "function", "static", "global", "declare", "end", "rule",
            "query", "when", "then", "do", "break", "if", "else", "and", "or", "not", "exists", "forall", "from", "collect",
            "accumulate", "init", "action", "reverse", "result", "eval", "entry", "point", "extends", "salience", "enabled", "no",
            "loop", "lock", "on", "active", "auto", "focus", "ruleflow", "agenda", "activation", "group", "dialect", "date",
            "effective", "expires", "duration", "timer", "calendars");

    private final RuleAllowlist allow = RuleAllowlist.DEFAULT;
    private final List<RuleProblem> problems = new ArrayList<>();
    private final RuleModel model;
    private final Set<String> functions = new HashSet<>();
    private final Set<String> importedFields = new HashSet<>();
    private final Set<String> declared = new HashSet<>();
    private final Set<String> declaredFields = new HashSet<>();
    private final Set<String> queries = new HashSet<>();
    private final Map<Integer, Set<String>> variables = new HashMap<>();
    private final Map<String, Map<String, Class<?>>> imports = new HashMap<>();
    private final CodeNames names = new CodeNames(this);

    private CodeLint(RuleModel model) {
        this.model = model;
        model.rules().stream().filter(DrlRule::query).forEach(query -> queries.add(query.name()));
    }

    /** Every problem with the code in the model's files; empty when the build may read them. */
    public static List<RuleProblem> check(RuleModel model) {
        CodeLint lint = new CodeLint(model);
        model.pieces().forEach(lint::declare);
        model.pieces().forEach(lint::check);
        model.files().values().stream().filter(file -> file.descr() != null).forEach(lint::coverage);
        return lint.problems.stream().distinct().toList();
    }

    /**
     * A safety net under the walk over the descriptors: every name written in a file must lie inside a piece the
     * lint checked, or be a word of DRL itself (a keyword, an attribute, an annotation's or a rule's own name). A
     * name outside both is code the walk did not see, and is refused rather than trusted.
     */
    private void coverage(RuleModel.DrlFile file) {
        TreeMap<Integer, Integer> covered = new TreeMap<>();
        model.pieces().stream().filter(piece -> piece.file().equals(file.name()) && piece.offset() >= 0)
                .map(piece -> new int[] {piece.offset(), piece.offset() + piece.text().length()})
                .sorted(Comparator.comparingInt(range -> range[0])).forEach(range -> {
                    var last = covered.lastEntry();
                    if (last != null && range[0] <= last.getValue()) {
                        covered.put(last.getKey(), Math.max(last.getValue(), range[1]));
                    } else {
                        covered.put(range[0], range[1]);
                    }
                });
        List<Token> tokens = DrlTokens.of(file.text()).tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            Token prev = i > 0 ? tokens.get(i - 1) : null;
            Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
            if (token.kind() != DrlTokens.Kind.IDENT || DRL_WORDS.contains(token.text())
                    || (prev != null && (prev.is("@") || prev.is("rule") || prev.is("query")))
                    || (prev != null && prev.is("[") && next != null && next.is("]")) || inside(covered, token.start())) {
                continue;
            }
            int[] position = file.position(token.start());
            problems.add(new RuleProblem(file.name(), position[0], position[1],
                    "\"" + token.text() + "\" is in a construct the check cannot read: rules may not use it"));
        }
    }

    /** Whether an offset lies in one of the ranges (disjoint, start to end). */
    private static boolean inside(TreeMap<Integer, Integer> ranges, int offset) {
        var range = ranges.floorEntry(offset);
        return range != null && offset < range.getValue();
    }

    /** First pass: the names the files declare, so that a use before the declaration resolves. */
    private void declare(CodePiece piece) {
        switch (piece.kind()) {
            case FUNCTION -> functions.add(piece.text());
            case DECLARED_TYPE -> declared.add(piece.text());
            case FIELD -> declaredFields.add(piece.text());
            case BINDING -> variables.computeIfAbsent(piece.scope(), s -> new HashSet<>()).add(piece.text());
            case IMPORT -> {
                Class<?> type = allow.byQualifiedName(piece.text());
                if (type != null) {
                    imports.computeIfAbsent(piece.file(), f -> new HashMap<>()).put(type.getSimpleName(), type);
                }
            }
            case FUNCTION_IMPORT -> {
                int dot = piece.text().lastIndexOf('.');
                Class<?> type = dot < 0 ? null : allow.byQualifiedName(piece.text().substring(0, dot));
                String member = piece.text().substring(dot + 1);
                if (type != null) {
                    (member.equals("*") ? allow.staticMembers(type) : Set.of(member)).stream()
                            .filter(name -> allow.isStaticMember(type, name)).forEach(name -> {
                                functions.add(name);
                                importedFields.add(name);
                            });
                }
            }
            case CONSEQUENCE, JAVA_BLOCK -> locals(piece);
            default -> {
            }
        }
    }

    /** Local variables a Java block declares ({@code Type name =}, {@code ;}, {@code ,}, {@code :} or {@code )}). */
    private void locals(CodePiece piece) {
        List<Token> tokens = DrlTokens.of(piece.text()).tokens();
        for (int i = 1; i + 1 < tokens.size(); i++) {
            Token before = tokens.get(i - 1);
            Token next = tokens.get(i + 1);
            if (tokens.get(i).kind() == DrlTokens.Kind.IDENT && (before.kind() == DrlTokens.Kind.IDENT || before.is(">") || before.is("]"))
                    && !CodeNames.KEYWORDS.contains(tokens.get(i).text()) && (next.is("=") || next.is(";") || next.is(",") || next.is(":") || next.is(")"))) {
                variables.computeIfAbsent(piece.scope(), s -> new HashSet<>()).add(tokens.get(i).text());
                variableName(piece, tokens.get(i).start(), tokens.get(i).text());
            }
        }
    }

    private void check(CodePiece piece) {
        switch (piece.kind()) {
            case PACKAGE -> {
                if (!piece.text().equals(RuleModel.PACKAGE)) {
                    report(piece, 0, "the package must be " + RuleModel.PACKAGE + ": every rule file is compiled into that one package");
                }
            }
            case IMPORT -> importTarget(piece);
            case FUNCTION_IMPORT -> functionImport(piece);
            case REFUSED -> report(piece, 0, refusedConstruct(piece.detail()));
            case ATTRIBUTE -> attribute(piece);
            case METADATA -> metadata(piece);
            case TYPE -> type(piece);
            case BINDING -> variableName(piece, 0, piece.text());
            case FUNCTION -> ownName(piece, "function", Character.toUpperCase(piece.text().charAt(0)) + piece.text().substring(1));
            case DECLARED_TYPE -> ownName(piece, "declared type", piece.text());
            case FIELD -> variableName(piece, 0, piece.text());
            case ACCUMULATE_FUNCTION -> {
                if (!ACCUMULATE_FUNCTIONS.contains(piece.text())) {
                    report(piece, 0, "accumulate function \"" + piece.text() + "\" is not allowed: use one of " + String.join(", ",
                            ACCUMULATE_FUNCTIONS.stream().sorted().toList()));
                }
            }
            case CONSTRAINT, EXPRESSION, CONSEQUENCE, JAVA_BLOCK -> names.check(piece);
        }
    }

    private void importTarget(CodePiece piece) {
        String target = piece.text();
        boolean allowed = target.endsWith(".*") ? allow.isWildcardPackage(target.substring(0, target.length() - 2))
                : allow.byQualifiedName(target) != null;
        if (!allowed) {
            report(piece, 0, "import of \"" + target + "\" is not allowed: " + CodeNames.because(target));
        }
    }

    private void functionImport(CodePiece piece) {
        int dot = piece.text().lastIndexOf('.');
        Class<?> type = dot < 0 ? null : allow.byQualifiedName(piece.text().substring(0, dot));
        String member = piece.text().substring(dot + 1);
        if (type == null || !(member.equals("*") || allow.isStaticMember(type, member))) {
            report(piece, 0, "import of \"" + piece.text() + "\" is not allowed: " + CodeNames.because(piece.text()));
        }
    }

    private void attribute(CodePiece piece) {
        String name = piece.detail();
        String value = piece.text().strip();
        if (EXPRESSION_ATTRIBUTES.contains(name)) {
            names.check(piece);
        } else if (FLAG_ATTRIBUTES.contains(name)) {
            if (!value.equals("true") && !value.equals("false")) {
                report(piece, 0, name + " must be true or false");
            }
        } else if (name.equals("dialect")) {
            if (!value.equals("java")) {
                report(piece, 0, "dialect \"" + value + "\" is not allowed: actions are written in Java");
            }
        } else if (!NAME_ATTRIBUTES.contains(name)) {
            report(piece, 0, "the attribute " + name + " is not allowed: rules may use salience, enabled, no-loop, lock-on-active,"
                    + " auto-focus, ruleflow-group, agenda-group, activation-group and dialect \"java\"");
        }
    }

    /** Metadata values are evaluated when the rules are built: only a plain string, number or true/false. */
    private void metadata(CodePiece piece) {
        DrlTokens lexed = DrlTokens.of(piece.text());
        List<Token> tokens = lexed.tokens();
        boolean plain = lexed.problems().isEmpty() && ((tokens.size() == 1 && (tokens.get(0).text().startsWith("\"")
                || tokens.get(0).kind() == DrlTokens.Kind.NUMBER || tokens.get(0).is("true") || tokens.get(0).is("false")))
                || (tokens.size() == 2 && tokens.get(0).is("-") && tokens.get(1).kind() == DrlTokens.Kind.NUMBER));
        if (!plain) {
            report(piece, 0, "@" + piece.detail() + " must be a plain string, number or true/false: metadata is evaluated when the rules are built");
        }
    }

    /** A type name: a fact, declared, listed Java or primitive type (a pattern may also name a query), with generics. */
    private void type(CodePiece piece) {
        List<Token> tokens = DrlTokens.of(piece.text()).tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.kind() != DrlTokens.Kind.IDENT) {
                if (!(token.is("<") || token.is(">") || token.is(",") || token.is("[") || token.is("]") || token.is("?") || token.is("."))) {
                    report(piece, token.start(), "\"" + piece.text() + "\" is not a type name");
                }
                continue;
            }
            StringBuilder name = new StringBuilder(token.text());
            while (i + 2 < tokens.size() && tokens.get(i + 1).is(".") && tokens.get(i + 2).kind() == DrlTokens.Kind.IDENT) {
                i += 2;
                name.append('.').append(tokens.get(i).text());
            }
            String type = name.toString();
            boolean known = PRIMITIVES.contains(type) || (type.equals("void") && "return type".equals(piece.detail()))
                    || declared.contains(type) || simpleType(piece.file(), type) != null || allow.byQualifiedName(type) != null
                    || ("pattern".equals(piece.detail()) && queries.contains(type));
            if (!known) {
                report(piece, token.start(), "the type \"" + type + "\" is not allowed: " + CodeNames.because(type));
            }
        }
    }

    Class<?> simpleType(String file, String name) {
        Class<?> imported = imports.getOrDefault(file, Map.of()).get(name);
        return imported != null ? imported : allow.bySimpleName(name);
    }

    /** A variable, binding or field: lower case or {@code $} first, so it cannot stand for a class or the engine. */
    private void variableName(CodePiece piece, int at, String name) {
        boolean ok = !name.isEmpty() && (name.charAt(0) == '$' || Character.isLowerCase(name.charAt(0)))
                && name.chars().allMatch(c -> DrlTokens.isIdentifierPart((char) c)) && !CodeNames.KEYWORDS.contains(name) && !CodeNames.ENGINE.contains(name);
        if (!ok) {
            report(piece, at, "\"" + name + "\" cannot name a variable: start it with a lower-case letter or $, and do not use a Java"
                    + " keyword or drools, kcontext or insert");
        }
    }

    /** A function or declared type must not take the name of a class rules use (a function compiles to a class of its name). */
    private void ownName(CodePiece piece, String what, String className) {
        if (allow.bySimpleName(className) != null || CodeNames.ENGINE.contains(piece.text()) || CodeNames.KEYWORDS.contains(piece.text())
                || (what.equals("function") && declared.contains(className))) {
            report(piece, 0, "the " + what + " \"" + piece.text() + "\" takes a name rules already use");
        }
    }

    private static String refusedConstruct(String what) {
        if (what.startsWith("global ")) {
            return "a global (" + what + ") is not allowed: rules see only the facts inserted for them";
        }
        if (what.equals("import accumulate")) {
            return "custom accumulate functions (import accumulate) are not allowed";
        }
        return what + " is not allowed in rule files";
    }

    RuleAllowlist allow() {
        return allow;
    }

    boolean isVariable(CodePiece piece, String name) {
        return variables.getOrDefault(piece.scope(), Set.of()).contains(name);
    }

    boolean isDeclaredType(String name) {
        return declared.contains(name);
    }

    boolean isDeclaredField(String name) {
        return declaredFields.contains(name);
    }

    boolean isFunction(String name) {
        return functions.contains(name);
    }

    boolean isImportedField(String name) {
        return importedFields.contains(name);
    }

    void report(CodePiece piece, int at, String message) {
        problems.add(model.problem(piece, at, message, RuleProblem.Severity.ERROR));
    }
}
