package application.port.in;

/**
 * How far a long encryption or decryption has come, for a caller that wants to show it. Calls come from
 * one thread at a time, in order: {@link #start} once, {@link #advance} with the bytes done so far
 * (non-decreasing), then {@link #finish} once whether the run succeeded or failed. Implementations must
 * be cheap: they are called once per chunk of the transform.
 */
public interface Progress {
    /** Reports nothing. */
    Progress NONE = new Progress() {
        @Override
        public void start(long totalBytes) { }

        @Override
        public void advance(long bytesDone) { }

        @Override
        public void finish() { }
    };

    /** The run begins; {@code totalBytes} is the plaintext length. */
    void start(long totalBytes);

    /** {@code bytesDone} of the plaintext have been transformed and written. */
    void advance(long bytesDone);

    /** The run has ended (successfully or not); nothing more is reported. */
    void finish();
}
