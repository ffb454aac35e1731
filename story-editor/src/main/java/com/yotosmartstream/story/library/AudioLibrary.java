package com.yotosmartstream.story.library;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * What the story editor needs from the audio library: which tracks there are, and the address a
 * player streams each from. Declared here and implemented by the app (the library lives in
 * another module, which this one must not depend on). Methods may block (they may read a database
 * or ask a server): call them off the UI thread.
 */
public interface AudioLibrary {

    /** Every track, in the library's order. */
    List<AudioTrack> tracks();

    Optional<AudioTrack> track(String id);

    /** Where a player streams the track from; empty when it cannot be streamed now. */
    Optional<URI> streamUrl(String id);

    /**
     * A short line for the picker when the library cannot offer tracks, saying why and what to do
     * (for example, no library yet); empty when it can.
     */
    default Optional<String> unavailableReason() {
        return Optional.empty();
    }

    /**
     * A track of this library that is {@code seconds} of silence (at least that long), for a
     * question that waits quietly for an answer; the same track each time for the same length. It
     * is a track like any other: {@link #track} and {@link #streamUrl} know its id. Empty when the
     * library cannot make one. May block (it may make and import the audio).
     */
    default Optional<AudioTrack> silence(int seconds) {
        return Optional.empty();
    }

    /**
     * Why the track cannot be streamed now ("it is waiting to be converted to MP3"), in words for
     * the user; empty when it can, or when the library cannot say.
     */
    default Optional<String> notStreamingReason(String id) {
        return Optional.empty();
    }

    /**
     * Takes a WAV of generated narration (a voice engine's, {@code story.voice.Narrator}) and gives
     * back the library's track of it, marked generated and ready to stream; the same audio gives the
     * same track each time. Empty when the library cannot take it. May block (it imports and
     * converts the audio).
     */
    default Optional<AudioTrack> generated(java.nio.file.Path wav, String title) {
        return Optional.empty();
    }

    /**
     * Takes a WAV of the author's own recording of a node (a kept take: silence trimmed, at
     * {@link #loudnessTarget()}) and gives back the library's track of it, ready to stream. Empty
     * when the library cannot take it. May block (it imports and converts the audio).
     */
    default Optional<AudioTrack> recorded(java.nio.file.Path wav, String title) {
        return Optional.empty();
    }

    /** The integrated loudness, in LUFS, the library brings tracks to; recordings are made this loud. */
    default double loudnessTarget() {
        return DEFAULT_LOUDNESS;
    }

    /** The library's loudness target when it names none (the app's default, -16 LUFS). */
    double DEFAULT_LOUDNESS = -16.0;

    /**
     * The track {@code trackId} (a recording) followed by {@code promptWav} (its spoken choice
     * prompts, a voice engine's WAV), joined into one track of this library marked generated, so a
     * node with a recording still says its choices (ADR 0088); the same recording and prompt give the
     * same track each time. Empty when the library cannot join them (for example, no ffmpeg). May
     * block (it joins, imports and converts the audio).
     */
    default Optional<AudioTrack> withPrompt(String trackId, java.nio.file.Path promptWav, String title) {
        return Optional.empty();
    }

    /** A library with no tracks, saying why. */
    static AudioLibrary none(String reason) {
        return new AudioLibrary() {
            @Override
            public List<AudioTrack> tracks() {
                return List.of();
            }

            @Override
            public Optional<AudioTrack> track(String id) {
                return Optional.empty();
            }

            @Override
            public Optional<URI> streamUrl(String id) {
                return Optional.empty();
            }

            @Override
            public Optional<String> unavailableReason() {
                return Optional.of(reason);
            }
        };
    }
}
