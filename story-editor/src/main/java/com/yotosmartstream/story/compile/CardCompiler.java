package com.yotosmartstream.story.compile;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.yotosmartstream.client.model.Card;
import com.yotosmartstream.client.model.CardAction;
import com.yotosmartstream.client.model.Keys;
import com.yotosmartstream.client.model.Track;
import com.yotosmartstream.story.library.AudioLibrary;
import com.yotosmartstream.story.library.AudioTrack;
import com.yotosmartstream.story.lint.Lint;
import com.yotosmartstream.story.lint.LintIssue;
import com.yotosmartstream.story.lint.Rule;
import com.yotosmartstream.story.lint.Severity;
import com.yotosmartstream.story.model.Exit;
import com.yotosmartstream.story.model.PublishedCard;
import com.yotosmartstream.story.model.Story;
import com.yotosmartstream.story.model.StoryNode;
import com.yotosmartstream.story.model.Target;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a story into a Yoto interactive card (the layout of {@code yoto-platform.md} section 3,
 * as Yoto's twee2yoto builds it): one chapter per node with one streamed track, the start node
 * first (key "01"), keys zero-padded, the left button, right button and end of track of each
 * track as {@code goto} or {@code stop}. A node with no end-of-track exit stops when its track
 * ends; a button with no exit is left out (the player ignores it).
 *
 * <p>As in twee2yoto ({@code src/index.ts}: each track's {@code key} is its chapter's, and each
 * {@code goto} is {@code {chapterKey: link, trackKey: link}}), a node's one track has the key of
 * its chapter and a {@code goto} names the target chapter's key twice. Chapter keys stay numbered
 * (twee2yoto uses passage names; ADR 0041 says why this compiler does not).
 *
 * <p>A story the player could not run (a lint error: an exit to a missing node, a node without
 * audio, ...) or whose tracks the library cannot stream is refused with the reasons, so a
 * {@code goto} to a missing key can never reach a card. Asks the library for stream addresses,
 * so call it off the UI thread.
 */
public final class CardCompiler {

    /** Card titles are 1 to 100 characters. */
    static final int MAX_TITLE = 100;

    private final Lint lint;

    public CardCompiler() {
        this(new Lint());
    }

    public CardCompiler(Lint lint) {
        this.lint = lint;
    }

    public CompileResult compile(Story story, AudioLibrary library) {
        List<LintIssue> issues = lint.check(story);
        List<LintIssue> errors = new ArrayList<>(issues.stream().filter(i -> i.severity() == Severity.ERROR).toList());
        List<LintIssue> warnings = issues.stream().filter(i -> i.severity() == Severity.WARNING).toList();
        Map<String, URI> urls = new LinkedHashMap<>();
        Map<String, AudioTrack> tracks = new LinkedHashMap<>();
        for (StoryNode node : story.nodes()) {
            node.audio().ifPresent(audio -> {
                Optional<AudioTrack> track = library.track(audio.trackId());
                Optional<URI> url = track.flatMap(t -> library.streamUrl(t.id()));
                if (track.isEmpty()) {
                    errors.add(new LintIssue(Rule.TRACK_NOT_IN_LIBRARY, Lint.name(node) + " plays '" + audio.title()
                            + "', which is not in the library any more. Pick another track.", List.of(node.id()),
                            Optional.empty()));
                } else if (url.isEmpty()) {
                    errors.add(new LintIssue(Rule.TRACK_NOT_IN_LIBRARY, Lint.name(node) + " plays '" + audio.title()
                            + "', which the library cannot stream now"
                            + library.unavailableReason().map(r -> " (" + r + ")").orElse("") + ".",
                            List.of(node.id()), Optional.empty()));
                } else {
                    urls.put(node.id(), url.get());
                    tracks.put(node.id(), track.get());
                }
            });
        }
        if (!errors.isEmpty()) {
            return new CompileResult.Refused(errors);
        }
        Map<String, String> keys = keys(story);
        JsonArray chapters = new JsonArray();
        int position = 1;
        for (String nodeId : keys.keySet()) {
            StoryNode node = story.node(nodeId).orElseThrow();
            chapters.add(chapter(node, keys, urls.get(nodeId), tracks.get(nodeId), position++));
        }
        return new CompileResult.Compiled(new Card(card(story, chapters)), keys, warnings);
    }

    /**
     * The chapter key each node gets in the card made from this story: the start node "01", then
     * the other nodes in story order. Needs no library, so a player's reported chapter can be
     * mapped back to a node without compiling.
     */
    public static Map<String, String> chapterKeys(Story story) {
        return java.util.Collections.unmodifiableMap(keys(story));
    }

    /** What a story remembers after it was published as card {@code cardId}: the id and the keys of this story. */
    public static PublishedCard published(String cardId, Story story) {
        return new PublishedCard(cardId, keys(story));
    }

    /** Chapter keys: the start node "01", then the other nodes in story order. */
    static Map<String, String> keys(Story story) {
        Map<String, String> keys = new LinkedHashMap<>();
        story.start().ifPresent(start -> keys.put(start.id(), Keys.of(1)));
        for (StoryNode node : story.nodes()) {
            keys.computeIfAbsent(node.id(), id -> Keys.of(keys.size() + 1));
        }
        return keys;
    }

    private static JsonObject card(Story story, JsonArray chapters) {
        JsonObject config = new JsonObject();
        config.addProperty("autoadvance", "none");
        config.addProperty("disableTrackNav", true);
        config.addProperty("disableChapterNav", true);
        config.addProperty("resumeTimeout", 2592000);
        JsonObject editSettings = new JsonObject();
        editSettings.addProperty("autoOverlayLabels", "chapters");
        editSettings.addProperty("editKeys", false);
        editSettings.addProperty("interactiveContent", true);
        // Every track streams, and Yoto's card schema calls this "necessary for streaming cards".
        editSettings.addProperty("transcodeAudioUploads", true);
        JsonObject content = new JsonObject();
        content.addProperty("activity", "yoto_Player");
        content.addProperty("playbackType", "interactive");
        content.add("config", config);
        content.add("editSettings", editSettings);
        content.add("chapters", chapters);

        JsonObject metadata = new JsonObject();
        metadata.addProperty("author", story.info().author());
        metadata.addProperty("description", story.info().description());
        if (story.info().cover().startsWith("https://") || story.info().cover().startsWith("http://")) {
            JsonObject cover = new JsonObject();
            cover.addProperty("imageL", story.info().cover());
            metadata.add("cover", cover);
        }
        JsonObject json = new JsonObject();
        json.addProperty("title", title(story.title()));
        json.add("metadata", metadata);
        json.add("content", content);
        return json;
    }

    static String title(String title) {
        String stripped = title.strip();
        if (stripped.isEmpty()) {
            return "Untitled story";
        }
        return stripped.length() <= MAX_TITLE ? stripped : stripped.substring(0, MAX_TITLE - 1) + "…";
    }

    private static JsonObject chapter(StoryNode node, Map<String, String> keys, URI url, AudioTrack audio, int position) {
        String label = Integer.toString(position);
        long seconds = Math.round(audio.seconds() > 0 ? audio.seconds() : node.audio().orElseThrow().seconds());
        String key = keys.get(node.id());
        Track track = Track.stream(key, title(node), url.toString(), audio.format());
        JsonObject trackJson = track.toJson();
        trackJson.addProperty("duration", seconds);
        trackJson.addProperty("overlayLabel", label);
        Track withEvents = new Track(trackJson);
        for (Exit exit : Exit.values()) {
            Optional<Target> target = node.exit(exit);
            if (target.isEmpty() && exit != Exit.END) {
                continue;
            }
            CardAction action = target.orElse(com.yotosmartstream.story.model.Target.STOP) instanceof Target.Goto go
                    ? new CardAction.Goto(keys.get(go.nodeId()), keys.get(go.nodeId())) : new CardAction.Stop();
            withEvents = withEvents.withAction(event(exit), action);
        }
        if (node.icon().isPresent()) {
            withEvents = withEvents.withIcon(node.icon().get());
        }
        JsonObject chapter = new JsonObject();
        chapter.addProperty("key", key);
        chapter.addProperty("title", title(node));
        chapter.addProperty("overlayLabel", label);
        node.icon().ifPresent(icon -> {
            JsonObject display = new JsonObject();
            display.addProperty("icon16x16", icon);
            chapter.add("display", display);
        });
        chapter.addProperty("duration", seconds);
        chapter.addProperty("hasStreams", true);
        JsonArray trackArray = new JsonArray();
        trackArray.add(withEvents.toJson());
        chapter.add("tracks", trackArray);
        return chapter;
    }

    private static String title(StoryNode node) {
        return node.title().isBlank() ? "Part " + node.id() : node.title();
    }

    private static Track.Event event(Exit exit) {
        return switch (exit) {
            case LEFT -> Track.Event.LEFT_BUTTON;
            case RIGHT -> Track.Event.RIGHT_BUTTON;
            case END -> Track.Event.END;
        };
    }
}
