package com.yotosmartstream.app.stories;

import com.yotosmartstream.core.storage.StorageException;
import com.yotosmartstream.icons.codec.BadImageException;
import com.yotosmartstream.icons.codec.IconPng;
import com.yotosmartstream.icons.library.IconRecord;
import com.yotosmartstream.story.library.IconLibrary;
import com.yotosmartstream.story.library.StoryIcon;
import java.util.List;
import java.util.Optional;

/**
 * The story editor's {@link IconLibrary} over the Icons page's icons, as {@code icon:<id>}
 * references (uploaded to Yoto when a card is made).
 */
public final class StudioIcons implements IconLibrary {

    static final String EMPTY = "There are no icons yet: paint some on the Icons page, then pick them here.";
    private static final String PREFIX = "icon:";

    private final com.yotosmartstream.icons.library.IconLibrary icons;

    public StudioIcons(com.yotosmartstream.icons.library.IconLibrary icons) {
        this.icons = icons;
    }

    /** Every icon, each PNG decoded: blocking, call it in the background. */
    @Override
    public List<StoryIcon> icons() {
        try {
            return icons.search("").stream().map(StudioIcons::icon).flatMap(Optional::stream).toList();
        } catch (StorageException e) {
            return List.of();
        }
    }

    /** One icon by its reference: one row read and one PNG decoded. */
    @Override
    public Optional<StoryIcon> icon(String ref) {
        if (!ref.startsWith(PREFIX)) {
            return Optional.empty();
        }
        try {
            return icons.get(Long.parseLong(ref.substring(PREFIX.length()))).flatMap(StudioIcons::icon);
        } catch (NumberFormatException | StorageException e) {
            return Optional.empty();
        }
    }

    /** Told of each icon saved, renamed, retagged, deleted or restored on the shared library (the Icons page's). */
    @Override
    public AutoCloseable onChange(Runnable listener) {
        return icons.addChangeListener(id -> listener.run());
    }

    /** A count of the live icons (no picture read). */
    @Override
    public Optional<String> unavailableReason() {
        try {
            return icons.count() == 0 ? Optional.of(EMPTY) : Optional.empty();
        } catch (StorageException e) {
            return Optional.empty();
        }
    }

    private static Optional<StoryIcon> icon(IconRecord record) {
        try {
            int[] argb = IconPng.decode(record.png()).pixels();
            return Optional.of(new StoryIcon(PREFIX + record.id(), record.name(), argb));
        } catch (BadImageException e) {
            return Optional.empty();
        }
    }
}
