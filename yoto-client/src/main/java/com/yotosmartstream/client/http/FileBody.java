package com.yotosmartstream.client.http;

import com.google.api.client.http.AbstractHttpContent;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongConsumer;

/**
 * A request body streamed from a file through a small buffer (a large file is never held in
 * memory), telling {@code written} how many bytes have gone out; stops when the thread is
 * interrupted. Can be sent again, so a retry re-reads the file.
 */
final class FileBody extends AbstractHttpContent {

    private static final int BUFFER = 64 * 1024;

    private final Path file;
    private final LongConsumer written;

    FileBody(String contentType, Path file, LongConsumer written) {
        super(contentType);
        this.file = file;
        this.written = written;
    }

    @Override
    public long getLength() throws IOException {
        return Files.size(file);
    }

    @Override
    public boolean retrySupported() {
        return true;
    }

    @Override
    public void writeTo(OutputStream out) throws IOException {
        byte[] buffer = new byte[BUFFER];
        long total = 0;
        written.accept(0);
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new InterruptedIOException("Upload of " + file.getFileName() + " cancelled");
                }
                out.write(buffer, 0, n);
                total += n;
                written.accept(total);
            }
        }
        out.flush();
    }
}
