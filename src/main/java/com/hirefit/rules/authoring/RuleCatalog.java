package com.hirefit.rules.authoring;

import com.hirefit.rules.RuleBase;
import com.hirefit.rules.RuleInfo;
import com.hirefit.rules.Stages;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The catalogue of every rule, generated from the rules themselves: the stages in the order they run (stages.yaml),
 * then the rules grouped by concern (one DRL file each, in the order stages.yaml lists them, other files after them
 * alphabetically), each concern described by its file's
 * leading {@code //} comment, and per rule its name, {@code file:line}, code, reason and source. Written as
 * Markdown or as one self-contained HTML page, for recruiters and auditors. Same rules, same text: nothing in
 * it depends on time.
 */
public final class RuleCatalog {

    /** One concern: a rule file, what it is about, its ruleflow groups and its rules in file order. */
    public record Concern(String file, String description, List<String> groups, List<RuleInfo> rules) {
    }

    private RuleCatalog() {
    }

    /** The concerns of a rule base, in stage order. */
    public static List<Concern> concerns(RuleBase rules) {
        Map<String, List<RuleInfo>> byFile = new LinkedHashMap<>();
        rules.source().files().keySet().stream().filter(file -> file.endsWith(".drl"))
                .forEach(file -> byFile.put(file, new ArrayList<>()));
        rules.rules().values().forEach(rule -> byFile.computeIfAbsent(rule.file(), file -> new ArrayList<>()).add(rule));
        List<String> order = rules.stages().files();
        TreeSet<String> files = new TreeSet<>(Comparator.comparingInt((String file) -> order.contains(file) ? order.indexOf(file) : order.size())
                .thenComparing(Comparator.naturalOrder()));
        files.addAll(byFile.keySet());
        List<Concern> concerns = new ArrayList<>();
        for (String file : files) {
            List<RuleInfo> inFile = byFile.get(file).stream()
                    .sorted(Comparator.comparingInt(RuleInfo::line).thenComparing(RuleInfo::name)).toList();
            LinkedHashSet<String> groups = new LinkedHashSet<>();
            inFile.stream().map(RuleInfo::group).filter(g -> g != null && !g.isBlank()).forEach(groups::add);
            byte[] text = rules.source().files().get(file);
            concerns.add(new Concern(file, text == null ? "" : description(new String(text, StandardCharsets.UTF_8)),
                    List.copyOf(groups), inFile));
        }
        return concerns;
    }

    /** A stage as the catalogue lists it: which side runs it, where in that side's order, its name and its files. */
    public record StageLine(String side, int position, String stage, List<String> files) {
    }

    /** Every stage in the order it runs: the job's, then the candidate's (a stage on both sides is listed on both). */
    public static List<StageLine> stages(RuleBase rules) {
        List<StageLine> lines = new ArrayList<>();
        List<Stages.Stage> job = rules.stages().job();
        for (int i = 0; i < job.size(); i++) {
            lines.add(new StageLine("job", i + 1, job.get(i).name(), job.get(i).files()));
        }
        List<Stages.Stage> candidate = rules.stages().candidate();
        for (int i = 0; i < candidate.size(); i++) {
            lines.add(new StageLine("candidate", i + 1, candidate.get(i).name(), candidate.get(i).files()));
        }
        return lines;
    }

    /** A file's leading {@code //} comment, its lines joined into one. */
    static String description(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            String bare = line.strip();
            if (bare.startsWith("//")) {
                lines.add(bare.replaceFirst("^/+", "").strip());
            } else if (!bare.isEmpty() || !lines.isEmpty()) {
                break;
            }
        }
        return String.join(" ", lines).replaceAll("\\s+", " ").strip();
    }

    private static String count(int n) {
        return n + (n == 1 ? " rule" : " rules");
    }

    private static String summary(RuleBase rules, List<Concern> concerns) {
        return count(rules.rules().size()) + " in " + concerns.size() + " files, rules version " + rules.version() + ".";
    }

    private static final String INTRO = "Generated from the rule files themselves. First the stages, in the order they run"
            + " (stages.yaml): once per job, then once per candidate. Then each concern, one rule file, listed in the order"
            + " its stage runs; for each rule: its name, where it is written (file:line), the code it concludes (if any), the"
            + " reason a recruiter reads, and the source passage it comes from.";

    // ---------------------------------------------------------------- Markdown

    /** The catalogue as Markdown: a contents list, then a section and a table per concern. */
    public static String markdown(RuleBase rules) {
        List<Concern> concerns = concerns(rules);
        StringBuilder md = new StringBuilder();
        md.append("# HireFit rule catalogue\n\n");
        md.append(md(summary(rules, concerns))).append(' ').append(md(INTRO)).append("\n\n");
        md.append("## Contents\n\n");
        for (int i = 0; i < concerns.size(); i++) {
            Concern c = concerns.get(i);
            md.append(i + 1).append(". [").append(md(c.file())).append("](#").append(githubAnchor(c.file())).append("): ")
                    .append(count(c.rules().size())).append('\n');
        }
        md.append("\n## Stages\n");
        for (String side : List.of("job", "candidate")) {
            md.append("\n").append(side.equals("job") ? "Once per job, in this order:" : "Then once per candidate:").append("\n\n");
            stages(rules).stream().filter(stage -> stage.side().equals(side)).forEach(stage -> md.append(stage.position())
                    .append(". `").append(md(stage.stage())).append("`: ").append(md(String.join(", ", stage.files()))).append('\n'));
        }
        for (Concern c : concerns) {
            md.append("\n## ").append(md(c.file())).append("\n\n");
            if (!c.description().isEmpty()) {
                md.append(md(c.description())).append("\n\n");
            }
            md.append(c.groups().size() == 1 ? "Stage: " : "Stages: ");
            md.append(c.groups().isEmpty() ? "none" : String.join(", ", c.groups().stream().map(g -> "`" + g + "`").toList()));
            md.append(", ").append(count(c.rules().size())).append("\n\n");
            if (c.rules().isEmpty()) {
                continue;
            }
            md.append("| Rule | Where | Code | Reason | Source |\n|---|---|---|---|---|\n");
            for (RuleInfo rule : c.rules()) {
                md.append("| ").append(md(rule.name()))
                        .append(" | ").append(md(where(rule)))
                        .append(" | ").append(rule.code() == null ? "" : "`" + md(rule.code()) + "`")
                        .append(" | ").append(md(rule.reason()))
                        .append(" | ").append(md(rule.source()))
                        .append(" |\n");
            }
        }
        return md.toString();
    }

    private static String where(RuleInfo rule) {
        return rule.line() > 0 ? rule.file() + ":" + rule.line() : rule.file();
    }

    /**
     * Text for a Markdown table cell or paragraph: on one line, with the characters that would end a cell
     * ({@code |}), start HTML ({@code <}, {@code >}), or format text ({@code `}, {@code *}) backslash-escaped.
     */
    static String md(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (char ch : text.replaceAll("\\s*[\\r\\n]+\\s*", " ").toCharArray()) {
            if (ch == '\\' || ch == '|' || ch == '<' || ch == '>' || ch == '`' || ch == '*') {
                out.append('\\');
            }
            out.append(ch);
        }
        return out.toString();
    }

    /** The anchor GitHub gives a heading: lower case, punctuation other than - and _ dropped, spaces as -. */
    static String githubAnchor(String heading) {
        return heading.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
    }

    // ---------------------------------------------------------------- HTML

    private static final String STYLE = """
            body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2328;margin:0 auto;max-width:78rem;padding:1.5rem}
            h1{margin:0 0 .25rem}h2{margin-top:2.5rem;border-bottom:1px solid #d0d7de;padding-bottom:.25rem}
            .meta{color:#57606a}nav ol{columns:2;padding-left:1.5rem}nav li{margin:.15rem 0}
            table{border-collapse:collapse;width:100%;font-size:14px}th,td{border:1px solid #d0d7de;padding:.4rem .5rem;text-align:left;vertical-align:top}
            th{background:#f6f8fa}tr:nth-child(even) td{background:#fbfcfd}td.where,td.code{white-space:nowrap}
            code{font:13px ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;background:#eff1f3;padding:0 .25rem;border-radius:4px}
            td.source{color:#57606a}a{color:#0969da}
            @media print{nav{display:none}h2{break-after:avoid}tr{break-inside:avoid}}
            """;

    /** The catalogue as one self-contained HTML page: a stylesheet, a table of contents, a table per concern. */
    public static String html(RuleBase rules) {
        List<Concern> concerns = concerns(rules);
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>HireFit rule catalogue</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
        html.append("<header>\n<h1>HireFit rule catalogue</h1>\n<p class=\"meta\">").append(h(summary(rules, concerns)))
                .append("</p>\n<p>").append(h(INTRO)).append("</p>\n</header>\n");
        html.append("<nav>\n<h2>Contents</h2>\n<ol>\n");
        for (int i = 0; i < concerns.size(); i++) {
            Concern c = concerns.get(i);
            html.append("<li><a href=\"#").append(id(i, c)).append("\">").append(h(c.file())).append("</a> <span class=\"meta\">")
                    .append(count(c.rules().size())).append("</span></li>\n");
        }
        html.append("</ol>\n</nav>\n<main>\n");
        html.append("<section id=\"stages\">\n<h2>Stages</h2>\n");
        for (String side : List.of("job", "candidate")) {
            html.append("<p>").append(side.equals("job") ? "Once per job, in this order:" : "Then once per candidate:").append("</p>\n<ol>\n");
            stages(rules).stream().filter(stage -> stage.side().equals(side)).forEach(stage -> html.append("<li><code>")
                    .append(h(stage.stage())).append("</code>: ").append(h(String.join(", ", stage.files()))).append("</li>\n"));
            html.append("</ol>\n");
        }
        html.append("</section>\n");
        for (int i = 0; i < concerns.size(); i++) {
            Concern c = concerns.get(i);
            html.append("<section id=\"").append(id(i, c)).append("\">\n<h2>").append(h(c.file())).append("</h2>\n");
            if (!c.description().isEmpty()) {
                html.append("<p>").append(h(c.description())).append("</p>\n");
            }
            html.append("<p class=\"meta\">").append(c.groups().size() == 1 ? "Stage: " : "Stages: ")
                    .append(c.groups().isEmpty() ? "none"
                            : String.join(", ", c.groups().stream().map(g -> "<code>" + h(g) + "</code>").toList()))
                    .append(", ").append(count(c.rules().size())).append("</p>\n");
            if (!c.rules().isEmpty()) {
                html.append("<table>\n<thead><tr><th>Rule</th><th>Where</th><th>Code</th><th>Reason</th><th>Source</th></tr></thead>\n<tbody>\n");
                for (RuleInfo rule : c.rules()) {
                    html.append("<tr><td>").append(h(rule.name()))
                            .append("</td><td class=\"where\"><code>").append(h(where(rule))).append("</code>")
                            .append("</td><td class=\"code\">").append(rule.code() == null ? "" : "<code>" + h(rule.code()) + "</code>")
                            .append("</td><td>").append(h(rule.reason()))
                            .append("</td><td class=\"source\">").append(h(rule.source()))
                            .append("</td></tr>\n");
                }
                html.append("</tbody>\n</table>\n");
            }
            html.append("</section>\n");
        }
        html.append("</main>\n</body>\n</html>\n");
        return html.toString();
    }

    private static String id(int index, Concern concern) {
        String slug = concern.file().replaceFirst("\\.drl$", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        return "concern-" + (index + 1) + "-" + slug;
    }

    /** Text escaped for HTML content and attribute values. */
    static String h(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char ch : text.toCharArray()) {
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }
}
