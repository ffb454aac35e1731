package com.yotosmartstream.streamer.probe;

import java.io.IOException;
import java.nio.ByteBuffer;

/** Byte-at-a-time reads over a file through a large buffer, for walking frame headers front to back. */
final class ByteWindow {

    private final FileSource source;
    private final ByteBuffer buffer;
    private long start = -1;
    private int length;

    ByteWindow(FileSource source, int capacity) {
        this.source = source;
        this.buffer = ByteBuffer.allocate(capacity);
    }

    /** The byte at {@code position}, or -1 past the end of the file. */
    int at(long position) throws IOException {
        if (position < start || position >= start + length) {
            if (position >= source.size() || position < 0) {
                return -1;
            }
            buffer.clear();
            start = position;
            length = source.fill(position, buffer);
            if (length <= 0) {
                return -1;
            }
        }
        return buffer.get((int) (position - start)) & 0xFF;
    }
}
