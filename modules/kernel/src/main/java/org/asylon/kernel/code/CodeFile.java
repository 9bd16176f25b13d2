package org.asylon.kernel.code;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one of the tab-separated code files under {@code asylon/codes/} of this jar: lines starting
 * with {@code #} are comments, every other line has the same number of columns. Plain text, so that
 * reading a register needs no JSON provider.
 */
final class CodeFile {

    private CodeFile() {}

    static List<String[]> rows(String name, int columns) {
        String resource = "/asylon/codes/" + name;
        InputStream in = CodeFile.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(resource + " is missing from the kernel jar");
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] row = line.split("\t", -1);
                if (row.length != columns) {
                    throw new IllegalStateException(
                            resource
                                    + " line "
                                    + number
                                    + ": "
                                    + row.length
                                    + " columns, "
                                    + columns
                                    + " expected");
                }
                rows.add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return rows;
    }
}
