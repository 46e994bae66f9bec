package adapters.out.file;

import adapters.out.container.KdfParams;
import adapters.out.container.SfcFormatException;
import adapters.out.container.SfcEntry;
import adapters.out.container.SfcKey;
import adapters.out.container.SfcPasswordException;
import adapters.out.container.SfcRandom;
import adapters.out.container.SfcReader;
import adapters.out.container.SfcWriter;
import adapters.out.fs.AtomicFiles;
import application.port.out.EncryptedFileFormat;
import application.port.out.NotAnEncryptedFileException;
import application.port.out.TraditionalLayerPasswordException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import domain.format.EncryptionMetadata;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link EncryptedFileFormat} as a Secure File Container: entry {@link #ENCRYPTION_METADATA_UUID}
 * ({@code encryption_metadata.json}) first, then {@link #ENCRYPTED_DATA_UUID} ({@code encrypted_data});
 * plain mode, or secure mode under the traditional-layer password.
 */
public final class EncryptedFileContainer implements EncryptedFileFormat {
    /** Fixed entry UUIDs of encrypted files (docs/FORMAT.md). */
    public static final UUID ENCRYPTION_METADATA_UUID = UUID.fromString("0e5a1c3b-7d2f-4b8e-9c61-2f4a8d9e3b10");
    public static final UUID ENCRYPTED_DATA_UUID = UUID.fromString("a7c4e2d9-1b3f-4e6a-8d5c-9f0b2e4c6a81");
    /** Longest accepted encryption_metadata.json: it holds two short fields. */
    private static final int MAX_METADATA_BYTES = 4096;
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Created per instance at run time (a native image must not hold a seeded generator). */
    private final SfcRandom random = SfcRandom.system();

    @Override
    public void write(Path target, EncryptionMetadata metadata, long dataLength, int headLength,
                      Optional<String> traditionalPassword, DataWriter data) throws IOException {
        AtomicFiles.refuseExisting(target);
        try (AtomicFiles.Pending pending = AtomicFiles.begin(target)) {
            writeTo(pending.stream(), pending::patch, metadata, dataLength, headLength, traditionalPassword, data);
            pending.commitNew();
        }
    }

    @Override
    public byte[] encode(EncryptionMetadata metadata, long dataLength, int headLength, Optional<String> traditionalPassword,
                         DataWriter data) throws IOException {
        PatchableBuffer buffer = new PatchableBuffer();
        writeTo(buffer, buffer::patch, metadata, dataLength, headLength, traditionalPassword, data);
        return buffer.toByteArray();
    }

    /** Overwrites bytes already written at an offset (for the head that is known last). */
    @FunctionalInterface
    private interface Patcher {
        void patch(long offset, byte[] bytes) throws IOException;
    }

    private void writeTo(OutputStream out, Patcher patcher, EncryptionMetadata metadata, long dataLength, int headLength,
                         Optional<String> traditionalPassword, DataWriter data) throws IOException {
        byte[] meta = metadataJson(metadata);
        SfcWriter w = traditionalPassword.isPresent()
                ? SfcWriter.secure(out, SfcKey.create(traditionalPassword.get(), KdfParams.PASSPHRASE, random), random)
                : SfcWriter.plain(out);
        try (OutputStream m = w.entry(ENCRYPTION_METADATA_UUID, meta.length)) {
            m.write(meta);
        }
        byte[] head;
        try (OutputStream d = w.entryWithDeferredHead(ENCRYPTED_DATA_UUID, dataLength, headLength)) {
            head = data.writeBodyThenHead(d);
        }
        Optional<SfcWriter.Patch> patch = w.finish(head);
        if (patch.isPresent()) {
            out.flush();
            patcher.patch(patch.get().offset(), patch.get().bytes());
        }
    }

    /** An in-memory file whose earlier bytes can be overwritten. */
    private static final class PatchableBuffer extends java.io.ByteArrayOutputStream {
        void patch(long offset, byte[] bytes) {
            if (offset < 0 || offset + bytes.length > count) throw new IllegalArgumentException("patch outside the written bytes");
            System.arraycopy(bytes, 0, buf, (int) offset, bytes.length);
        }
    }

    static byte[] metadataJson(EncryptionMetadata m) throws IOException {
        ObjectNode n = JSON.createObjectNode();
        n.put("key_uuid", m.keyUuid().toString());
        n.put("global_position_start", m.globalPositionStart());
        return JSON.writeValueAsBytes(n);
    }

    @Override
    public Opened open(Path source, Optional<String> traditionalPassword) throws IOException {
        return open(new BufferedInputStream(Files.newInputStream(source), 1 << 20), traditionalPassword);
    }

    @Override
    public Opened decode(byte[] encrypted, Optional<String> traditionalPassword) throws IOException {
        return open(new java.io.ByteArrayInputStream(encrypted), traditionalPassword);
    }

    private Opened open(InputStream in, Optional<String> traditionalPassword) throws IOException {
        try {
            SfcReader reader = SfcReader.open(in, traditionalPassword.orElse(null));
            SfcEntry first = reader.next().orElse(null);
            if (first == null || !first.id().equals(ENCRYPTION_METADATA_UUID) || first.length() > MAX_METADATA_BYTES) {
                throw new NotAnEncryptedFileException("not an OmegaSafe encrypted file (no encryption metadata entry first)");
            }
            EncryptionMetadata metadata = parse(first.readAllBytes());
            SfcEntry data = reader.next().orElse(null);
            if (data == null || !data.id().equals(ENCRYPTED_DATA_UUID)) {
                throw new NotAnEncryptedFileException("not an OmegaSafe encrypted file (no encrypted data entry)");
            }
            return new OpenedFile(reader, metadata, data);
        } catch (SfcPasswordException e) {
            in.close();
            throw new TraditionalLayerPasswordException(e.getMessage(), e.missing());
        } catch (SfcFormatException e) {
            in.close();
            throw notOmega(e);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    private static NotAnEncryptedFileException notOmega(SfcFormatException e) {
        String m = e.getMessage();
        if (m != null && m.startsWith("not an OmegaSafe")) {
            return new NotAnEncryptedFileException("not an OmegaSafe encrypted file", e);
        }
        return new NotAnEncryptedFileException("the encrypted file is damaged: " + m, e);
    }

    private static EncryptionMetadata parse(byte[] json) {
        try {
            JsonNode n = JSON.readTree(json);
            JsonNode key = n.get("key_uuid");
            JsonNode start = n.get("global_position_start");
            if (key == null || start == null || !start.canConvertToLong()) throw new IllegalArgumentException("fields missing");
            return new EncryptionMetadata(UUID.fromString(key.asText()), start.asLong());
        } catch (IOException | IllegalArgumentException e) {
            throw new NotAnEncryptedFileException("the file's encryption metadata is unreadable");
        }
    }

    private static final class OpenedFile implements Opened {
        private final SfcReader reader;
        private final EncryptionMetadata metadata;
        private final SfcEntry data;
        private final InputStream stream;

        OpenedFile(SfcReader reader, EncryptionMetadata metadata, SfcEntry data) {
            this.reader = reader;
            this.metadata = metadata;
            this.data = data;
            InputStream raw = data.stream();
            this.stream = new InputStream() {
                @Override
                public int read() throws IOException {
                    try {
                        return raw.read();
                    } catch (SfcFormatException e) {
                        throw notOmega(e);
                    }
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    try {
                        return raw.read(b, off, len);
                    } catch (SfcFormatException e) {
                        throw notOmega(e);
                    }
                }
            };
        }

        @Override
        public EncryptionMetadata metadata() { return metadata; }

        @Override
        public long dataLength() { return data.length(); }

        @Override
        public InputStream data() { return stream; }

        @Override
        public void verifyEnd() throws IOException {
            try {
                if (reader.next().isPresent()) throw new NotAnEncryptedFileException("the encrypted file has unexpected extra entries");
                reader.verifyEnd();
            } catch (SfcFormatException e) {
                throw notOmega(e);
            }
        }

        @Override
        public void close() throws IOException {
            reader.close();
        }
    }
}
