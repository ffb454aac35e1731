package com.yotosmartstream.story.play;

import com.yotosmartstream.story.compile.CardCompiler;
import com.yotosmartstream.story.compile.CompileResult;
import com.yotosmartstream.story.library.AudioLibrary;
import com.yotosmartstream.story.library.AudioTrack;
import com.yotosmartstream.story.lint.Lint;
import com.yotosmartstream.story.model.AudioRef;
import com.yotosmartstream.story.model.Story;
import com.yotosmartstream.story.model.StoryNode;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

/**
 * Compiles a story for a playtest, which should work before the story is finished: a node without
 * audio, or whose track the library cannot stream, plays a few seconds of silence instead, and a
 * story larger than a card still plays. Everything else is as the real compiler makes it, and
 * what would stop a player (exits to missing nodes, no start) still refuses. A question's quiet
 * pause plays the virtual player's own silence, so the playtest waits as the card will.
 */
public final class PlaytestCompiler {

    /** How long a node without audio plays in a playtest. */
    public static final int SILENCE_SECONDS = 8;
    private static final String SILENCE = "playtest-silence";
    private static final String PAUSE = "playtest-pause-";

    private PlaytestCompiler() {
    }

    /**
     * The nodes whose chosen track plays as silence in a playtest because it cannot stream now, each
     * with a sentence saying why ("'Dragon' cannot stream yet: Converting to MP3."). Nodes without
     * audio are not listed. Blocking (asks the library).
     */
    public static Map<String, String> silencedTracks(Story story, AudioLibrary library) {
        Map<String, String> reasons = new java.util.LinkedHashMap<>();
        for (StoryNode node : story.nodes()) {
            node.audio().ifPresent(audio -> {
                Optional<AudioTrack> track = library.track(audio.trackId());
                if (track.isEmpty()) {
                    reasons.put(node.id(), "Its track is no longer in the library, so it plays silence.");
                } else if (library.streamUrl(audio.trackId()).isEmpty()) {
                    reasons.put(node.id(), "'" + track.get().title() + "' cannot stream yet, so it plays silence"
                            + library.notStreamingReason(audio.trackId()).map(r -> ": " + r).orElse("."));
                }
            });
        }
        return reasons;
    }

    public static CompileResult compile(Story story, AudioLibrary library, IntFunction<URI> silence) {
        Map<String, Boolean> playable = story.nodes().stream().collect(Collectors.toMap(StoryNode::id,
                n -> n.audio().flatMap(a -> library.track(a.trackId())).flatMap(t -> library.streamUrl(t.id())).isPresent()));
        Story withStandIns = story;
        for (StoryNode node : story.nodes()) {
            if (!playable.get(node.id())) {
                withStandIns = withStandIns.withNode(node.withAudio(new AudioRef(SILENCE, "No audio yet", SILENCE_SECONDS)));
            }
        }
        AudioLibrary standIns = new AudioLibrary() {
            @Override
            public List<AudioTrack> tracks() {
                return library.tracks();
            }

            @Override
            public Optional<AudioTrack> track(String id) {
                if (id.equals(SILENCE)) {
                    return Optional.of(new AudioTrack(SILENCE, "No audio yet", Duration.ofSeconds(SILENCE_SECONDS), "mp3"));
                }
                return pauseSeconds(id).map(s -> new AudioTrack(id, "Quiet pause", Duration.ofSeconds(s), "mp3"))
                        .or(() -> library.track(id));
            }

            @Override
            public Optional<URI> streamUrl(String id) {
                if (id.equals(SILENCE)) {
                    return Optional.of(silence.apply(SILENCE_SECONDS));
                }
                return pauseSeconds(id).map(silence::apply).or(() -> library.streamUrl(id));
            }

            /** The quiet pauses of questions that wait: the virtual player's own silence. */
            @Override
            public Optional<AudioTrack> silence(int seconds) {
                return track(PAUSE + seconds);
            }
        };
        return new CardCompiler(new Lint(Integer.MAX_VALUE, Double.MAX_VALUE)).compile(withStandIns, standIns);
    }

    private static Optional<Integer> pauseSeconds(String id) {
        if (!id.startsWith(PAUSE)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Integer.parseInt(id.substring(PAUSE.length())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
