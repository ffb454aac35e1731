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
import com.yotosmartstream.story.model.Waiting;
import com.yotosmartstream.story.state.StateCompiler;
import com.yotosmartstream.story.state.StoryLogic;
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
 * <p>A node that asks a question (buttons, no end-of-track exit) does, when its track ends, what
 * its {@link Waiting} says, with only the confirmed {@code goto} and {@code stop} (section 3; a
 * {@code repeat} command is unconfirmed and never used): stop; ask again ({@code onEnd} goes to
 * its own chapter); or a quiet pause, an extra chapter after the nodes' chapters with a silent
 * track of the library's whose buttons are the question's and whose end goes back to it (ADR 0054).
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
        if (!StoryLogic.uses(story)) {
            return compile(story, library, issues, Map.of());
        }
        if (issues.stream().anyMatch(i -> i.severity() == Severity.ERROR)) {
            return new CompileResult.Refused(issues.stream().filter(i -> i.severity() == Severity.ERROR).toList());
        }
        StateCompiler.Expansion expansion;
        try {
            expansion = StateCompiler.expand(story);
        } catch (StoryLogic.Refused e) {
            return new CompileResult.Refused(e.problems().stream().map(p -> new LintIssue(Rule.VARIABLES, p.message(),
                    p.nodeId().stream().toList(), Optional.empty())).toList());
        }
        Story plain = expansion.story();
        long pauses = plain.nodes().stream().filter(n -> n.asksQuestion()
                && n.waiting(plain.info().waiting()).mode() == Waiting.Mode.PAUSE).count();
        if (plain.size() + pauses > lint.maxNodes()) {
            return new CompileResult.Refused(List.of(new LintIssue(Rule.TOO_MANY_NODES, tooManyTracks(story, expansion,
                    plain.size() + pauses, lint.maxNodes()), List.of(), Optional.empty())));
        }
        CompileResult result = compile(plain, library, issues, expansion.clones());
        if (result instanceof CompileResult.Refused refused) {
            // a node's audio problem is found once per clone: say it once, about the node
            List<LintIssue> once = new ArrayList<>();
            for (LintIssue issue : refused.reasons()) {
                LintIssue onNode = new LintIssue(issue.rule(), issue.message(), issue.nodeIds().stream()
                        .map(id -> StateCompiler.nodeOf(id, story)).distinct().toList(), issue.fix());
                if (once.stream().noneMatch(i -> i.message().equals(onNode.message()))) {
                    once.add(onNode);
                }
            }
            return new CompileResult.Refused(once);
        }
        return result;
    }

    /**
     * What a card needs that the state compile gives too many of: the count, the limit, and the
     * variable that multiplies the count most (ADR 0082).
     */
    public static String tooManyTracks(Story story, StateCompiler.Expansion expansion, long tracks, int limit) {
        return "With its variables the story needs " + tracks + " tracks (" + story.size() + " nodes in "
                + expansion.states() + " states); a card holds at most " + limit + "."
                + expansion.worst().map(m -> " " + m.variable() + " multiplies the count most (x"
                        + String.format(java.util.Locale.ROOT, "%.1f", m.factor()) + "): set it in fewer places, give it"
                        + " fewer values, or split the story.").orElse(" Split the story or merge nodes.");
    }

    private CompileResult compile(Story story, AudioLibrary library, List<LintIssue> issues,
            Map<String, StateCompiler.Clone> clones) {
        List<LintIssue> errors = new ArrayList<>(issues.stream().filter(i -> i.severity() == Severity.ERROR).toList());
        List<LintIssue> warnings = issues.stream().filter(i -> i.severity() == Severity.WARNING).toList();
        Map<String, URI> urls = new LinkedHashMap<>();
        Map<String, AudioTrack> tracks = new LinkedHashMap<>();
        Map<Integer, Optional<AudioTrack>> silences = new java.util.TreeMap<>();
        Map<Integer, URI> silenceUrls = new java.util.TreeMap<>();
        for (StoryNode node : story.nodes()) {
            Waiting waiting = waiting(story, node);
            if (waiting.mode() == Waiting.Mode.PAUSE) {
                int seconds = waiting.pauseSeconds();
                Optional<AudioTrack> silence = silences.computeIfAbsent(seconds, library::silence);
                Optional<URI> url = silence.flatMap(t -> library.streamUrl(t.id()));
                if (url.isEmpty()) {
                    errors.add(new LintIssue(Rule.TRACK_NOT_IN_LIBRARY, Lint.name(node) + " waits quietly for an answer,"
                            + " but the library cannot make the silent track for the pause now"
                            + library.unavailableReason().map(r -> " (" + r + ")").orElse("")
                            + ". Let it ask the question again instead, or try again.", List.of(node.id()),
                            Optional.empty()));
                } else {
                    silenceUrls.put(seconds, url.get());
                }
            }
        }
        for (StoryNode node : story.nodes()) {
            if (node.audio().isEmpty() && errors.stream().noneMatch(e -> e.rule() == Rule.NO_AUDIO
                    && e.nodeIds().contains(node.id()))) {
                // a node the lint lets through because a voice speaks it, when no voice did (ADR 0077)
                errors.add(new LintIssue(Rule.NO_AUDIO, Lint.name(node) + " has no audio, and no voice engine spoke"
                        + " its text (Settings > Narration says what to install). Pick a Library track for it.",
                        List.of(node.id()), Optional.empty()));
            }
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
        Map<String, String> keys = plainKeys(story);
        Map<String, String> pauseKeys = pauseKeys(story, keys);
        JsonArray chapters = new JsonArray();
        int position = 1;
        for (String nodeId : keys.keySet()) {
            StoryNode node = story.node(nodeId).orElseThrow();
            chapters.add(chapter(node, keys, pauseKeys, story.info().waiting(), urls.get(nodeId), tracks.get(nodeId),
                    position++));
        }
        for (Map.Entry<String, String> pause : pauseKeys.entrySet()) {
            StoryNode node = story.node(pause.getKey()).orElseThrow();
            int seconds = waiting(story, node).pauseSeconds();
            chapters.add(pauseChapter(node, pause.getValue(), keys, silenceUrls.get(seconds),
                    silences.get(seconds).orElseThrow(), seconds, position++));
        }
        return new CompileResult.Compiled(new Card(card(story, chapters)), keys, warnings, pauseKeys, clones);
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

    /**
     * Chapter keys: the start node "01", then the other nodes in story order. For a story with
     * variables, the keys of its clones (ADR 0082), the first clone of each node under the node's id.
     */
    static Map<String, String> keys(Story story) {
        if (StoryLogic.uses(story)) {
            try {
                return plainKeys(StateCompiler.expand(story).story());
            } catch (StoryLogic.Refused e) {
                return plainKeys(story);
            }
        }
        return plainKeys(story);
    }

    private static Map<String, String> plainKeys(Story story) {
        Map<String, String> keys = new LinkedHashMap<>();
        story.start().ifPresent(start -> keys.put(start.id(), Keys.of(1)));
        for (StoryNode node : story.nodes()) {
            keys.computeIfAbsent(node.id(), id -> Keys.of(keys.size() + 1));
        }
        return keys;
    }

    /** What a node does when nobody answers: its own choice, else the story's; only questions wait. */
    static Waiting waiting(Story story, StoryNode node) {
        return node.asksQuestion() ? node.waiting(story.info().waiting()) : Waiting.STOP;
    }

    /** The chapter key of each quiet pause, after the nodes' keys, in node order. */
    static Map<String, String> pauseKeys(Story story, Map<String, String> keys) {
        Map<String, String> pauses = new LinkedHashMap<>();
        for (String nodeId : keys.keySet()) {
            StoryNode node = story.node(nodeId).orElseThrow();
            if (waiting(story, node).mode() == Waiting.Mode.PAUSE) {
                pauses.put(nodeId, Keys.of(keys.size() + pauses.size() + 1));
            }
        }
        return pauses;
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

    private static JsonObject chapter(StoryNode node, Map<String, String> keys, Map<String, String> pauseKeys,
            Waiting storyWaiting, URI url, AudioTrack audio, int position) {
        long seconds = Math.round(audio.seconds() > 0 ? audio.seconds() : node.audio().orElseThrow().seconds());
        String key = keys.get(node.id());
        Track withEvents = track(key, title(node), url, audio.format(), seconds, Integer.toString(position));
        for (Exit exit : Exit.values()) {
            Optional<Target> target = node.exit(exit);
            if (target.isEmpty() && exit != Exit.END) {
                continue;
            }
            CardAction action = target.isEmpty() && node.asksQuestion()
                    ? whenNobodyAnswers(node.waiting(storyWaiting), key, pauseKeys.get(node.id()))
                    : action(target.orElse(Target.STOP), keys);
            withEvents = withEvents.withAction(event(exit), action);
        }
        return chapter(node, key, title(node), withEvents, seconds, Integer.toString(position));
    }

    /** The quiet pause after a node's question: silence, the question's buttons, then the question again. */
    private static JsonObject pauseChapter(StoryNode node, String key, Map<String, String> keys, URI url,
            AudioTrack silence, int seconds, int position) {
        String title = title(node) + " (waiting)";
        Track withEvents = track(key, title, url, silence.format(), seconds, Integer.toString(position));
        for (Exit exit : List.of(Exit.LEFT, Exit.RIGHT)) {
            Optional<Target> target = node.exit(exit);
            if (target.isPresent()) {
                withEvents = withEvents.withAction(event(exit), action(target.get(), keys));
            }
        }
        String question = keys.get(node.id());
        withEvents = withEvents.withAction(Track.Event.END, new CardAction.Goto(question, question));
        return chapter(node, key, title, withEvents, seconds, Integer.toString(position));
    }

    private static CardAction whenNobodyAnswers(Waiting waiting, String ownKey, String pauseKey) {
        return switch (waiting.mode()) {
            case STOP -> new CardAction.Stop();
            case REPEAT -> new CardAction.Goto(ownKey, ownKey);
            case PAUSE -> new CardAction.Goto(pauseKey, pauseKey);
        };
    }

    private static CardAction action(Target target, Map<String, String> keys) {
        return target instanceof Target.Goto go ? new CardAction.Goto(keys.get(go.nodeId()), keys.get(go.nodeId()))
                : new CardAction.Stop();
    }

    private static Track track(String key, String title, URI url, String format, long seconds, String label) {
        JsonObject trackJson = Track.stream(key, title, url.toString(), format).toJson();
        trackJson.addProperty("duration", seconds);
        trackJson.addProperty("overlayLabel", label);
        return new Track(trackJson);
    }

    private static JsonObject chapter(StoryNode node, String key, String title, Track track, long seconds, String label) {
        Track withEvents = node.icon().map(track::withIcon).orElse(track);
        JsonObject chapter = new JsonObject();
        chapter.addProperty("key", key);
        chapter.addProperty("title", title);
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
