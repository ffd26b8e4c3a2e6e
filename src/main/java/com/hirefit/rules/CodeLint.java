package com.hirefit.rules;

import com.hirefit.rules.CodePiece.Kind;
import com.hirefit.rules.DrlTokens.Token;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The lint that decides what code a rule file may carry, run on the parser's descriptors before anything is
 * compiled (the build evaluates metadata and some attributes, so compiling is already running the file). It is
 * an allowlist: every name in every piece of code must resolve to something {@link RuleAllowlist} allows (a
 * bound variable, a fact type and its fields, a listed Java member, the rules' own functions, {@code insert});
 * anything else is refused with its file, line and column. Imports, globals, declared types, attributes and
 * metadata are held to the same list.
 */
final class CodeLint {
    private static final Set<String> KEYWORDS = Set.of("true", "false", "null", "new", "instanceof", "if", "else", "return", "final",
            "int", "long", "double", "float", "boolean", "short", "byte", "char", "in", "not", "contains", "excludes", "memberOf",
            "matches");
    private static final Set<String> PRIMITIVES = Set.of("int", "long", "double", "float", "boolean", "short", "byte", "char");
    private static final Set<String> ACCUMULATE_FUNCTIONS = Set.of("count", "sum", "average", "min", "max", "collectList", "collectSet");
    private static final Set<String> FLAG_ATTRIBUTES = Set.of("no-loop", "lock-on-active", "auto-focus");
    private static final Set<String> NAME_ATTRIBUTES = Set.of("ruleflow-group", "agenda-group", "activation-group");
    private static final Set<String> EXPRESSION_ATTRIBUTES = Set.of("salience", "enabled");
    private static final Set<String> ENGINE = Set.of("drools", "kcontext", "insert");
    /** The words of DRL itself: keywords and attribute names, never code. */
    private static final Set<String> DRL_WORDS = Set.of("package", "import", "function", "static", "global", "declare", "end", "rule",
            "query", "when", "then", "do", "break", "if", "else", "and", "or", "not", "exists", "forall", "from", "collect",
            "accumulate", "init", "action", "reverse", "result", "eval", "entry", "point", "extends", "salience", "enabled", "no",
            "loop", "lock", "on", "active", "auto", "focus", "ruleflow", "agenda", "activation", "group", "dialect", "date",
            "effective", "expires", "duration", "timer", "calendars");
    static final String ALLOWED = "rule code may use only the fact types and their fields, Conclusion, Evidence.derived, insert,"
            + " the rules' own functions, java.lang value types and java.util collections";

    private enum State { NONE, VALUE, TYPE, DECLARED, PACKAGE, BAD }

    /** What the tokens so far evaluate to: a value, a type, a package prefix... and whether a project factory is being called. */
    private record Chain(State state, Class<?> type, String name, boolean factory) {
        static final Chain NONE = new Chain(State.NONE, null, null, false);
        static final Chain VALUE = new Chain(State.VALUE, null, null, false);
        static final Chain BAD = new Chain(State.BAD, null, null, false);
    }

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

    private CodeLint(RuleModel model) {
        this.model = model;
        model.rules().stream().filter(DrlRule::query).forEach(query -> queries.add(query.name()));
    }

    /** Every problem with the code in the model's files; empty when the build may read them. */
    static List<RuleProblem> check(RuleModel model) {
        CodeLint lint = new CodeLint(model);
        model.pieces().forEach(lint::declare);
        model.pieces().forEach(lint::check);
        model.files().values().forEach(lint::coverage);
        return lint.problems.stream().distinct().toList();
    }

    /**
     * A safety net under the walk over the descriptors: every name written in a file must lie inside a piece the
     * lint checked, or be a word of DRL itself (a keyword, an attribute, an annotation's or a rule's own name). A
     * name outside both is code the walk did not see, and is refused rather than trusted.
     */
    private void coverage(RuleModel.DrlFile file) {
        List<int[]> covered = model.pieces().stream().filter(piece -> piece.file().equals(file.name()) && piece.offset() >= 0)
                .map(piece -> new int[] {piece.offset(), piece.offset() + piece.text().length()}).toList();
        List<Token> tokens = DrlTokens.of(file.text()).tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            Token prev = i > 0 ? tokens.get(i - 1) : null;
            Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
            if (token.kind() != DrlTokens.Kind.IDENT || DRL_WORDS.contains(token.text())
                    || (prev != null && (prev.is("@") || prev.is("rule") || prev.is("query")))
                    || (prev != null && prev.is("[") && next != null && next.is("]"))
                    || covered.stream().anyMatch(range -> token.start() >= range[0] && token.start() < range[1])) {
                continue;
            }
            int[] position = file.position(token.start());
            problems.add(new RuleProblem(file.name(), position[0], position[1],
                    "\"" + token.text() + "\" is in a construct the check cannot read: rules may not use it"));
        }
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
                    && !KEYWORDS.contains(tokens.get(i).text()) && (next.is("=") || next.is(";") || next.is(",") || next.is(":") || next.is(")"))) {
                variables.computeIfAbsent(piece.scope(), s -> new HashSet<>()).add(tokens.get(i).text());
                variableName(piece, tokens.get(i).start(), tokens.get(i).text());
            }
        }
    }

    private void check(CodePiece piece) {
        switch (piece.kind()) {
            case PACKAGE -> {
                if (!piece.text().equals(RuleBase.PACKAGE)) {
                    report(piece, 0, "the package must be " + RuleBase.PACKAGE + ": every rule file is compiled into that one package");
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
            case CONSTRAINT, EXPRESSION, CONSEQUENCE, JAVA_BLOCK -> code(piece);
        }
    }

    private void importTarget(CodePiece piece) {
        String target = piece.text();
        boolean allowed = target.endsWith(".*") ? allow.isWildcardPackage(target.substring(0, target.length() - 2))
                : allow.byQualifiedName(target) != null;
        if (!allowed) {
            report(piece, 0, "import of \"" + target + "\" is not allowed: " + because(target));
        }
    }

    private void functionImport(CodePiece piece) {
        int dot = piece.text().lastIndexOf('.');
        Class<?> type = dot < 0 ? null : allow.byQualifiedName(piece.text().substring(0, dot));
        String member = piece.text().substring(dot + 1);
        if (type == null || !(member.equals("*") || allow.isStaticMember(type, member))) {
            report(piece, 0, "import of \"" + piece.text() + "\" is not allowed: " + because(piece.text()));
        }
    }

    private void attribute(CodePiece piece) {
        String name = piece.detail();
        String value = piece.text().strip();
        if (EXPRESSION_ATTRIBUTES.contains(name)) {
            code(piece);
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
                report(piece, token.start(), "the type \"" + type + "\" is not allowed: " + because(type));
            }
        }
    }

    private Class<?> simpleType(String file, String name) {
        Class<?> imported = imports.getOrDefault(file, Map.of()).get(name);
        return imported != null ? imported : allow.bySimpleName(name);
    }

    /** A variable, binding or field: lower case or {@code $} first, so it cannot stand for a class or the engine. */
    private void variableName(CodePiece piece, int at, String name) {
        boolean ok = !name.isEmpty() && (name.charAt(0) == '$' || Character.isLowerCase(name.charAt(0)))
                && name.chars().allMatch(c -> DrlTokens.isIdentifierPart((char) c)) && !KEYWORDS.contains(name) && !ENGINE.contains(name);
        if (!ok) {
            report(piece, at, "\"" + name + "\" cannot name a variable: start it with a lower-case letter or $, and do not use a Java"
                    + " keyword or drools, kcontext or insert");
        }
    }

    /** A function or declared type must not take the name of a class rules use (a function compiles to a class of its name). */
    private void ownName(CodePiece piece, String what, String className) {
        if (allow.bySimpleName(className) != null || ENGINE.contains(piece.text()) || KEYWORDS.contains(piece.text())
                || (what.equals("function") && declared.contains(className))) {
            report(piece, 0, "the " + what + " \"" + piece.text() + "\" takes a name rules already use");
        }
    }

    // ------------------------------------------------------------------------------------------------ code

    private void code(CodePiece piece) {
        DrlTokens lexed = DrlTokens.of(piece.text());
        lexed.problems().forEach(problem -> report(piece, problem.at(), problem.message()));
        List<Token> tokens = lexed.tokens();
        boolean constraint = piece.kind() == Kind.CONSTRAINT;
        Chain chain = Chain.NONE;
        Deque<boolean[]> calls = new ArrayDeque<>();
        boolean newPending = false;
        boolean closedNew = false;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            Token prev = i > 0 ? tokens.get(i - 1) : null;
            Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
            if (token.kind() == DrlTokens.Kind.IDENT) {
                boolean member = prev != null && (prev.is(".") || (prev.is("?") && i >= 2 && tokens.get(i - 2).is(".")));
                if (member) {
                    chain = member(piece, token, chain, next);
                } else {
                    newPending |= token.text().equals("new");
                    chain = head(piece, token, prev, next, calls);
                }
                continue;
            }
            if (token.kind() != DrlTokens.Kind.OP) {
                chain = Chain.VALUE;
                continue;
            }
            switch (token.text()) {
                case "." -> {
                    if (next == null || !(next.kind() == DrlTokens.Kind.IDENT || next.is("?"))) {
                        report(piece, token.start(), "\".\" must be followed by a name");
                        chain = Chain.BAD;
                    }
                }
                case "?" -> chain = prev != null && prev.is(".") ? chain : Chain.NONE;
                case "(" -> {
                    calls.push(new boolean[] {chain.factory(), newPending});
                    newPending = false;
                    chain = Chain.NONE;
                }
                case ")" -> {
                    closedNew = !calls.isEmpty() && calls.pop()[1];
                    chain = Chain.VALUE;
                }
                case "{" -> {
                    if (prev != null && prev.is(")") && closedNew) {
                        report(piece, token.start(), "anonymous classes are not allowed in rule code");
                    }
                    chain = Chain.NONE;
                }
                case "]" -> chain = Chain.VALUE;
                case "#" -> {
                    if (!constraint) {
                        report(piece, token.start(), "\"#\" is not allowed here");
                        chain = Chain.BAD;
                    } else {
                        i = cast(piece, tokens, i);
                        chain = Chain.VALUE;
                    }
                }
                case "::", "->" -> {
                    report(piece, token.start(), "method references and lambdas are not allowed in rule code");
                    chain = Chain.BAD;
                }
                case "@" -> {
                    report(piece, token.start(), "annotations are not allowed in rule code");
                    chain = Chain.BAD;
                }
                default -> {
                    if (token.is(";") || token.is("[")) {
                        newPending = false;
                    }
                    chain = Chain.NONE;
                }
            }
        }
    }

    /** A name that does not follow a dot: a keyword, a variable, a type, a function, a field of the pattern, a package. */
    private Chain head(CodePiece piece, Token token, Token prev, Token next, Deque<boolean[]> calls) {
        String name = token.text();
        boolean consequence = piece.kind() == Kind.CONSEQUENCE;
        boolean constraint = piece.kind() == Kind.CONSTRAINT;
        boolean call = next != null && next.is("(");
        if (name.equals("this") && constraint) {
            return Chain.VALUE;
        }
        if (KEYWORDS.contains(name)) {
            return name.equals("true") || name.equals("false") || name.equals("null") ? Chain.VALUE : Chain.NONE;
        }
        if (name.equals("drools") && consequence && prev != null && (prev.is("(") || prev.is(","))
                && next != null && (next.is(")") || next.is(",")) && !calls.isEmpty() && calls.peek()[0]) {
            return Chain.VALUE;
        }
        if (name.equals("insert") && consequence && call) {
            return Chain.VALUE;
        }
        if (ENGINE.contains(name)) {
            report(piece, token.start(), name.equals("insert") ? "insert is only for actions"
                    : "\"" + name + "\" may only be passed whole to Conclusion.* or RoleSignal.of: rules may not reach the engine's own context");
            return Chain.BAD;
        }
        if (name.startsWith("$") || variables.getOrDefault(piece.scope(), Set.of()).contains(name)) {
            return Chain.VALUE;
        }
        if (declared.contains(name)) {
            return new Chain(State.DECLARED, null, name, false);
        }
        Class<?> type = simpleType(piece.file(), name);
        if (type != null) {
            return new Chain(State.TYPE, type, name, false);
        }
        if ((call && functions.contains(name)) || importedFields.contains(name)
                || (constraint && (allow.isInstanceMember(name) || declaredFields.contains(name)))) {
            return Chain.VALUE;
        }
        if (next != null && next.is(".") && allow.isPackagePrefix(name)) {
            return new Chain(State.PACKAGE, null, name, false);
        }
        report(piece, token.start(), "\"" + name + "\" is not allowed in rule code: " + because(name));
        return Chain.BAD;
    }

    /** A name after a dot: a nested type or static member of a type, the next part of a package, a member of a value. */
    private Chain member(CodePiece piece, Token token, Chain on, Token next) {
        String name = token.text();
        switch (on.state()) {
            case TYPE -> {
                Class<?> nested = allow.nested(on.type(), name);
                if (nested != null) {
                    return new Chain(State.TYPE, nested, name, false);
                }
                if (allow.isStaticMember(on.type(), name)) {
                    return new Chain(State.VALUE, null, null, allow.isProjectType(on.type()) && next != null && next.is("("));
                }
                String full = on.type().getSimpleName() + "." + name;
                report(piece, token.start(), "\"" + full + "\" is not allowed in rule code: " + because(on.type().getName() + "." + name));
                return Chain.BAD;
            }
            case PACKAGE -> {
                String qualified = on.name() + "." + name;
                Class<?> type = allow.byQualifiedName(qualified);
                if (type != null) {
                    return new Chain(State.TYPE, type, qualified, false);
                }
                if (next != null && next.is(".") && allow.isPackagePrefix(qualified)) {
                    return new Chain(State.PACKAGE, null, qualified, false);
                }
                report(piece, token.start(), "\"" + qualified + "\" is not allowed in rule code: " + because(qualified));
                return Chain.BAD;
            }
            case VALUE -> {
                if (allow.isInstanceMember(name) || declaredFields.contains(name)) {
                    return Chain.VALUE;
                }
                report(piece, token.start(), "\"." + name + "\" is not allowed in rule code: " + because(name));
                return Chain.BAD;
            }
            case DECLARED -> {
                report(piece, token.start(), "\"" + on.name() + "." + name + "\": a declared type has no static members");
                return Chain.BAD;
            }
            case BAD -> {
                return Chain.BAD;
            }
            default -> {
                report(piece, token.start(), "\"." + name + "\" follows nothing a rule may use");
                return Chain.BAD;
            }
        }
    }

    /** An inline cast in a constraint ({@code this#Type.field}): the type must be one rules may use. Returns the last token read. */
    private int cast(CodePiece piece, List<Token> tokens, int hash) {
        int i = hash + 1;
        if (i >= tokens.size() || tokens.get(i).kind() != DrlTokens.Kind.IDENT) {
            report(piece, tokens.get(hash).start(), "\"#\" must be followed by a type");
            return hash;
        }
        String name = tokens.get(i).text();
        boolean known = declared.contains(name) || simpleType(piece.file(), name) != null;
        while (!known && i + 2 < tokens.size() && tokens.get(i + 1).is(".") && allow.isPackagePrefix(name)) {
            i += 2;
            name = name + "." + tokens.get(i).text();
            known = allow.byQualifiedName(name) != null;
        }
        if (!known) {
            report(piece, tokens.get(i).start(), "the type \"" + name + "\" is not allowed: " + because(name));
        }
        return i;
    }

    /** Why a name is refused, in plain words. */
    static String because(String name) {
        String last = name.substring(name.lastIndexOf('.') + 1);
        String reaches;
        if (name.matches("(java|javax)\\.(io|nio|net|sql)(\\..*)?") || Set.of("File", "Files", "Path", "Paths", "FileWriter", "FileReader",
                "FileInputStream", "FileOutputStream", "RandomAccessFile", "PrintStream", "PrintWriter", "Socket", "ServerSocket", "URL",
                "URI", "HttpClient", "InetAddress", "DatagramSocket", "Scanner", "writeString", "readString", "write").contains(last)) {
            reaches = "files or the network";
        } else if (name.matches("java\\.lang\\.(reflect|invoke)(\\..*)?") || Set.of("Class", "ClassLoader", "Method", "Field",
                "Constructor", "MethodHandles", "MethodHandle", "Proxy", "ServiceLoader", "Unsafe", "Module", "ModuleLayer", "getClass",
                "getDeclaringClass", "getClassLoader", "forName", "newInstance", "invoke", "class").contains(last)) {
            reaches = "reflection or class loading";
        } else if (name.matches("java\\.util\\.concurrent(\\..*)?") || Set.of("Thread", "ThreadGroup", "ThreadLocal", "Executors",
                "ExecutorService", "CompletableFuture", "ForkJoinPool", "Timer", "TimerTask").contains(last)) {
            reaches = "threads";
        } else if (Set.of("System", "Runtime", "ProcessBuilder", "Process", "ProcessHandle", "SecurityManager", "StackWalker", "exit",
                "halt", "exec", "getenv", "getRuntime", "getProperty", "getProperties", "setProperty").contains(last)) {
            reaches = "the process, its environment or the machine";
        } else if (Set.of("getKieRuntime", "getKnowledgeRuntime", "getWorkingMemory", "getKieBase", "kcontext", "drools").contains(last)) {
            reaches = "the engine's own context";
        } else {
            return ALLOWED;
        }
        return "rules may not reach " + reaches;
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

    private void report(CodePiece piece, int at, String message) {
        problems.add(model.problem(piece, at, message, RuleProblem.Severity.ERROR));
    }
}
