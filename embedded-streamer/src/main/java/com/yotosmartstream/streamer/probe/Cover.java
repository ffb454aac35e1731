package com.yotosmartstream.streamer.probe;

import java.util.Optional;

/** A picture embedded in an audio file: JPEG or PNG. */
public record Cover(String mediaType, byte[] data) {

    /** Covers larger than this are left out (a cover is shown small; such a tag is likely damaged). */
    public static final int MAX_BYTES = 16 * 1024 * 1024;

    /** The file extension for its type: "jpg" or "png". */
    public String extension() {
        return mediaType.equals("image/png") ? "png" : "jpg";
    }

    /** A cover from picture bytes, typed by their first bytes (the declared type is often wrong); empty if neither JPEG nor PNG. */
    public static Optional<Cover> of(byte[] data) {
        if (data == null || data.length < 8 || data.length > MAX_BYTES) {
            return Optional.empty();
        }
        if ((data[0] & 0xFF) == 0xFF && (data[1] & 0xFF) == 0xD8 && (data[2] & 0xFF) == 0xFF) {
            return Optional.of(new Cover("image/jpeg", data));
        }
        if ((data[0] & 0xFF) == 0x89 && data[1] == 'P' && data[2] == 'N' && data[3] == 'G') {
            return Optional.of(new Cover("image/png", data));
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return "Cover[" + mediaType + ", " + data.length + " bytes]";
    }
}
