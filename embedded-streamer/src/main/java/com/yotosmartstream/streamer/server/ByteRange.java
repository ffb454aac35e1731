package com.yotosmartstream.streamer.server;

/**
 * An inclusive span of bytes of a representation, {@code first..last}, already fitted to its
 * length (RFC 9110 section 14.1.2).
 */
public record ByteRange(long first, long last) {

    public ByteRange {
        if (first < 0 || last < first) {
            throw new IllegalArgumentException("Not a byte range: " + first + "-" + last);
        }
    }

    public long length() {
        return last - first + 1;
    }

    /** The Content-Range value of a 206 answer: {@code bytes 0-499/1234}. */
    public String contentRange(long size) {
        return "bytes " + first + "-" + last + "/" + size;
    }

    /** The Content-Range value of a 416 answer: {@code bytes *}{@code /1234}. */
    public static String unsatisfied(long size) {
        return "bytes */" + size;
    }
}
