package com.yotosmartstream.app.shell;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The pages of the main window, in sidebar order. Shortcut+1..6 opens them. */
public enum Page {
    DASHBOARD("Dashboard", "fth-activity", "Every player in the household, live."),
    LIBRARY("Library", "fth-music", "Your own audio, ready to stream to the players."),
    STORIES("Stories", "fth-git-branch", "Branching stories that children play with the player's buttons."),
    ICONS("Icons", "fth-grid", "16x16 pixel icons for the players' display."),
    CARDS("Cards", "fth-layers", "Make-your-own cards from your library and your stories."),
    SETTINGS("Settings", "fth-settings", "How the app looks and where it keeps your data.");

    private final String title;
    private final String iconLiteral;
    private final String summary;

    Page(String title, String iconLiteral, String summary) {
        this.title = title;
        this.iconLiteral = iconLiteral;
        this.summary = summary;
    }

    public String title() {
        return title;
    }

    /** An Ikonli Feather icon literal. */
    public String iconLiteral() {
        return iconLiteral;
    }

    public String summary() {
        return summary;
    }

    /** The digit of its shortcut (Shortcut+digit). */
    public int shortcutDigit() {
        return ordinal() + 1;
    }

    /** The lower-case id used in node ids and on the command line. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Page> fromId(String id) {
        return Arrays.stream(values()).filter(p -> p.id().equalsIgnoreCase(id.strip())).findFirst();
    }

    public static String idList() {
        return Arrays.stream(values()).map(Page::id).collect(Collectors.joining(", "));
    }
}
