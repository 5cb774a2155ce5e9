package app.redline.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The demo's catalogues are data files under {@code demo/}: tab-separated, {@code #} starts a comment line. */
final class DemoTsv {

    private DemoTsv() {}

    /** The rows of a catalogue, each its fields (an empty field is an empty string). */
    static List<String[]> rows(String name) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = DemoTsv.class.getResourceAsStream("/demo/" + name);
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
