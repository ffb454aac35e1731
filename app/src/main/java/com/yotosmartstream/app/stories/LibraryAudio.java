package com.yotosmartstream.app.stories;

import com.yotosmartstream.story.library.AudioLibrary;
import com.yotosmartstream.story.library.AudioTrack;
import com.yotosmartstream.streamer.Streamer;
import com.yotosmartstream.streamer.library.Track;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * The story editor's {@link AudioLibrary} over the Library page's tracks (deleted ones left out),
 * each with its stream address from the running server.
 */
public final class LibraryAudio implements AudioLibrary {

    static final String EMPTY = "The library has no tracks yet: import your recordings on the Library"
            + " page, then pick them here.";

    private final Streamer streamer;
    private final SilenceTracks silences;
    private final GeneratedTracks generated;
    private final RecordedTracks recorded;
    private final java.util.function.DoubleSupplier loudnessTarget;

    public LibraryAudio(Streamer streamer) {
        this(streamer, () -> DEFAULT_LOUDNESS);
    }

    /** With the library's loudness target, which recordings are brought to (ADR 0085). */
    public LibraryAudio(Streamer streamer, java.util.function.DoubleSupplier loudnessTarget) {
        this.streamer = streamer;
        this.silences = new SilenceTracks(streamer);
        this.generated = new GeneratedTracks(streamer);
        this.recorded = new RecordedTracks(streamer);
        this.loudnessTarget = loudnessTarget;
    }

    @Override
    public List<AudioTrack> tracks() {
        return streamer.library().catalogue().all().stream().map(LibraryAudio::track).toList(); // all() holds live tracks only
    }

    @Override
    public Optional<AudioTrack> track(String id) {
        return streamer.library().catalogue().find(id).map(LibraryAudio::track);
    }

    @Override
    public Optional<URI> streamUrl(String id) {
        return streamer.trackUrl(id);
    }

    /** The track's status in the library's words ("Needs ffmpeg: AAC (M4A) can only be converted..."). */
    @Override
    public Optional<String> notStreamingReason(String id) {
        Optional<Track> track = streamer.library().catalogue().find(id);
        if (track.isEmpty()) {
            return Optional.of("it is not in the library.");
        }
        if (!track.get().streamable()) {
            String detail = track.get().statusDetail();
            return Optional.of(track.get().status().label() + (detail.isBlank() ? "." : ": " + detail));
        }
        return streamer.status().running() ? Optional.empty()
                : Optional.of("the stream server is not running (Settings > Streaming).");
    }

    @Override
    public Optional<String> unavailableReason() {
        return tracks().isEmpty() ? Optional.of(EMPTY) : Optional.empty();
    }

    /** A silent track the library makes and keeps, for questions that wait quietly (ADR 0054). Blocks. */
    @Override
    public Optional<AudioTrack> silence(int seconds) {
        return silences.trackId(seconds).flatMap(this::track);
    }

    /** Generated narration as a Library track marked generated, converted and ready to stream (ADR 0077). Blocks. */
    @Override
    public Optional<AudioTrack> generated(java.nio.file.Path wav, String title) {
        return generated.take(wav, title).map(LibraryAudio::track);
    }

    /** A take kept in the record panel as a Library track marked recorded, converted and ready to stream. Blocks. */
    @Override
    public Optional<AudioTrack> recorded(java.nio.file.Path wav, String title) {
        return recorded.take(wav, title).map(LibraryAudio::track);
    }

    @Override
    public double loudnessTarget() {
        return loudnessTarget.getAsDouble();
    }

    /** The recording followed by its spoken choices, as a Library track marked generated (ADR 0088). Blocks. */
    @Override
    public Optional<AudioTrack> withPrompt(String trackId, java.nio.file.Path promptWav, String title) {
        return generated.withPrompt(trackId, promptWav, title).map(LibraryAudio::track);
    }

    /** Whether the track is in the library and not deleted. */
    boolean isLive(String id) {
        return !streamer.library().catalogue().isDeleted(id);
    }

    static AudioTrack track(Track t) {
        String title = t.title() == null || t.title().isBlank() ? t.fileName() : t.title();
        return new AudioTrack(t.id(), title, t.duration(), t.format().label());
    }
}
