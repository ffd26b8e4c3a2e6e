package com.hirefit.rules.drl;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A piece of rule code (a condition, an action, a function body...) cut into tokens the way Java and MVEL
 * read it: identifiers, string and character literals, numbers and operators, with comments skipped. Where
 * the two languages could read a text differently, it is refused instead of guessed: text blocks, characters
 * outside ASCII (except inside strings), a backslash outside a string, control characters. Unicode escapes
 * are refused for the whole file before this runs (see {@link RuleModel}).
 */
record DrlTokens(String text, List<Token> tokens, List<int[]> comments, List<Problem> problems) {

    enum Kind { IDENT, STRING, NUMBER, OP }

    /** One token; {@code start} is its offset in the text. */
    record Token(Kind kind, String text, int start) {
        boolean is(String op) {
            return kind != Kind.STRING && text.equals(op);
        }
    }

    /** Something the tokenizer refuses, at an offset in the text. */
    record Problem(int at, String message) {
    }

    private static final Pattern NUMBER = Pattern.compile(
            "0[xX][0-9a-fA-F_]+[lL]?|(?:[0-9][0-9_]*(?:\\.[0-9][0-9_]*)?|\\.[0-9][0-9_]*)(?:[eE][+-]?[0-9]+)?[lLfFdDbBiI]?");
    private static final List<String> OPERATORS = List.of(">>>=", "<<=", ">>=", "...", "->", "::", ":=", "==", "!=", "<=", ">=",
            "&&", "||", "++", "--", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<");
    private static final String SINGLE = "()[]{}.,;:?!~+-*/%=<>&|^#@";

    static DrlTokens of(String text) {
        List<Token> tokens = new ArrayList<>();
        List<int[]> comments = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
                i++;
            } else if (text.startsWith("//", i)) {
                int end = i;
                while (end < n && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                    end++;
                }
                comments.add(new int[] {i, end});
                asciiOnly(text, i, end, problems);
                i = end;
            } else if (text.startsWith("/*", i)) {
                int end = text.indexOf("*/", i + 2);
                if (end < 0) {
                    problems.add(new Problem(i, "a comment that is never closed"));
                    end = n;
                } else {
                    end += 2;
                }
                comments.add(new int[] {i, end});
                asciiOnly(text, i, end, problems);
                i = end;
            } else if (c == '"' || c == '\'') {
                if (text.startsWith("\"\"\"", i)) {
                    problems.add(new Problem(i, "text blocks (\"\"\") are not allowed in rule code"));
                }
                int end = quoted(text, i, problems);
                tokens.add(new Token(Kind.STRING, text.substring(i, end), i));
                i = end;
            } else if (isIdentifierStart(c)) {
                int end = i + 1;
                while (end < n && isIdentifierPart(text.charAt(end))) {
                    end++;
                }
                tokens.add(new Token(Kind.IDENT, text.substring(i, end), i));
                i = end;
            } else if (Character.isDigit(c) || (c == '.' && i + 1 < n && Character.isDigit(text.charAt(i + 1)))) {
                Matcher number = NUMBER.matcher(text).region(i, n);
                int end = number.lookingAt() ? number.end() : i + 1;
                tokens.add(new Token(Kind.NUMBER, text.substring(i, end), i));
                i = end;
            } else {
                String op = operator(text, i);
                if (op == null) {
                    problems.add(new Problem(i, c > 127 ? "only ASCII characters may be used in rule code outside strings"
                            : c == '\\' ? "a backslash outside a string" : "an unexpected character (code " + (int) c + ")"));
                    i++;
                } else {
                    tokens.add(new Token(Kind.OP, op, i));
                    i += op.length();
                }
            }
        }
        return new DrlTokens(text, tokens, comments, problems);
    }

    /** The end (exclusive) of the string or character literal starting at {@code start}. */
    private static int quoted(String text, int start, List<Problem> problems) {
        char quote = text.charAt(start);
        int i = start + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == quote) {
                return i + 1;
            } else if (c == '\n' || c == '\r') {
                break;
            } else {
                i++;
            }
        }
        problems.add(new Problem(start, "a string that is not closed on its line"));
        return Math.min(i, text.length());
    }

    private static String operator(String text, int i) {
        for (String op : OPERATORS) {
            if (text.startsWith(op, i)) {
                return op;
            }
        }
        char c = text.charAt(i);
        return SINGLE.indexOf(c) >= 0 ? String.valueOf(c) : null;
    }

    /** Comments may say anything, but in plain ASCII: no character any reader could take for a line end. */
    private static void asciiOnly(String text, int from, int to, List<Problem> problems) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c > 127 || (c < 32 && c != '\t' && c != '\n' && c != '\r' && c != '\f')) {
                problems.add(new Problem(i, "only ASCII characters may be used in comments inside rule code"));
                return;
            }
        }
    }

    static boolean isIdentifierStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$';
    }

    static boolean isIdentifierPart(char c) {
        return isIdentifierStart(c) || (c >= '0' && c <= '9');
    }

    /** The text with its comments taken out and its white space run together, for showing conditions on one line. */
    String withoutComments() {
        StringBuilder out = new StringBuilder(text);
        for (int[] comment : comments) {
            for (int i = comment[0]; i < comment[1]; i++) {
                out.setCharAt(i, ' ');
            }
        }
        return out.toString().replaceAll("\\s+", " ").strip();
    }

    /** The value of a double-quoted string literal, with Java's escapes read. */
    static String unquote(String literal) {
        StringBuilder out = new StringBuilder();
        for (int i = 1; i < literal.length() - 1; i++) {
            char c = literal.charAt(i);
            if (c != '\\' || i + 1 >= literal.length() - 1) {
                out.append(c);
                continue;
            }
            char e = literal.charAt(++i);
            out.append(switch (e) {
                case 'n' -> '\n';
                case 't' -> '\t';
                case 'r' -> '\r';
                case 'b' -> '\b';
                case 'f' -> '\f';
                default -> e;
            });
        }
        return out.toString();
    }
}
