package com.yotosmartstream.icons.library;

import com.yotosmartstream.icons.codec.BadImageException;
import com.yotosmartstream.icons.codec.IconGif;
import com.yotosmartstream.icons.codec.IconPng;
import com.yotosmartstream.icons.model.IconAnimation;
import com.yotosmartstream.icons.model.IconImage;
import java.time.Instant;
import java.util.List;

/**
 * An icon kept in the library.
 *
 * @param png the (first) picture as a 16x16 RGBA PNG (see {@link IconPng})
 * @param gif an animated icon's frames and durations (see {@link IconGif}); null for a still icon
 * @param sha256 of the bytes that are uploaded (the GIF of an animated icon, else the PNG): the
 *        same picture has the same hash, whatever its name
 */
public record IconRecord(long id, String name, List<String> tags, byte[] png, byte[] gif, String sha256,
        Instant updated) {

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

    public boolean animated() {
        return gif != null;
    }

    /** All frames: the GIF's for an animated icon, else the one picture. */
    public IconAnimation animation() {
        if (gif != null) {
            try {
                return IconGif.decode(gif);
            } catch (BadImageException e) {
                return IconAnimation.still(image());
            }
        }
        return IconAnimation.still(image());
    }

    /** What is uploaded to Yoto: the GIF of an animated icon, else the PNG. */
    public byte[] uploadBytes() {
        return gif != null ? gif : png;
    }

    /** A file name for the icon: the name with anything odd replaced, and ".png" or ".gif". */
    public String fileName() {
        String safe = name.replaceAll("[^A-Za-z0-9 _-]", "").strip().replace(' ', '-');
        return (safe.isEmpty() ? "icon" : safe) + (gif != null ? ".gif" : ".png");
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
