package application.service.stream;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * An I/O failure of the input being encrypted (not of the output being written), so the caller can say which
 * file failed.
 */
public final class InputReadException extends IOException {
    public InputReadException(String message) {
        super(message);
    }

    InputReadException(IOException cause) {
        super(cause.getMessage(), cause);
    }

    /** {@code in} with every read failure turned into an {@link InputReadException}. */
    static InputStream wrap(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                try {
                    return super.read();
                } catch (IOException e) {
                    throw e instanceof InputReadException r ? r : new InputReadException(e);
                }
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                try {
                    return super.read(b, off, len);
                } catch (IOException e) {
                    throw e instanceof InputReadException r ? r : new InputReadException(e);
                }
            }
        };
    }
}
