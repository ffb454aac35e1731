package com.yotosmartstream.app.shell;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The pages of the main window, in sidebar order. Shortcut+1..6 opens them. */
public enum Page {
    DASHBOARD("Dashboard", "fth-activity", "Every player in the household, live.", List.of(
            "A tile per player: what is playing, position, battery and charging, volume, sleep timer, night-light",
            "Remote controls: play, pause, skip, seek, volume, sleep timer, play a card",
            "History charts and an event log per player")),
    LIBRARY("Library", "fth-music", "Your own audio, ready to stream to the players.", List.of()),
    STORIES("Stories", "fth-git-branch", "Branching stories that children play with the player's buttons.", List.of(
            "A node-graph editor: drag nodes, draw arrows for left, right and end of track",
            "Live checks for dead ends, loops and missing audio",
            "Playtest, and compile to a Yoto interactive card")),
    ICONS("Icons", "fth-grid", "16x16 pixel icons for the players' display.", List.of(
            "A pixel painter with pencil, fill, shapes, mirror drawing and palettes",
            "A preview as the player's display shows it",
            "An icon library, uploaded to Yoto once and reused")),
    CARDS("Cards", "fth-layers", "Make-your-own cards from your library and your stories.", List.of(
            "Your cards, their chapters and tracks",
            "A card editor with drag-and-drop chapters and icons",
            "Stream from this computer or upload to Yoto, then play on a chosen player")),
    SETTINGS("Settings", "fth-settings", "How the app looks and where it keeps your data.", List.of());

    private final String title;
    private final String iconLiteral;
    private final String summary;
    private final List<String> plans;

    Page(String title, String iconLiteral, String summary, List<String> plans) {
        this.title = title;
        this.iconLiteral = iconLiteral;
        this.summary = summary;
        this.plans = plans;
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

    /** What the page will hold, for pages still being built. */
    public List<String> plans() {
        return plans;
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
