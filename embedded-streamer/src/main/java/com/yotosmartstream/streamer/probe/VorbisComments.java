package com.yotosmartstream.streamer.probe;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/**
 * Vorbis comments (FLAC, Ogg Vorbis, Opus): {@code TITLE=}, {@code ARTIST=}, {@code ALBUM=},
 * {@code TRACKNUMBER=}, {@code DISCNUMBER=}, and a cover in {@code METADATA_BLOCK_PICTURE} (a FLAC picture block in
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
        String disc = "";
        Optional<Cover> cover = Optional.empty();
        int p = offset;
        if (p + 4 > b.length) {
            return new Read(Tags.NONE, cover);
        }
        long vendor = FileSource.u32le(b, p);
        if (!FileSource.fits(p + 4L, vendor, b.length)) {
            return new Read(Tags.NONE, cover);
        }
        p += 4 + (int) vendor;
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
                case "DISCNUMBER" -> disc = disc.isEmpty() ? value : disc;
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
        return new Read(new Tags(title, artist, album, Tags.trackNumber(track), Tags.trackNumber(disc)), cover);
    }

    /**
     * A FLAC picture block: type, MIME type, description, size and depth fields, then the picture.
     * Every length is checked against what is left of the block before it is used.
     */
    static Optional<Cover> picture(byte[] block) {
        long p = 4;
        for (int field = 0; field < 2; field++) { // MIME type, then description: a length and its bytes
            if (!FileSource.fits(p, 4, block.length)) {
                return Optional.empty();
            }
            long length = FileSource.u32be(block, (int) p);
            p += 4;
            if (!FileSource.fits(p, length, block.length)) {
                return Optional.empty();
            }
            p += length;
        }
        p += 16; // width, height, depth, colours
        if (!FileSource.fits(p, 4, block.length)) {
            return Optional.empty();
        }
        long length = FileSource.u32be(block, (int) p);
        p += 4;
        if (!FileSource.fits(p, length, block.length)) {
            return Optional.empty();
        }
        return Cover.of(java.util.Arrays.copyOfRange(block, (int) p, (int) (p + length)));
    }
}
