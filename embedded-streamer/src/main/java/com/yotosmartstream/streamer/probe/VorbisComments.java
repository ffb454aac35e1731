package com.yotosmartstream.streamer.probe;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/**
 * Vorbis comments (FLAC, Ogg Vorbis, Opus): {@code TITLE=}, {@code ARTIST=}, {@code ALBUM=},
 * {@code TRACKNUMBER=}, and a cover in {@code METADATA_BLOCK_PICTURE} (a FLAC picture block in
 * base64). FLAC picture blocks are read here too.
 */
final class VorbisComments {

    record Read(Tags tags, Optional<Cover> cover) {
    }

    private VorbisComments() {
    }

    /** Reads a comment block starting at {@code offset} (vendor string, count, comments; little-endian lengths). */
    static Read read(byte[] b, int offset) {
        String title = "";
        String artist = "";
        String album = "";
        String track = "";
        Optional<Cover> cover = Optional.empty();
        int p = offset;
        if (p + 4 > b.length) {
            return new Read(Tags.NONE, cover);
        }
        long vendor = FileSource.u32le(b, p);
        p += 4 + (int) Math.min(vendor, b.length);
        if (p + 4 > b.length) {
            return new Read(Tags.NONE, cover);
        }
        long count = FileSource.u32le(b, p);
        p += 4;
        for (long i = 0; i < count && p + 4 <= b.length; i++) {
            long length = FileSource.u32le(b, p);
            p += 4;
            if (length > b.length - p) {
                break;
            }
            String comment = new String(b, p, (int) length, StandardCharsets.UTF_8);
            p += (int) length;
            int equals = comment.indexOf('=');
            if (equals <= 0) {
                continue;
            }
            String value = comment.substring(equals + 1);
            switch (comment.substring(0, equals).toUpperCase(Locale.ROOT)) {
                case "TITLE" -> title = title.isEmpty() ? value : title;
                case "ARTIST" -> artist = artist.isEmpty() ? value : artist;
                case "ALBUM" -> album = album.isEmpty() ? value : album;
                case "TRACKNUMBER" -> track = track.isEmpty() ? value : track;
                case "METADATA_BLOCK_PICTURE" -> {
                    if (cover.isEmpty()) {
                        try {
                            cover = picture(Base64.getMimeDecoder().decode(value.strip()));
                        } catch (IllegalArgumentException e) {
                            // not base64: no cover
                        }
                    }
                }
                default -> {
                    // a comment we do not show
                }
            }
        }
        return new Read(new Tags(title, artist, album, Tags.trackNumber(track)), cover);
    }

    /** A FLAC picture block: type, MIME type, description, size and depth fields, then the picture. */
    static Optional<Cover> picture(byte[] block) {
        try {
            int p = 4;
            long mime = FileSource.u32be(block, p);
            p += 4 + (int) mime;
            long description = FileSource.u32be(block, p);
            p += 4 + (int) description;
            p += 16;
            long length = FileSource.u32be(block, p);
            p += 4;
            if (mime < 0 || description < 0 || length > block.length - p) {
                return Optional.empty();
            }
            return Cover.of(java.util.Arrays.copyOfRange(block, p, p + (int) length));
        } catch (ArrayIndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }
}
