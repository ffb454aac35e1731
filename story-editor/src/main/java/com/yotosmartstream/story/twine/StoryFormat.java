package com.yotosmartstream.story.twine;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The Twine story formats the import reads (docs/reference: story-formats.md), each with its
 * syntax and the passages it treats as special (not story passages, so not nodes).
 */
public enum StoryFormat {
    HARLOWE("Harlowe", "3.3.9", HarloweSyntax::new, Set.of(), Set.of("startup", "header", "footer",
            "debug-startup", "debug-header", "debug-footer")),
    SUGARCUBE("SugarCube", "2.37.3", SugarCubeSyntax::new, Set.of("StoryInit", "StoryCaption", "StoryMenu",
            "StoryBanner", "StorySubtitle", "StoryAuthor", "PassageReady", "PassageDone", "PassageHeader",
            "PassageFooter", "StoryInterface", "StoryShare"), Set.of("widget")),
    CHAPBOOK("Chapbook", "2.2.0", ChapbookSyntax::new, Set.of(), Set.of()),
    SNOWMAN("Snowman", "2.0.2", SnowmanSyntax::new, Set.of(), Set.of());

    /** Tags every format sets aside. */
    private static final Set<String> ASIDE_TAGS = Set.of("script", "stylesheet", "Twine.private");
    private static final Pattern ASIDE_NAME = Pattern.compile("(?i)story\\s*(java\\s*script|script|style\\s*sheet|css)");
    /** Rules of {@code selector { property: value; }} and nothing else; possessive, so a long passage cannot backtrack. */
    private static final Pattern CSS = Pattern.compile("(?s)\\s*+(?:[\\w\\s.#,:>*+~()\\[\\]=\"-]++\\{\\s*+"
            + "(?:[\\w-]++\\s*+:\\s*+[^;{}]++;?+\\s*+)*+\\}\\s*+)++");
    private static final Pattern JS = Pattern.compile("(?s)\\s*(window\\.|Config\\.|setup\\.|Macro\\.add|\\$\\(|"
            + "function\\s|var\\s|let\\s|const\\s|\\(function|jQuery|document\\.|\"use strict\").*");

    private final String displayName;
    private final String version;
    private final Supplier<FormatSyntax> syntax;
    private final Set<String> specialNames;
    private final Set<String> specialTags;

    StoryFormat(String displayName, String version, Supplier<FormatSyntax> syntax, Set<String> specialNames,
            Set<String> specialTags) {
        this.displayName = displayName;
        this.version = version;
        this.syntax = syntax;
        this.specialNames = specialNames;
        this.specialTags = specialTags;
    }

    /** The name Twine uses for the format ("Harlowe", "SugarCube", ...). */
    public String displayName() {
        return displayName;
    }

    /** The version a Twee export names when the story named none. */
    public String defaultVersion() {
        return version;
    }

    FormatSyntax syntax() {
        return syntax.get();
    }

    /** The format a story names ({@code StoryData}'s or {@code tw-storydata}'s {@code format}), if it is one of these. */
    public static Optional<StoryFormat> named(String name) {
        String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        for (StoryFormat format : values()) {
            if (!n.isEmpty() && n.startsWith(format.displayName.toLowerCase(Locale.ROOT))) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /** The format whose syntax the passages use most (for a story that names none). */
    public static StoryFormat guess(List<TwinePassage> passages) {
        int harlowe = 0;
        int sugar = 0;
        int chapbook = 0;
        int snowman = 0;
        for (TwinePassage p : passages) {
            String t = p.text();
            harlowe += count(t, "(set:") + count(t, "(if:") + count(t, "(link-goto:") + count(t, "(go-to:")
                    + count(t, "(goto:") + count(t, ")[");
            sugar += count(t, "<<");
            chapbook += count(t, "{link to") + count(t, "\n--\n") + count(t, "[continue]") + count(t, "{back link");
            snowman += count(t, "<%");
        }
        int best = Math.max(Math.max(harlowe, sugar), Math.max(chapbook, snowman));
        if (best == 0 || best == harlowe) {
            return HARLOWE;
        }
        return best == sugar ? SUGARCUBE : best == chapbook ? CHAPBOOK : SNOWMAN;
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + what.length())) {
            n++;
        }
        return n;
    }

    /**
     * Why a passage is not a story passage in this format (its name or tags, or a script or
     * stylesheet that was not tagged as one); empty for a story passage.
     */
    public Optional<String> special(TwinePassage passage) {
        for (String tag : passage.tags()) {
            if (ASIDE_TAGS.contains(tag)) {
                return Optional.of("is tagged '" + tag + "' (not a story passage)");
            }
            if (specialTags.contains(tag)) {
                return Optional.of("is tagged '" + tag + "', which " + displayName + " runs " + (tag.contains("startup")
                        ? "once at the start" : tag.contains("header") ? "before every passage" : tag.contains("footer")
                        ? "after every passage" : "as code") + " (not a story passage)");
            }
        }
        if (isSpecialName(passage.name()) && !ASIDE_NAME.matcher(passage.name()).matches()) {
            return Optional.of("is " + (specialNames.contains(passage.name()) ? displayName + "'s" : "Yoto's twine-to-yoto")
                    + " special passage " + passage.name() + " (" + (passage.name().equals("StoryInit")
                    ? "settings and variables set at the start" : "part of the page around the story") + ")");
        }
        if (ASIDE_NAME.matcher(passage.name()).matches()) {
            return Optional.of("is named as the story's script or stylesheet");
        }
        String text = passage.text().replaceAll("(?s)/\\*.*?\\*/", "");
        if (!text.isBlank() && !text.contains("[[") && CSS.matcher(text).matches() && text.contains(":")) {
            return Optional.of("is a stylesheet without the 'stylesheet' tag");
        }
        if (!text.contains("[[") && JS.matcher(text).matches() && text.contains(";")) {
            return Optional.of("is a script without the 'script' tag");
        }
        return Optional.empty();
    }

    /** Where a header or footer passage's text goes: before every passage, or after it. */
    public enum FramePart { HEADER, FOOTER }

    /**
     * Whether a special passage is one this format shows with every passage, and where: SugarCube's
     * {@code PassageHeader} and {@code PassageFooter} (SugarCube 2 docs, "Special Passages"), and
     * Harlowe's passages tagged {@code header} or {@code footer} (Harlowe 3 manual, "header tag":
     * their source is included at the top, or bottom, of every passage as by an invisible
     * {@code (display:)}). Harlowe's {@code debug-header}/{@code debug-footer} show only in debug
     * mode and are not frames; Chapbook's page header and footer are set in {@code config.header}
     * and {@code config.footer} variables, not passages, and Snowman has none.
     */
    public Optional<FramePart> framePart(TwinePassage passage) {
        if (passage.tags().stream().anyMatch(ASIDE_TAGS::contains)) {
            return Optional.empty();
        }
        if (this == SUGARCUBE) {
            return passage.name().equals("PassageHeader") ? Optional.of(FramePart.HEADER)
                    : passage.name().equals("PassageFooter") ? Optional.of(FramePart.FOOTER) : Optional.empty();
        }
        if (this == HARLOWE) {
            return passage.tags().contains("header") ? Optional.of(FramePart.HEADER)
                    : passage.tags().contains("footer") ? Optional.of(FramePart.FOOTER) : Optional.empty();
        }
        return Optional.empty();
    }

    /** Whether a passage of this name is never a story passage in this format (whatever its text). */
    public boolean isSpecialName(String name) {
        return specialNames.contains(name) || name.equals("StoryInit") || ASIDE_NAME.matcher(name).matches();
    }

    /** Reads one passage's text. */
    public ReadPassage read(String text) {
        return PassageScanner.read(syntax(), text);
    }

    /** Narration written so this format reads it back exactly (verbatim markup). */
    public String verbatim(String narration) {
        return syntax().verbatim(narration);
    }
}
