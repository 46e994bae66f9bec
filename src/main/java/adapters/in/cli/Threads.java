package adapters.in.cli;

import picocli.CommandLine;

/** {@code --max-threads} handling and the performance summary line. */
final class Threads {
    private Threads() { }

    static int resolve(Integer option, CommandLine.Model.CommandSpec spec) {
        if (option == null) return Runtime.getRuntime().availableProcessors();
        if (option < 1) throw new CommandLine.ParameterException(spec.commandLine(), "--max-threads must be at least 1");
        return option;
    }

    static String performance(String verb, long bytes, long nanos) {
        double seconds = Math.max(nanos, 1) / 1e9;
        return String.format("%s %,d bytes in %.3f s (%.1f MB/s)", verb, bytes, seconds, bytes / 1e6 / seconds);
    }
}
