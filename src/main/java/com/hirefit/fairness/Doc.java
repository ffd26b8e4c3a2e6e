package com.hirefit.fairness;

import java.util.List;
import org.springframework.web.util.HtmlUtils;

/**
 * A plain document written once and rendered as Markdown or as a self-contained HTML page (no script, no style from
 * elsewhere): the published audit summary, a candidate's explanation, a job's candidate notice. Every piece of text is
 * escaped for the format.
 */
public abstract sealed class Doc permits Doc.Markdown, Doc.Html {
    protected final StringBuilder out = new StringBuilder();

    public static Doc markdown() {
        return new Markdown();
    }

    public static Doc html(String title) {
        return new Html(title);
    }

    /** "markdown" or "html" (anything but "html" is Markdown). */
    public static Doc of(String format, String title) {
        return "html".equalsIgnoreCase(format) ? html(title) : markdown();
    }

    public abstract String mediaType();

    public abstract Doc heading(int level, String text);

    public abstract Doc paragraph(String text);

    public abstract Doc list(List<String> items);

    public abstract Doc table(List<String> headers, List<List<String>> rows);

    /** The finished document. */
    public abstract String render();

    static final class Markdown extends Doc {
        @Override
        public String mediaType() {
            return "text/markdown;charset=UTF-8";
        }

        @Override
        public Doc heading(int level, String text) {
            out.append("#".repeat(level)).append(' ').append(escape(text)).append("\n\n");
            return this;
        }

        @Override
        public Doc paragraph(String text) {
            out.append(escape(text)).append("\n\n");
            return this;
        }

        @Override
        public Doc list(List<String> items) {
            items.forEach(item -> out.append("- ").append(escape(item)).append('\n'));
            out.append('\n');
            return this;
        }

        @Override
        public Doc table(List<String> headers, List<List<String>> rows) {
            out.append(row(headers)).append("|").append("---|".repeat(headers.size())).append('\n');
            rows.forEach(r -> out.append(row(r)));
            out.append('\n');
            return this;
        }

        private static String row(List<String> cells) {
            StringBuilder line = new StringBuilder("|");
            cells.forEach(c -> line.append(' ').append(escape(c).replace("|", "\\|")).append(" |"));
            return line.append('\n').toString();
        }

        /** Markdown's active characters escaped, lines joined: text reads as written, never as markup or a link. */
        private static String escape(String text) {
            return text.replaceAll("[\\r\\n]+", " ").replaceAll("([\\\\`*_\\[\\]<>#!])", "\\\\$1");
        }

        @Override
        public String render() {
            return out.toString();
        }
    }

    static final class Html extends Doc {
        private final String title;

        Html(String title) {
            this.title = title;
        }

        @Override
        public String mediaType() {
            return "text/html;charset=UTF-8";
        }

        @Override
        public Doc heading(int level, String text) {
            out.append("<h").append(level).append('>').append(HtmlUtils.htmlEscape(text)).append("</h").append(level).append(">\n");
            return this;
        }

        @Override
        public Doc paragraph(String text) {
            out.append("<p>").append(HtmlUtils.htmlEscape(text)).append("</p>\n");
            return this;
        }

        @Override
        public Doc list(List<String> items) {
            out.append("<ul>\n");
            items.forEach(item -> out.append("<li>").append(HtmlUtils.htmlEscape(item)).append("</li>\n"));
            out.append("</ul>\n");
            return this;
        }

        @Override
        public Doc table(List<String> headers, List<List<String>> rows) {
            out.append("<table>\n<thead><tr>");
            headers.forEach(h -> out.append("<th scope=\"col\">").append(HtmlUtils.htmlEscape(h)).append("</th>"));
            out.append("</tr></thead>\n<tbody>\n");
            rows.forEach(r -> {
                out.append("<tr>");
                r.forEach(c -> out.append("<td>").append(HtmlUtils.htmlEscape(c)).append("</td>"));
                out.append("</tr>\n");
            });
            out.append("</tbody>\n</table>\n");
            return this;
        }

        @Override
        public String render() {
            return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + HtmlUtils.htmlEscape(title)
                    + "</title>\n</head>\n<body>\n<main>\n" + out + "</main>\n</body>\n</html>\n";
        }
    }
}
