package com.hirefit.rules.drl;

import com.hirefit.rules.drl.CodePiece.Kind;
import com.hirefit.rules.drl.DrlTokens.Token;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * Reads one piece of rule code token by token and resolves every name the way Java and MVEL would: a keyword, a
 * variable the rule bound, a type and its nested types and static members, a package on the way to an allowed
 * class, a member of a value, a function the rules declare, a field of the pattern's fact. A name that resolves
 * to nothing {@link RuleAllowlist} allows is refused where it is written. A value's members are checked against
 * the members of every allowed type, so a name reaches nothing outside the list whatever the value is.
 */
final class CodeNames {
    static final Set<String> KEYWORDS = Set.of("true", "false", "null", "new", "instanceof", "if", "else", "return", "final",
            "int", "long", "double", "float", "boolean", "short", "byte", "char", "in", "not", "contains", "excludes", "memberOf",
            "matches");
    static final Set<String> ENGINE = Set.of("drools", "kcontext", "insert");
    static final String ALLOWED = "rule code may use only the fact types and their fields, Conclusion, Evidence.derived, insert,"
            + " the rules' own functions, java.lang value types and java.util collections";

    private enum State { NONE, VALUE, TYPE, DECLARED, PACKAGE, BAD }

    /**
     * What the tokens so far evaluate to: a value, a type, a package prefix... whether a project factory is being
     * called, and where a qualified name started (problems with it are reported there).
     */
    private record Chain(State state, Class<?> type, String name, boolean factory, int start) {
        static final Chain NONE = new Chain(State.NONE, null, null, false, 0);
        static final Chain VALUE = new Chain(State.VALUE, null, null, false, 0);
        static final Chain BAD = new Chain(State.BAD, null, null, false, 0);
    }

    private final CodeLint lint;

    CodeNames(CodeLint lint) {
        this.lint = lint;
    }

    /** Checks every name in one piece of code (a constraint, an expression, an action, a Java block, an attribute value). */
    void check(CodePiece piece) {
        DrlTokens lexed = DrlTokens.of(piece.text());
        lexed.problems().forEach(problem -> lint.report(piece, problem.at(), problem.message()));
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
                        lint.report(piece, token.start(), "\".\" must be followed by a name");
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
                        lint.report(piece, token.start(), "anonymous classes are not allowed in rule code");
                    }
                    chain = Chain.NONE;
                }
                case "]" -> chain = Chain.VALUE;
                case "#" -> {
                    if (!constraint) {
                        lint.report(piece, token.start(), "\"#\" is not allowed here");
                        chain = Chain.BAD;
                    } else {
                        i = cast(piece, tokens, i);
                        chain = Chain.VALUE;
                    }
                }
                case "::", "->" -> {
                    lint.report(piece, token.start(), "method references and lambdas are not allowed in rule code");
                    chain = Chain.BAD;
                }
                case "@" -> {
                    lint.report(piece, token.start(), "annotations are not allowed in rule code");
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
        if (name.equals("instanceof") && (next == null || next.kind() != DrlTokens.Kind.IDENT)) {
            // MVEL would load a class named by a string: instanceof takes a type name, which is then checked
            lint.report(piece, token.start(), "instanceof must be followed by a type name");
            return Chain.BAD;
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
            lint.report(piece, token.start(), name.equals("insert") ? "insert is only for actions"
                    : "\"" + name + "\" may only be passed whole to Conclusion.* or RoleSignal.of: rules may not reach the engine's own context");
            return Chain.BAD;
        }
        if (name.startsWith("$") || lint.isVariable(piece, name)) {
            return Chain.VALUE;
        }
        if (lint.isDeclaredType(name)) {
            return new Chain(State.DECLARED, null, name, false, token.start());
        }
        Class<?> type = lint.simpleType(piece.file(), name);
        if (type != null) {
            return new Chain(State.TYPE, type, name, false, token.start());
        }
        if ((call && lint.isFunction(name)) || lint.isImportedField(name)
                || (constraint && (lint.allow().isInstanceMember(name) || lint.isDeclaredField(name)))) {
            return Chain.VALUE;
        }
        if (next != null && next.is(".") && lint.allow().isPackagePrefix(name)) {
            return new Chain(State.PACKAGE, null, name, false, token.start());
        }
        lint.report(piece, token.start(), "\"" + name + "\" is not allowed in rule code: " + because(name));
        return Chain.BAD;
    }

    /** A name after a dot: a nested type or static member of a type, the next part of a package, a member of a value. */
    private Chain member(CodePiece piece, Token token, Chain on, Token next) {
        String name = token.text();
        switch (on.state()) {
            case TYPE -> {
                Class<?> nested = lint.allow().nested(on.type(), name);
                if (nested != null) {
                    return new Chain(State.TYPE, nested, name, false, on.start());
                }
                if (lint.allow().isStaticMember(on.type(), name)) {
                    return new Chain(State.VALUE, null, null, lint.allow().isProjectType(on.type()) && next != null && next.is("("), 0);
                }
                String full = on.type().getSimpleName() + "." + name;
                lint.report(piece, on.start(), "\"" + full + "\" is not allowed in rule code: " + because(on.type().getName() + "." + name));
                return Chain.BAD;
            }
            case PACKAGE -> {
                String qualified = on.name() + "." + name;
                Class<?> type = lint.allow().byQualifiedName(qualified);
                if (type != null) {
                    return new Chain(State.TYPE, type, qualified, false, on.start());
                }
                if (next != null && next.is(".") && lint.allow().isPackagePrefix(qualified)) {
                    return new Chain(State.PACKAGE, null, qualified, false, on.start());
                }
                lint.report(piece, on.start(), "\"" + qualified + "\" is not allowed in rule code: " + because(qualified));
                return Chain.BAD;
            }
            case VALUE -> {
                if (lint.allow().isInstanceMember(name) || lint.isDeclaredField(name)) {
                    return Chain.VALUE;
                }
                lint.report(piece, token.start(), "\"." + name + "\" is not allowed in rule code: " + because(name));
                return Chain.BAD;
            }
            case DECLARED -> {
                lint.report(piece, on.start(), "\"" + on.name() + "." + name + "\": a declared type has no static members");
                return Chain.BAD;
            }
            case BAD -> {
                return Chain.BAD;
            }
            default -> {
                lint.report(piece, token.start(), "\"." + name + "\" follows nothing a rule may use");
                return Chain.BAD;
            }
        }
    }

    /** An inline cast in a constraint ({@code this#Type.field}): the type must be one rules may use. Returns the last token read. */
    private int cast(CodePiece piece, List<Token> tokens, int hash) {
        int i = hash + 1;
        if (i >= tokens.size() || tokens.get(i).kind() != DrlTokens.Kind.IDENT) {
            lint.report(piece, tokens.get(hash).start(), "\"#\" must be followed by a type");
            return hash;
        }
        String name = tokens.get(i).text();
        boolean known = lint.isDeclaredType(name) || lint.simpleType(piece.file(), name) != null;
        while (!known && i + 2 < tokens.size() && tokens.get(i + 1).is(".") && lint.allow().isPackagePrefix(name)) {
            i += 2;
            name = name + "." + tokens.get(i).text();
            known = lint.allow().byQualifiedName(name) != null;
        }
        if (!known) {
            lint.report(piece, tokens.get(i).start(), "the type \"" + name + "\" is not allowed: " + because(name));
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
}
