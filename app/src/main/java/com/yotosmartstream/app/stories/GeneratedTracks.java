package com.yotosmartstream.app.stories;

import com.yotosmartstream.core.storage.StorageException;
import com.yotosmartstream.core.task.TaskContext;
import com.yotosmartstream.streamer.Streamer;
import com.yotosmartstream.streamer.library.ImportLine;
import com.yotosmartstream.streamer.library.Track;
import com.yotosmartstream.streamer.library.TrackStatus;
import com.yotosmartstream.streamer.convert.Ffmpeg;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Generated narration in the Library (ADR 0077): the voice engine's WAV imported like any file,
 * marked generated (its artist is {@link #ARTIST}, which the Library shows), named after its node,
 * and converted to MP3 at once so the playtest and the card can stream it. The library keeps the
 * same bytes once, so the same narration is the same track; one the user deleted is brought back.
 */
final class GeneratedTracks {

    /** The artist of every generated track: how the Library tells them from recordings. */
    static final String ARTIST = "Generated narration";

    private static final Logger LOG = LoggerFactory.getLogger(GeneratedTracks.class);

    private final Streamer streamer;

    GeneratedTracks(Streamer streamer) {
        this.streamer = streamer;
    }

    /** The library's streamable track of {@code wav}; empty when it could not be made. Blocks (imports and converts). */
    synchronized Optional<Track> take(Path wav, String title) {
        return take(wav, title, " (generated)");
    }

    private Optional<Track> take(Path wav, String title, String marked) {
        return intoLibrary(streamer, wav, title + marked, ARTIST, "generated narration for '" + title + "'");
    }

    /**
     * {@code wav} imported into the library (the same bytes are one track; a deleted one comes back),
     * named {@code name} by {@code artist} (how the Library tells generated and recorded narration
     * from imports), converted at once; empty when it could not be made ({@code what} says what in the
     * log). Blocks.
     */
    static Optional<Track> intoLibrary(Streamer streamer, Path wav, String name, String artist, String what) {
        var library = streamer.library();
        try {
            Optional<String> id = library.importAll(List.of(wav), TaskContext.QUIET).lines().stream()
                    .filter(l -> l.outcome() == ImportLine.Outcome.IMPORTED || l.outcome() == ImportLine.Outcome.DUPLICATE)
                    .flatMap(l -> l.trackId().stream()).findFirst();
            if (id.isEmpty()) {
                LOG.warn("The library did not take {}", what);
                return Optional.empty();
            }
            if (library.catalogue().isDeleted(id.get())) {
                library.restore(id.get());
            }
            Track track = library.catalogue().find(id.get()).orElseThrow();
            if (!name.equals(track.title()) || !artist.equals(track.artist())) {
                library.rename(track.id(), name, artist);
            }
            if (library.catalogue().find(track.id()).map(t -> t.status() != TrackStatus.READY).orElse(true)) {
                library.convertPending(TaskContext.QUIET);
            }
            return library.catalogue().find(track.id()).filter(t -> t.status() == TrackStatus.READY);
        } catch (StorageException | RuntimeException e) {
            LOG.warn("Could not add {} to the library", what, e);
            return Optional.empty();
        }
    }

    /**
     * The recording {@code trackId} followed by the spoken prompt {@code promptWav} as one library
     * track (ADR 0088), joined by ffmpeg's concat filter into MP3 (WAV where the ffmpeg has no MP3
     * encoder, which the library then converts) and imported as generated narration is. The joined file
     * is kept beside the prompt under a key of the recording (its content-addressed id) and the prompt's
     * file (a key of the voice and the words), so the same recording and prompt are joined once.
     * Empty when there is no ffmpeg or joining fails. Blocks.
     */
    synchronized Optional<Track> withPrompt(String trackId, Path promptWav, String title) {
        var library = streamer.library();
        Optional<Track> recording = library.catalogue().find(trackId);
        Optional<Ffmpeg> ffmpeg = library.ffmpeg();
        if (recording.isEmpty() || ffmpeg.isEmpty()) {
            LOG.warn("Cannot add the spoken choices to '{}': {}", title, recording.isEmpty()
                    ? "its track is not in the library" : "no ffmpeg can run here");
            return Optional.empty();
        }
        Path source = library.streamPath(recording.get()).filter(Files::isRegularFile)
                .orElse(library.sourcePath(recording.get()));
        String extension = ffmpeg.get().mp3Encoder() ? ".mp3" : ".wav";
        Path joined = promptWav.resolveSibling("joined-" + key(trackId, promptWav) + extension);
        try {
            if (!Files.isRegularFile(joined)) {
                join(ffmpeg.get(), source, promptWav, joined);
            }
        } catch (IOException e) {
            LOG.warn("Could not add the spoken choices to '{}': {}", title, e.getMessage());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
        return take(joined, title, " (with spoken choices)");
    }

    private static void join(Ffmpeg ffmpeg, Path recording, Path prompt, Path joined)
            throws IOException, InterruptedException {
        Path part = Files.createTempFile(joined.getParent(), "joining", joined.getFileName().toString()
                .substring(joined.getFileName().toString().lastIndexOf('.')));
        try {
            // both to one rate and layout, then one after the other (ffmpeg's concat filter); bit-exact, so the
            // same inputs give the same bytes and the library keeps them once
            List<String> args = new java.util.ArrayList<>(List.of("-hide_banner", "-nostdin", "-y", "-v", "error",
                    "-i", recording.toString(), "-i", prompt.toString(), "-filter_complex",
                    "[0:a:0]aformat=sample_rates=44100:channel_layouts=stereo[a];"
                            + "[1:a:0]aformat=sample_rates=44100:channel_layouts=stereo[b];"
                            + "[a][b]concat=n=2:v=0:a=1[out]",
                    "-map", "[out]", "-map_metadata", "-1", "-fflags", "+bitexact", "-flags:a", "+bitexact"));
            args.addAll(part.toString().endsWith(".mp3") ? List.of("-c:a", "libmp3lame", "-b:a", "128k", "-f", "mp3")
                    : List.of("-c:a", "pcm_s16le", "-f", "wav"));
            args.add(part.toString());
            Process process = ffmpeg.command(args).redirectErrorStream(true).start();
            process.getOutputStream().close();
            byte[] output = process.getInputStream().readNBytes(1 << 14);
            if (!process.waitFor(5, java.util.concurrent.TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IOException("ffmpeg did not finish joining");
            }
            if (process.exitValue() != 0 || Files.size(part) == 0) {
                throw new IOException("ffmpeg could not join them: "
                        + new String(output, java.nio.charset.StandardCharsets.UTF_8).strip());
            }
            Files.move(part, joined, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(part);
        }
    }

    private static String key(String trackId, Path promptWav) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha.digest((trackId + "\n" + promptWav.getFileName()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }
}
