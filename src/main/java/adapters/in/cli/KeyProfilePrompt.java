package adapters.in.cli;

import domain.key.Capacity;
import domain.key.KeySize;
import domain.key.Preset;
import domain.key.SizeFormat;
import java.io.Console;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.Locale;

/** The interactive key profile selection of create-key: presets with their capacity summaries, or CUSTOM. */
final class KeyProfilePrompt {
    private KeyProfilePrompt() { }

    static KeySize ask(PrintWriter out, Console console) {
        out.println("Key profiles:");
        int i = 1;
        for (Preset p : Preset.values()) {
            KeySize s = p.size();
            Capacity c = Capacity.of(s);
            out.printf(Locale.ROOT, "  %d) %-22s nucleus %s MB, rotor %s MB x %d%n", i++, p == Preset.MEDIUM ? "MEDIUM / RECOMMENDED" : p.name(),
                    s.nucleusMb().toPlainString(), s.rotorMb().toPlainString(), s.rotorCount());
            out.printf(Locale.ROOT, "     key size on disk %s, capacity %s, maximum file size %s, Deltas %,d, total %s%n",
                    SizeFormat.keySize(c.nominalKeySizeBytes()), SizeFormat.decimal(c.iterationCapacity()),
                    SizeFormat.decimal(c.maxFileSize()), c.supportedDeltas(), SizeFormat.decimal(c.totalCapacity()));
        }
        out.println("  4) CUSTOM                 nucleus and rotor size 0.10-1.00 MB, 2-4 rotors");
        out.println("Notes:");
        out.println("  - MEDIUM/RECOMMENDED is the default preset and is suitable for most use cases.");
        out.println("  - Use your own storage (BYOS) rather than internal storage for production keys.");
        out.println("  - Larger keys provide more capacity but take longer to generate and consume more disk space.");
        out.println("  - Key size cannot be changed after creation; create a new key if you need a different size.");
        out.flush();
        while (true) {
            String choice = Prompts.line("Select a key profile [1-4] (default 2): ");
            switch (choice.isEmpty() ? "2" : choice) {
                case "1": return Preset.SMALL.size();
                case "2": return Preset.MEDIUM.size();
                case "3": return Preset.BIG.size();
                case "4": return custom(out, console);
                default: out.println("Please answer 1, 2, 3 or 4.");
            }
        }
    }

    private static KeySize custom(PrintWriter out, Console console) {
        while (true) {
            try {
                BigDecimal n = new BigDecimal(Prompts.line("Nucleus size in MB (0.10-1.00): "));
                BigDecimal r = new BigDecimal(Prompts.line("Rotor size in MB (0.10-1.00): "));
                int k = Integer.parseInt(Prompts.line("Number of rotors (2-4): "));
                KeySize s = KeySize.custom(n, r, k);
                KeySummaryText.capacity(out, s);
                return s;
            } catch (IllegalArgumentException e) {
                out.println("Invalid size: " + Printable.escape(e.getMessage()));
            }
        }
    }
}
