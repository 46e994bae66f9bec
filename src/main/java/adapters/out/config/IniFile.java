package adapters.out.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A minimal reader for {@code config.ini}: {@code [section]} headers, {@code key = value} or
 * {@code key: value} lines, {@code #}/{@code ;} comments. Keys are case-insensitive (stored upper case),
 * values are trimmed, as Python's configparser reads the file other OmegaSafe clients write.
 */
final class IniFile {
    private IniFile() { }

    /** Section name → (upper-case key → value). */
    static Map<String, Map<String, String>> read(Path file) throws IOException {
        Map<String, Map<String, String>> sections = new LinkedHashMap<>();
        Map<String, String> current = null;
        int lineNo = 0;
        for (String raw : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            lineNo++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith(";")) continue;
            if (line.startsWith("[") && line.endsWith("]")) {
                current = sections.computeIfAbsent(line.substring(1, line.length() - 1).strip(), k -> new LinkedHashMap<>());
                continue;
            }
            int eq = indexOfSeparator(line);
            if (eq < 0 || current == null) {
                throw new IOException("line " + lineNo + " of " + file.getFileName() + " is not 'KEY = value' inside a section");
            }
            current.put(line.substring(0, eq).strip().toUpperCase(Locale.ROOT), line.substring(eq + 1).strip());
        }
        return sections;
    }

    private static int indexOfSeparator(String line) {
        int eq = line.indexOf('=');
        int colon = line.indexOf(':');
        if (eq < 0) return colon;
        if (colon < 0) return eq;
        return Math.min(eq, colon);
    }
}
