package com.yotosmartstream.streamer.probe;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/** Random access to a file being probed: whole reads at positions, with the file's size known. */
final class FileSource {

    private final FileChannel channel;
    private final long size;

    FileSource(FileChannel channel) throws IOException {
        this.channel = channel;
        this.size = channel.size();
    }

    long size() {
        return size;
    }

    /** Exactly {@code length} bytes at {@code position}; EOFException when the file ends first. */
    byte[] read(long position, int length) throws IOException {
        if (position < 0 || length < 0 || position + length > size) {
            throw new EOFException("The file ends at byte " + size);
        }
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                throw new EOFException("The file ends at byte " + (position + buffer.position()));
            }
        }
        return buffer.array();
    }

    /** Up to {@code length} bytes at {@code position} (fewer at the end of the file). */
    byte[] readUpTo(long position, int length) throws IOException {
        long available = Math.max(0, size - position);
        return read(position, (int) Math.min(length, available));
    }

    /** Fills {@code buffer} from {@code position} as far as the file goes; returns how many bytes came. */
    int fill(long position, ByteBuffer buffer) throws IOException {
        int start = buffer.position();
        while (buffer.hasRemaining()) {
            int n = channel.read(buffer, position + buffer.position() - start);
            if (n < 0) {
                break;
            }
        }
        return buffer.position() - start;
    }

    static int u16be(byte[] b, int i) {
        return ((b[i] & 0xFF) << 8) | (b[i + 1] & 0xFF);
    }

    static int u24be(byte[] b, int i) {
        return ((b[i] & 0xFF) << 16) | ((b[i + 1] & 0xFF) << 8) | (b[i + 2] & 0xFF);
    }

    static long u32be(byte[] b, int i) {
        return ((long) (b[i] & 0xFF) << 24) | ((b[i + 1] & 0xFF) << 16) | ((b[i + 2] & 0xFF) << 8) | (b[i + 3] & 0xFF);
    }

    static long u64be(byte[] b, int i) {
        return (u32be(b, i) << 32) | u32be(b, i + 4);
    }

    static int u16le(byte[] b, int i) {
        return (b[i] & 0xFF) | ((b[i + 1] & 0xFF) << 8);
    }

    static long u32le(byte[] b, int i) {
        return (b[i] & 0xFF) | ((b[i + 1] & 0xFF) << 8) | ((b[i + 2] & 0xFF) << 16) | ((long) (b[i + 3] & 0xFF) << 24);
    }

    static long u64le(byte[] b, int i) {
        return u32le(b, i) | (u32le(b, i + 4) << 32);
    }

    static boolean ascii(byte[] b, int i, String text) {
        if (i < 0 || i + text.length() > b.length) {
            return false;
        }
        for (int k = 0; k < text.length(); k++) {
            if (b[i + k] != (byte) text.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
