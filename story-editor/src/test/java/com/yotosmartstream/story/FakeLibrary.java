package com.yotosmartstream.story;

import com.yotosmartstream.story.library.AudioLibrary;
import com.yotosmartstream.story.library.AudioTrack;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** An audio library for tests: tracks added by hand, stream URLs from a function. */
public final class FakeLibrary implements AudioLibrary {

    private final Map<String, AudioTrack> tracks = new LinkedHashMap<>();
    private final Function<AudioTrack, URI> urls;
    private final List<String> unstreamable = new ArrayList<>();
    private final List<Integer> silencesMade = new ArrayList<>();
    private boolean makesSilence = true;

    public FakeLibrary(Function<AudioTrack, URI> urls) {
        this.urls = urls;
    }

    public static FakeLibrary serving(String base) {
        return new FakeLibrary(t -> URI.create(base + "/stream/" + t.id() + ".mp3"));
    }

    public FakeLibrary add(String id, String title, int seconds) {
        tracks.put(id, new AudioTrack(id, title, Duration.ofSeconds(seconds), "mp3"));
        return this;
    }

    /** Adds a track for every node's audio of the story. */
    public FakeLibrary addAll(com.yotosmartstream.story.model.Story story) {
        story.nodes().forEach(n -> n.audio().ifPresent(a -> add(a.trackId(), a.title(), (int) a.seconds())));
        return this;
    }

    /** A library that cannot make silent tracks. */
    public FakeLibrary withoutSilence() {
        makesSilence = false;
        return this;
    }

    /** The lengths of the silent tracks made so far, in order (each length once). */
    public List<Integer> silencesMade() {
        return List.copyOf(silencesMade);
    }

    /** Makes "silence-N" the first time, as the app's library imports one per length. */
    @Override
    public Optional<AudioTrack> silence(int seconds) {
        if (!makesSilence) {
            return Optional.empty();
        }
        String id = "silence-" + seconds;
        if (!tracks.containsKey(id)) {
            silencesMade.add(seconds);
            add(id, "Silence, " + seconds + " s", seconds);
        }
        return track(id);
    }

    private final List<java.nio.file.Path> recordings = new ArrayList<>();
    private double loudness = DEFAULT_LOUDNESS;
    private boolean takesRecordings = true;

    /** The WAVs of kept takes the library was given, in order. */
    public List<java.nio.file.Path> recordings() {
        return List.copyOf(recordings);
    }

    public FakeLibrary withLoudnessTarget(double lufs) {
        loudness = lufs;
        return this;
    }

    /** A library that cannot take recordings (a full disk). */
    public FakeLibrary refusingRecordings() {
        takesRecordings = false;
        return this;
    }

    @Override
    public double loudnessTarget() {
        return loudness;
    }

    /** Keeps the WAV's path and makes "recording-N", as long as the WAV. */
    @Override
    public Optional<AudioTrack> recorded(java.nio.file.Path wav, String title) {
        if (!takesRecordings) {
            return Optional.empty();
        }
        recordings.add(wav);
        String id = "recording-" + recordings.size();
        try {
            double seconds = com.yotosmartstream.story.record.Pcm.readWav(wav).seconds();
            tracks.put(id, new AudioTrack(id, title + " (recorded)", Duration.ofMillis(Math.round(seconds * 1000)), "mp3"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return track(id);
    }

    public FakeLibrary unstreamable(String id) {
        unstreamable.add(id);
        return this;
    }

    @Override
    public List<AudioTrack> tracks() {
        return List.copyOf(tracks.values());
    }

    @Override
    public Optional<AudioTrack> track(String id) {
        return Optional.ofNullable(tracks.get(id));
    }

    @Override
    public Optional<URI> streamUrl(String id) {
        return unstreamable.contains(id) ? Optional.empty() : track(id).map(urls);
    }
}
