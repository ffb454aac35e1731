package com.yotosmartstream.icons.library;

import com.yotosmartstream.icons.codec.BadImageException;
import com.yotosmartstream.icons.codec.IconPng;
import com.yotosmartstream.icons.model.IconImage;
import java.time.Instant;
import java.util.List;

/**
 * An icon kept in the library.
 *
 * @param png the picture exactly as it is uploaded (see {@link IconPng})
 * @param sha256 of the PNG bytes: the same picture has the same hash, whatever its name
 */
public record IconRecord(long id, String name, List<String> tags, byte[] png, String sha256, Instant updated) {

    public IconRecord {
        tags = List.copyOf(tags);
    }

    /** The picture; a stored PNG that cannot be read (edited by hand?) shows as a blank icon. */
    public IconImage image() {
        try {
            return IconPng.decode(png);
        } catch (BadImageException e) {
            return IconImage.blank();
        }
    }

    /** A file name for the icon: the name with anything odd replaced, and ".png". */
    public String fileName() {
        String safe = name.replaceAll("[^A-Za-z0-9 _-]", "").strip().replace(' ', '-');
        return (safe.isEmpty() ? "icon" : safe) + ".png";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IconRecord r && r.id == id && r.name.equals(name) && r.tags.equals(tags)
                && r.sha256.equals(sha256);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id) * 31 + sha256.hashCode();
    }

    @Override
    public String toString() {
        return "IconRecord[" + id + " " + name + " " + tags + "]";
    }
}
