package com.yotosmartstream.streamer.probe;

import java.util.Objects;

/**
 * The tags of a file; empty strings and 0 where a tag is absent.
 *
 * @param trackNumber the track's number on its album, 0 when unknown
 * @param discNumber the number of the disc of a set the track is on, 0 when unknown
 */
public record Tags(String title, String artist, String album, int trackNumber, int discNumber) {

    public static final Tags NONE = new Tags("", "", "", 0, 0);

    public Tags {
        title = clean(title);
        artist = clean(artist);
        album = clean(album);
        if (trackNumber < 0) {
            trackNumber = 0;
        }
        if (discNumber < 0) {
            discNumber = 0;
        }
    }

    /** Tags without a disc number. */
    public Tags(String title, String artist, String album, int trackNumber) {
        this(title, artist, album, trackNumber, 0);
    }

    /** Fills what this lacks from {@code other}. */
    public Tags orElse(Tags other) {
        return new Tags(title.isEmpty() ? other.title : title, artist.isEmpty() ? other.artist : artist,
                album.isEmpty() ? other.album : album, trackNumber == 0 ? other.trackNumber : trackNumber,
                discNumber == 0 ? other.discNumber : discNumber);
    }

    /** The same tags with {@code disc} as the disc number. */
    public Tags withDisc(int disc) {
        return new Tags(title, artist, album, trackNumber, disc);
    }

    /** Reads "3", "3/12" or " 03 " as 3; anything else as 0 (track and disc numbers are written alike). */
    public static int trackNumber(String text) {
        if (text == null) {
            return 0;
        }
        String head = text.strip();
        int slash = head.indexOf('/');
        if (slash >= 0) {
            head = head.substring(0, slash).strip();
        }
        if (head.isEmpty() || head.length() > 6 || !head.chars().allMatch(Character::isDigit)) {
            return 0;
        }
        return Integer.parseInt(head);
    }

    private static String clean(String text) {
        String value = Objects.requireNonNullElse(text, "");
        int nul = value.indexOf('\0');
        if (nul >= 0) {
            value = value.substring(0, nul);
        }
        value = value.strip().replaceAll("\\p{Cntrl}", " ");
        return value.length() > 500 ? value.substring(0, 500) : value;
    }
}
