package com.hirefit.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.hirefit.candidate.Candidate;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The header tables of {@link ProtectedHeaders} through each file reader: every protected or uncertain column is
 * dropped unread and listed (the uncertain ones also with what they may reveal); every real resume column is read.
 */
class ProtectedColumnsTest {

    private static final List<String> HEADERS = ProtectedHeaders.allHeaders();

    @Test
    void csv() throws Exception {
        StringBuilder csv = new StringBuilder();
        csv.append(String.join(",", HEADERS.stream().map(ProtectedColumnsTest::quoted).toList())).append("\r\n");
        csv.append(String.join(",", HEADERS.stream().map(h -> quoted(ProtectedHeaders.valueOf(h))).toList())).append("\r\n");

        holds(Fixtures.read("c.csv", csv.toString()), 1);
    }

    @Test
    void xlsx() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Candidates");
            Row header = sheet.createRow(0);
            Row values = sheet.createRow(1);
            for (int i = 0; i < HEADERS.size(); i++) {
                header.createCell(i).setCellValue(HEADERS.get(i));
                values.createCell(i).setCellValue(ProtectedHeaders.valueOf(HEADERS.get(i)));
            }
            workbook.write(bytes);
        }

        holds(Fixtures.read("c.xlsx", bytes.toByteArray()), 1);
    }

    @Test
    void jsonKeysAtTheTopAndNested() throws Exception {
        Map<String, Object> candidate = new LinkedHashMap<>();
        Map<String, Object> nested = new LinkedHashMap<>();
        for (String header : HEADERS) {
            candidate.put(header, ProtectedHeaders.valueOf(header));
            if (!header.equals("Candidate ID")) {
                nested.put(header, ProtectedHeaders.valueOf(header) + "-nested");
            }
        }
        candidate.put("Screening Answers", nested);
        byte[] json = JsonMapper.builder().build().writeValueAsBytes(List.of(candidate));

        Fixtures.Read read = Fixtures.read("c.json", json);

        holds(read, 2);
        String everything = read.sink().candidate("C-1").toString();
        for (String header : HEADERS.subList(1, HEADERS.size())) {
            boolean dropped = !ProtectedHeaders.KEPT.contains(header);
            assertThat(everything.contains(ProtectedHeaders.valueOf(header) + "-nested")).as("nested %s", header)
                    .isEqualTo(!dropped);
        }
    }

    @Test
    void theIssuesEightHeadersAreDroppedInEveryFormat() throws Exception {
        String csv = "Candidate ID," + String.join(",", ProtectedHeaders.ISSUE_10) + ",Highlights\n"
                + "C-1,1990-01-01,1990,F,Femme,Mujer,Brown,Army 2008-2012,Narnia,RAG pipeline\n";
        Fixtures.Read read = Fixtures.read("eight.csv", csv);

        assertThat(read.report().droppedColumns()).containsExactlyElementsOf(ProtectedHeaders.ISSUE_10);
        Candidate c = read.sink().candidate("C-1");
        assertThat(c.toString()).doesNotContain("1990", "Femme", "Mujer", "Brown", "Army", "Narnia");
        assertThat(c.extra()).isEmpty();
    }

    /**
     * Dropped: surely protected and uncertain headers (each {@code timesEachHeader} times: a JSON file has them at
     * the top and nested), the first ones listed in file order and the rest counted, the uncertain ones listed apart,
     * values nowhere; kept: the rest, values read.
     */
    private static void holds(Fixtures.Read read, int timesEachHeader) {
        Candidate candidate = read.sink().candidate("C-1");
        String everything = candidate.toString();
        List<String> dropped = new ArrayList<>();
        for (String header : HEADERS.subList(1, HEADERS.size())) {
            boolean kept = ProtectedHeaders.KEPT.contains(header);
            if (!kept) {
                dropped.add(header);
            }
            assertThat(everything.contains(ProtectedHeaders.valueOf(header)))
                    .as("the value under %s is %s", header, kept ? "read" : "never read").isEqualTo(kept);
        }
        // the list names the first columns and counts the rest
        List<String> listed = read.report().droppedColumns();
        assertThat(listed).startsWith(dropped.subList(0, ReportBuilder.MAX_LISTED).toArray(String[]::new));
        assertThat(listed.get(ReportBuilder.MAX_LISTED))
                .isEqualTo("(and " + (timesEachHeader * dropped.size() - ReportBuilder.MAX_LISTED) + " more)");
        assertThat(read.report().uncertainColumns()).startsWith(HEADERS.stream()
                .filter(ProtectedHeaders.UNCERTAIN::containsKey)
                .map(h -> new UncertainColumn(h, ProtectedHeaders.UNCERTAIN.get(h))).toArray(UncertainColumn[]::new));
        assertThat(read.report().extraColumns()).doesNotContainAnyElementsOf(dropped);
        assertThat(read.sink().errors).isEmpty();
    }

    private static String quoted(String text) {
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
