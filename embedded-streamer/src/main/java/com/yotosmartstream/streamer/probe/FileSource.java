package com.yotosmartstream.streamer.probe;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * Random access to a file being probed: whole reads at positions, with the file's size known. No
 * read returns more than the file holds, so a size field in a hostile header can never make a
 * probe allocate more than the file's own length.
 */
final class FileSource {

    /** Reads at a position into a buffer, as {@link FileChannel#read(ByteBuffer, long)} does. */
    @FunctionalInterface
    private interface Positional {
        int read(ByteBuffer buffer, long position) throws IOException;
    }

    private final Positional channel;
    private final long size;

    FileSource(FileChannel channel) throws IOException {
        this.channel = channel::read;
        this.size = channel.size();
    }

    /** A source over bytes in memory (for fuzzing and tests: the same code path as a file). */
    static FileSource of(byte[] bytes) {
        return new FileSource(bytes);
    }

    private FileSource(byte[] bytes) {
        this.size = bytes.length;
        this.channel = (buffer, position) -> {
            if (position >= bytes.length) {
                return -1;
            }
            int n = (int) Math.min(buffer.remaining(), bytes.length - position);
            buffer.put(bytes, (int) position, n);
            return n;
        };
    }

    long size() {
        return size;
    }

    /** Exactly {@code length} bytes at {@code position}; EOFException when the file ends first. */
    byte[] read(long position, int length) throws IOException {
        if (position < 0 || length < 0 || length > size - position) {
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

    /**
     * Whether {@code length} bytes from {@code start} end at or before {@code end}, in arithmetic
     * that cannot overflow (a size field read from a file may be anything up to 2^63 - 1).
     */
    static boolean fits(long start, long length, long end) {
        return start >= 0 && length >= 0 && start <= end && length <= end - start;
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
