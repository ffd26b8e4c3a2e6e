package com.hirefit.fairness;

import com.hirefit.report.SafeText;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The whole report as a workbook: the header, a sheet per dimension with every statistic, the rules ranked by the gap
 * they drive, and the override rates. Counts only. Text cells that could read as a formula are neutralised.
 */
public final class AuditWorkbook {
    private AuditWorkbook() {
    }

    public static void write(AuditReport report, OutputStream out) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            AuditReport.Header h = report.header();
            List<List<Object>> header = new ArrayList<>();
            header.add(List.of("Audit date", h.auditDate().toString()));
            header.add(List.of("Distribution date", h.distributionDate() == null ? "" : h.distributionDate().toString()));
            header.add(List.of("Data source", h.dataSource()));
            header.add(List.of("About the data", h.dataSourceNote()));
            header.add(List.of("Period", h.from() + " to " + h.to()));
            header.add(List.of("Job", h.jobId() == null ? "all jobs" : h.jobId()));
            header.add(List.of("Selected means", h.definition()));
            header.add(List.of("Median score", h.medianScore()));
            header.add(List.of("Rules versions", String.join(", ", h.rulesVersions())));
            header.add(List.of("Applicants assessed", h.assessed()));
            header.add(List.of("Applicants in this view", h.applicants()));
            header.add(List.of("Unknown sex", h.unknownSex()));
            header.add(List.of("Unknown race/ethnicity", h.unknownRace()));
            header.add(List.of("Unknown sex or race/ethnicity", h.unknownEither()));
            header.add(List.of("Categories under 2% excluded", h.excludeUnderTwoPercent() ? "yes" : "no"));
            header.add(List.of("Significance level", h.alpha()));
            sheet(book, "Audit", List.of("Field", "Value"), header);
            for (ImpactTable table : report.tables()) {
                impact(book, table.dimension().label().replace('/', '-').replace('×', 'x'), table);
            }
            List<List<Object>> rules = new ArrayList<>();
            for (AuditReport.RuleImpact rule : report.rules()) {
                for (AuditReport.RuleCell cell : rule.cells()) {
                    rules.add(List.of(rule.rule(), rule.kind().name(), rule.code(), rule.adverse() ? "against" : "for",
                            nullable(rule.lowestRatio()), cell.dimension().label(), cell.label(), cell.applicants(), cell.fired(),
                            nullable(cell.fireRate()), nullable(cell.impactRatio()), nullable(cell.p()),
                            cell.significant() ? "yes" : "no", cell.excluded() ? "yes" : "no"));
                }
            }
            sheet(book, "Rules", List.of("Rule", "Concludes", "Code", "Counts the candidate", "Lowest impact ratio", "Dimension",
                    "Category", "Applicants", "Fired", "Fire rate", "Impact ratio", "p", "Significant", "Excluded"), rules);
            List<List<Object>> overrides = new ArrayList<>();
            report.overridesByRole().forEach(o -> overrides.add(List.of("role", o.by(), o.decisions(), o.overrides(), o.rate())));
            report.overridesByRule().forEach(o -> overrides.add(List.of("rule", o.by(), o.decisions(), o.overrides(), o.rate())));
            sheet(book, "Overrides", List.of("Per", "Role or rule", "Decisions", "Overrides", "Override rate"), overrides);
            book.write(out);
        }
    }

    private static void impact(XSSFWorkbook book, String name, ImpactTable table) {
        List<List<Object>> rows = new ArrayList<>();
        for (ImpactRow r : table.rows()) {
            rows.add(List.of(r.label(), r.applicants(), r.selected(), nullable(r.rate()), nullable(r.impactRatio()),
                    r.reference() ? "yes" : "", r.belowFourFifths() ? "yes" : "no", r.excluded() ? r.exclusionReason() : "no",
                    nullable(r.z()), nullable(r.zP()), nullable(r.fisherP()), r.test() == null ? "" : r.test(),
                    r.significant() ? "yes" : "no", nullable(r.shortfall()), r.smallSample() ? "yes" : "no"));
        }
        rows.add(List.of("Unknown (not in the calculations)", table.unknown()));
        table.warnings().forEach(w -> rows.add(List.of(w)));
        sheet(book, name, List.of("Category", "Applicants", "Selected", "Rate", "Impact ratio", "Reference", "Under 0.80",
                "Excluded (<2%)", "z", "p (z)", "p (Fisher)", "Test", "Significant", "Shortfall", "Small sample"), rows);
    }

    private static Object nullable(Double value) {
        return value == null ? "" : value;
    }

    private static void sheet(XSSFWorkbook book, String name, List<String> headers, List<List<Object>> rows) {
        Sheet sheet = book.createSheet(name);
        Row head = sheet.createRow(0);
        for (int i = 0; i < headers.size(); i++) {
            head.createCell(i).setCellValue(headers.get(i));
        }
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r + 1);
            List<Object> values = rows.get(r);
            for (int c = 0; c < values.size(); c++) {
                Object v = values.get(c);
                if (v instanceof Number n) {
                    row.createCell(c).setCellValue(n.doubleValue());
                } else {
                    row.createCell(c).setCellValue(SafeText.cell(String.valueOf(v)));
                }
            }
        }
        sheet.createFreezePane(0, 1);
    }
}
