package com.hirefit.bench;

import com.github.pjfanning.xlsx.StreamingReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Whether two results workbooks hold the same thing: every zip entry's uncompressed bytes compared by SHA-256 (the
 * sheets' XML, so every cell's value, type and style; {@code docProps/core.xml} carries the time of writing and is
 * listed, not compared), then the second workbook read back with excel-streaming-reader, rows and cells counted per
 * sheet. Prints one line per difference and "same" or "DIFFERENT"; exit status 0 or 1. For bench runs; not a test.
 * Usage: SameXlsx A.xlsx B.xlsx
 */
public final class SameXlsx {
    public static void main(String[] args) throws Exception {
        Map<String, String> a = digests(new File(args[0]));
        Map<String, String> b = digests(new File(args[1]));
        boolean same = a.keySet().equals(b.keySet());
        if (!same) {
            System.out.println("entries differ: " + a.keySet() + " vs " + b.keySet());
        }
        for (String name : a.keySet()) {
            if (b.containsKey(name) && !a.get(name).equals(b.get(name))) {
                boolean timestamp = name.equals("docProps/core.xml");
                System.out.println((timestamp ? "differs (time of writing, not compared): " : "DIFFERS: ") + name);
                same &= timestamp;
            }
        }
        System.out.printf("%d entries compared; %s%n", a.size(), same ? "same" : "DIFFERENT");
        try (Workbook wb = StreamingReader.builder().rowCacheSize(100).bufferSize(64 * 1024).open(new File(args[1]))) {
            for (Sheet sheet : wb) {
                long rows = 0;
                long cells = 0;
                for (Row row : sheet) {
                    rows++;
                    cells += row.getPhysicalNumberOfCells();
                }
                System.out.printf("read back %s: %s, %d rows, %d cells%n", args[1], sheet.getSheetName(), rows, cells);
            }
        }
        System.exit(same ? 0 : 1);
    }

    private static Map<String, String> digests(File file) throws IOException, NoSuchAlgorithmException {
        Map<String, String> digests = new TreeMap<>();
        try (ZipFile zip = new ZipFile(file)) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                try (InputStream in = zip.getInputStream(entry)) {
                    byte[] buf = new byte[1 << 16];
                    for (int n; (n = in.read(buf)) > 0; ) {
                        sha.update(buf, 0, n);
                    }
                }
                digests.put(entry.getName(), HexFormat.of().formatHex(sha.digest()));
            }
        }
        return digests;
    }
}
