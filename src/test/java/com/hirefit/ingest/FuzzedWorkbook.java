package com.hirefit.ingest;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.CellReference;

/**
 * A small .xlsx for the fuzzer: the zip, content types and workbook are valid, so that the read gets as far as
 * the sheet; the sheet's rows and cells (numbers, references, types, styles, values) and the shared strings are
 * the fuzzer's choices. Random bytes almost never make a zip, so this is what reaches the sheet parsing.
 */
final class FuzzedWorkbook {

    /** Headers and values that mean something to the reader, so the fuzzer need not guess them. */
    private static final String[] WORDS = {"Candidate ID", "ID", "Name", "Years Experience", "Years LLM Experience",
            "Skills", "Highlights", "Expected Salary", "Market", "Date of Birth", "Gender", "Notes", "", " ", "HF-1",
            "HF-2", "7", "7.5 years", "-3", "61", "1e400", "185k", "170k-190k", "$185,000", "US", "UK", "TRUE", "#N/A",
            "45000", "2024-01-01", "Python; PyTorch", "a\nb"};
    /** Cell types: none, the ones Excel writes, and one it never does. */
    private static final String[] TYPES = {"", "s", "str", "inlineStr", "n", "b", "e", "d", "x"};

    private FuzzedWorkbook() {
    }

    static byte[] of(FuzzedDataProvider data) throws IOException {
        List<String> strings = new ArrayList<>();
        for (int i = data.consumeInt(0, 4); i > 0; i--) {
            strings.add(text(data));
        }
        StringBuilder sheet = new StringBuilder(HostileXlsxTest.SHEET_START);
        int row = 0;
        for (int r = data.consumeInt(1, CandidateFilesFuzzTest.MAX_ROWS + 3); r > 0; r--) {
            // row numbers in order, or anywhere up to one past Excel's last row
            row = data.consumeBoolean() ? row + 1 : data.consumeInt(0, 1_048_577);
            sheet.append("<row r=\"").append(row).append("\">");
            for (int c = 0, cells = data.consumeInt(0, 6); c < cells; c++) {
                cell(data, sheet, data.consumeBoolean() ? CellReference.convertNumToColString(c) + row
                        : data.consumeString(4), strings.size());
            }
            sheet.append("</row>");
        }
        sheet.append(HostileXlsxTest.SHEET_END);
        StringBuilder sst = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst"
                + " xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
        strings.forEach(string -> sst.append("<si><t>").append(string).append("</t></si>"));
        sst.append("</sst>");
        return HostileXlsxTest.xlsx(w -> HostileXlsxTest.write(w, sheet.toString()),
                w -> HostileXlsxTest.write(w, sst.toString()));
    }

    private static void cell(FuzzedDataProvider data, StringBuilder sheet, String ref, int strings) {
        String type = data.pickValue(TYPES);
        sheet.append("<c r=\"").append(escape(ref)).append('"');
        if (!type.isEmpty()) {
            sheet.append(" t=\"").append(type).append('"');
        }
        if (data.consumeBoolean()) {
            sheet.append(" s=\"").append(data.consumeInt(-1, 3)).append('"'); // there is no styles part
        }
        sheet.append('>');
        if (type.equals("inlineStr")) {
            sheet.append("<is><t>").append(text(data)).append("</t></is>");
        } else if (type.equals("s")) {
            sheet.append("<v>").append(data.consumeInt(-1, strings)).append("</v>");
        } else {
            sheet.append("<v>").append(text(data)).append("</v>");
        }
        sheet.append("</c>");
    }

    /** A known word or any text; escaped for XML except now and then, to break the markup too. */
    private static String text(FuzzedDataProvider data) {
        String text = data.consumeBoolean() ? data.pickValue(WORDS) : data.consumeString(24);
        return data.consumeInt(0, 15) == 0 ? text : escape(text);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
