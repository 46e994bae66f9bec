package adapters.out.config;

import java.util.List;
import java.util.Locale;

/** Sets one {@code KEY = value} line in a section of config.ini, keeping every other line. */
final class IniEdit {
    private IniEdit() { }

    static void set(List<String> lines, String section, String key, String value) {
        int start = -1;
        int end = lines.size();
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i).strip();
            if (l.startsWith("[") && l.endsWith("]")) {
                if (start >= 0) {
                    end = i;
                    break;
                }
                if (l.substring(1, l.length() - 1).strip().equals(section)) start = i;
            }
        }
        String line = key + " = " + value;
        if (start < 0) {
            lines.add("");
            lines.add("[" + section + "]");
            lines.add(line);
            return;
        }
        for (int i = start + 1; i < end; i++) {
            String l = lines.get(i).strip();
            int sep = l.indexOf('=');
            if (sep > 0 && l.substring(0, sep).strip().toUpperCase(Locale.ROOT).equals(key)) {
                lines.set(i, line);
                return;
            }
        }
        int insert = end;
        while (insert > start + 1 && lines.get(insert - 1).isBlank()) insert--;
        lines.add(insert, line);
    }
}
