package adapters.out.file;

import adapters.out.fs.LocalContainerFile;
import adapters.out.fs.TemporaryFiles;
import application.port.out.LocalFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** {@link LocalFiles} on the local file system; symbolic links are removed, never followed. */
public final class LocalFileRemoval implements LocalFiles {
    /** What OmegaSafe keeps beside a container or SFC ECS file (see FileLocks, LocalContainerFile, SfcEcs). */
    /** The first bytes of every Secure File Container (docs/FORMAT.md §1.1). */
    private static final byte[] SFC_MAGIC = "OMEGASFC".getBytes(StandardCharsets.US_ASCII);
    /** The update check's time file in a config root (adapters.out.config.FileUpdateCheckTimes). */
    private static final String UPDATE_CHECK_FILE = "update_check";
    /** The first line of every config.ini OmegaSafe writes. */
    private static final String CONFIG_FIRST_SECTION = "[Global settings - static]";
    /** The update-check file's content: one ISO-8601 instant. */
    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T[0-9:.]+Z");
    private static final List<String> SIDECARS = List.of(".lock", LocalContainerFile.WITNESS_SUFFIX, ".mirror", ".deltas");

    @Override
    public List<Path> removeWithSidecars(Path file) {
        List<Path> removed = new ArrayList<>();
        Path abs = file.toAbsolutePath();
        if (exists(abs) && !isOmegaSafeFile(abs)) return removed;   // another program's file under one of our names
        if (delete(abs)) removed.add(abs);
        for (String suffix : SIDECARS) {
            Path side = abs.resolveSibling(abs.getFileName() + suffix);
            if (delete(side)) removed.add(side);
        }
        if (abs.getParent() != null && Files.isDirectory(abs.getParent())) TemporaryFiles.sweep(abs.getParent());
        return removed;
    }

    @Override
    public boolean removeIfEmpty(Path dir) {
        try {
            return Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS) && Files.deleteIfExists(dir);
        } catch (DirectoryNotEmptyException e) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + dir + ": " + e.getMessage(), e);
        }
    }

    @Override
    public boolean isOmegaSafeFile(Path path) {
        if (Files.isSymbolicLink(path)) return true;
        if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) return false;
        try (InputStream in = Files.newInputStream(path, LinkOption.NOFOLLOW_LINKS)) {
            byte[] start = in.readNBytes(64);
            if (start.length >= SFC_MAGIC.length && Arrays.equals(start, 0, SFC_MAGIC.length, SFC_MAGIC, 0, SFC_MAGIC.length)) {
                return true;
            }
            String text = new String(start, StandardCharsets.UTF_8);
            String name = path.getFileName().toString();
            if (name.equals("config.ini")) return text.startsWith(CONFIG_FIRST_SECTION);
            if (name.equals(UPDATE_CHECK_FILE)) return INSTANT.matcher(text.strip()).matches();
            return false;
        } catch (IOException e) {
            return false;   // unreadable: not known to be ours, so kept
        }
    }

    @Override
    public boolean exists(Path path) {
        return Files.exists(path, LinkOption.NOFOLLOW_LINKS);
    }

    /** Deletes a file, a symbolic link, or a directory with everything in it (not following links); false when absent. */
    private static boolean delete(Path path) {
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) return false;
        try {
            if (!Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                Files.delete(path);
                return true;
            }
            Files.walkFileTree(path, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                    if (exc != null) throw exc;
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + path + ": " + e.getMessage(), e);
        }
    }
}
