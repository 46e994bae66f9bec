package adapters.in.cli;

import domain.key.Capacity;
import domain.key.KeySize;
import domain.key.SizeFormat;
import java.io.PrintWriter;
import java.util.Locale;

/** The capacity summary fields of the reference, as create-key prints them. */
final class KeySummaryText {
    private KeySummaryText() { }

    static void capacity(PrintWriter out, KeySize size) {
        Capacity c = Capacity.of(size);
        out.println("Key profile: nucleus " + size.nucleusMb().toPlainString() + " MB, rotor "
                + size.rotorMb().toPlainString() + " MB x " + size.rotorCount());
        out.println("  Alpha/Delta key size on disk: " + SizeFormat.keySize(c.nominalKeySizeBytes()));
        out.println("  Alpha/Delta capacity:         " + SizeFormat.decimal(c.iterationCapacity()));
        out.println("  Maximum file size:            " + SizeFormat.decimal(c.maxFileSize()));
        out.println("  Supported number of Deltas:   " + String.format(Locale.ROOT, "%,d", c.supportedDeltas()));
        out.println("  Total encryption capacity:    " + SizeFormat.decimal(c.totalCapacity()));
    }
}
