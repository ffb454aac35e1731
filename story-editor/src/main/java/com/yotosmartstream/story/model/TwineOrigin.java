package com.yotosmartstream.story.model;

import java.util.Objects;

/**
 * What a story imported from Twine keeps of Twine that is not a node, so a Twee export gives the
 * story back as its author wrote it (ADR 0066): the story format it was written for and the
 * passages set aside on import ({@code StoryInit}, scripts, stylesheets, headers...), as Twee text.
 *
 * @param format the story format's name ("Harlowe", "SugarCube", "Chapbook", "Snowman"), as named
 *     by the story or guessed on import
 * @param formatVersion as the story named it; empty when it named none
 * @param passages the set-aside passages as Twee 3 ({@code :: Name [tags] {...}} and body), empty when none
 */
public record TwineOrigin(String format, String formatVersion, String passages) {

    public TwineOrigin {
        Objects.requireNonNull(format, "format");
        formatVersion = formatVersion == null ? "" : formatVersion;
        passages = passages == null ? "" : passages;
    }
}
