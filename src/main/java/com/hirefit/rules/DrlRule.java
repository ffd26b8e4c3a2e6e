package com.hirefit.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule as written in its DRL file: where it starts, its metadata and group, and the text of its
 * conditions and actions with their first lines. Read from the text, for lint, the catalogue and traces.
 */
public record DrlRule(String file, int line, String name, Map<String, String> metadata, String group,
                      String when, int whenLine, String then, int thenLine) {

    private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern ANNOTATION = Pattern.compile("^\\s*@(\\w+)\\s*\\((.*)\\)\\s*$");
    private static final Pattern GROUP = Pattern.compile("^\\s*(?:ruleflow-group|agenda-group)\\s+\"([^\"]*)\"");

    /** The rules of one DRL file, in file order. */
    public static List<DrlRule> scan(String file, String text) {
        List<DrlRule> rules = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher start = RULE.matcher(lines[i]);
            if (!start.find()) {
                continue;
            }
            Map<String, String> metadata = new LinkedHashMap<>();
            String group = null;
            StringBuilder when = new StringBuilder();
            StringBuilder then = new StringBuilder();
            int whenLine = 0;
            int thenLine = 0;
            StringBuilder section = null;
            int j = i + 1;
            for (; j < lines.length; j++) {
                String line = lines[j];
                String bare = line.strip();
                if (bare.equals("end")) {
                    break;
                } else if (bare.equals("when")) {
                    section = when;
                    whenLine = j + 2;
                } else if (bare.equals("then")) {
                    section = then;
                    thenLine = j + 2;
                } else if (section != null) {
                    section.append(line).append('\n');
                } else {
                    Matcher annotation = ANNOTATION.matcher(line);
                    Matcher groupMatch = GROUP.matcher(line);
                    if (annotation.find()) {
                        metadata.put(annotation.group(1), unquote(annotation.group(2).strip()));
                    } else if (groupMatch.find()) {
                        group = groupMatch.group(1);
                    }
                }
            }
            rules.add(new DrlRule(file, i + 1, start.group(1), metadata, group, when.toString(), whenLine, then.toString(), thenLine));
            i = j;
        }
        return rules;
    }

    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1).replace("\\\"", "\"") : value;
    }

    /** The conditions and actions without // comments, for checks that must not read comments. */
    public String code() {
        return (when + "\n" + then).replaceAll("(?m)//.*$", "");
    }
}
