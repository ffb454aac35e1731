package com.yotosmartstream.streamer.library;

import com.yotosmartstream.core.storage.StorageException;
import com.yotosmartstream.core.task.TaskCancelledException;
import com.yotosmartstream.core.task.TaskContext;
import com.yotosmartstream.streamer.chapters.ChapterReader;
import com.yotosmartstream.streamer.chapters.Chapters;
import com.yotosmartstream.streamer.probe.AudioFormat;
import com.yotosmartstream.streamer.probe.AudioInfo;
import com.yotosmartstream.streamer.probe.AudioProbe;
import com.yotosmartstream.streamer.probe.Cover;
import com.yotosmartstream.streamer.probe.ProbeException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports files and folders: each file is copied into the library while its SHA-256 is computed,
 * probed, moved to its content-addressed place and catalogued, in that order. A file that fails
 * at any step leaves nothing behind (no copy, no cover, no row) and the batch goes on.
 * Cancelling stops between two chunks of a copy; the file being copied is dropped whole. Files are
 * imported a few at a time ({@link ImportBatch}, one per core).
 */
public final class Importer {

    private static final Logger LOG = LoggerFactory.getLogger(Importer.class);
    private static final int CHUNK = 1 << 20;
    /** Formats whose header may not say how long they are (converting tells): FLAC, live WebM, broadcast WMA. */
    private static final Set<AudioFormat> LENGTH_MAY_BE_UNKNOWN = Set.of(AudioFormat.FLAC, AudioFormat.WEBM,
            AudioFormat.MATROSKA, AudioFormat.WMA);
    /** Kept free on the disk after an import, so the app and the system can go on writing. */
    private static final long SPARE_BYTES = 50L * 1024 * 1024;
    /** Shorter than this is a fragment, not a track: a player would skip it before it made a sound. */
    static final java.time.Duration MIN_DURATION = java.time.Duration.ofSeconds(1);

    private final LibraryFolder folder;
    private final Catalogue catalogue;
    private final long maxBytes;
    private final Prober prober;
    private Optional<ChapterReader> chapterReader = Optional.empty();
    private Optional<ChapterStore> chapterStore = Optional.empty();
    private int threads = defaultThreads();
    /** Held from "is it in the catalogue?" to its row added, so the same bytes twice in a batch are kept once. */
    private final Object placing = new Object();

    /** Tells what a copied file holds ({@link AudioProbe#probe(Path, String)}; tests give one that fails). */
    @FunctionalInterface
    interface Prober {
        AudioInfo probe(Path file, String name) throws IOException, ProbeException;
    }

    /** @param maxBytes the largest file accepted */
    public Importer(LibraryFolder folder, Catalogue catalogue, long maxBytes) {
        this(folder, catalogue, maxBytes, AudioProbe::probe);
    }

    Importer(LibraryFolder folder, Catalogue catalogue, long maxBytes, Prober prober) {
        this.folder = folder;
        this.catalogue = catalogue;
        this.maxBytes = maxBytes;
        this.prober = prober;
    }

    /**
     * Reads chapter marks of each imported file with {@code reader} and keeps them in {@code store}
     * (ADR 0073); without a reader (no ffmpeg can run) tracks are imported without chapters.
     */
    Importer readingChapters(Optional<ChapterReader> reader, ChapterStore store) {
        this.chapterReader = reader;
        this.chapterStore = Optional.of(store);
        return this;
    }

    /** How many files are imported at once: one per core, at most four (each reads, hashes and writes its file). */
    static int defaultThreads() {
        return Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    }

    /** Imports {@code count} files at once (1: one after another); see {@link #defaultThreads}. */
    Importer threads(int count) {
        this.threads = Math.max(1, count);
        return this;
    }

    /**
     * Imports everything chosen, reporting progress by bytes; returns a line per file, in the order
     * chosen. Files are imported {@link #threads} at a time (the task's own thread and pool threads);
     * one that fails, even with an error of ours, fails alone (ADR 0052). After a cancel no file starts.
     */
    public ImportReport importAll(List<Path> chosen, TaskContext context) {
        ImportSelection expanded = ImportSelection.of(chosen);
        List<Path> files = expanded.files();
        long total = 0;
        for (Path file : files) {
            total += sizeOrZero(file);
        }
        ImportBatch batch = new ImportBatch(this, files, total, context);
        batch.run(threads);
        ImportReport report = new ImportReport(batch.lines(), expanded.skipped(), batch.cancelled());
        LOG.info("Import: {}", report.summary());
        return report;
    }

    /** Reports how many bytes of the current file are copied. */
    @FunctionalInterface
    interface Progress {
        void copied(long bytes);
    }

    ImportLine importOne(Path file, Progress progress, TaskContext context) throws TaskCancelledException {
        String shown = file.toString();
        String name = file.getFileName() == null ? shown : file.getFileName().toString();
        long size;
        try {
            if (!Files.isRegularFile(file)) {
                return failed(shown, Files.exists(file) ? "It is not a file." : "It is gone (moved or deleted since it"
                        + " was chosen).");
            }
            size = Files.size(file);
        } catch (IOException e) {
            return failed(shown, "It cannot be read (" + e.getMessage() + ").");
        }
        if (size == 0) {
            return failed(shown, "It is empty (0 bytes).");
        }
        if (size > maxBytes) {
            return failed(shown, "It is too large (" + megabytes(size) + "); the library takes files up to "
                    + megabytes(maxBytes) + ". Split it into parts, or convert it to a smaller MP3 first.");
        }
        try {
            if (Files.getFileStore(folder.root()).getUsableSpace() < size + SPARE_BYTES) {
                return failed(shown, "There is not enough free disk space for it (" + megabytes(size) + "). Free some"
                        + " space on the disk that holds " + folder.root() + ", then import it again.");
            }
        } catch (IOException e) {
            LOG.debug("Could not read the free space of {}", folder.root(), e);
        }
        OriginalProbe before;
        try {
            before = OriginalProbe.of(file, name, prober);
        } catch (ProbeException e) {
            return failed(shown, e.getMessage());
        }
        if (before.tooShort().isPresent()) {
            return failed(shown, before.tooShort().get());
        }
        Path temp = folder.newIncoming(".part");
        try {
            String sha = copyHashing(file, temp, progress, context);
            // the original's probe stands for the copy when the file did not change meanwhile (size and time)
            AudioInfo info = before.info().isPresent() && before.unchanged(file) ? before.info().get()
                    : prober.probe(temp, name);
            Optional<String> tooShort = tooShort(info);
            if (tooShort.isPresent()) {
                return failed(shown, tooShort.get());
            }
            Placed placed;
            synchronized (placing) {
                Optional<Track> existing = catalogue.findBySha(sha);
                if (existing.isPresent()) {
                    Track track = existing.get();
                    if (catalogue.isDeleted(track.id())) {
                        catalogue.restore(track.id());
                        return new ImportLine(shown, ImportLine.Outcome.IMPORTED, "It had been deleted and is back.",
                                Optional.of(track.id()));
                    }
                    return new ImportLine(shown, ImportLine.Outcome.DUPLICATE, "Already in the library as \u201c"
                            + track.title() + "\u201d.", Optional.of(track.id()));
                }
                placed = place(shown, name, sha, size, temp, info);
            }
            if (placed.track().isEmpty()) {
                return placed.line();
            }
            List<String> notes = new ArrayList<>(info.notes());
            notes.addAll(readChapters(placed.track().get(), placed.file(), info));
            return new ImportLine(shown, ImportLine.Outcome.IMPORTED, String.join(" ", notes),
                    Optional.of(placed.track().get().id()));
        } catch (ProbeException e) {
            return failed(shown, e.getMessage());
        } catch (NoSuchFileException e) {
            return failed(shown, "It is gone (moved or deleted during the import).");
        } catch (AccessDeniedException e) {
            return failed(shown, "The app may not read it. Check its permissions.");
        } catch (IOException e) {
            return failed(shown, "It could not be copied into the library (" + e.getMessage() + "). Check that the disk"
                    + " is not full, then import it again.");
        } catch (StorageException e) {
            return failed(shown, e.getMessage());
        } finally {
            deleteQuietly(temp);
        }
    }

    /** A track placed in the library and its file, or the line saying why it was not. */
    private record Placed(Optional<Track> track, Path file, ImportLine line) {
    }

    /** Moves the copy to its place, stores the cover, adds the row; undoes the file moves if the row fails. */
    private Placed place(String shown, String name, String sha, long size, Path temp, AudioInfo info)
            throws IOException {
        String source = folder.original(sha, info.format().extension());
        Path target = folder.resolve(source);
        Files.createDirectories(target.getParent());
        boolean moved = false;
        if (!Files.exists(target)) {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            moved = true;
        }
        Optional<String> cover = Optional.empty();
        boolean coverWritten = false;
        if (info.cover().isPresent()) {
            Cover picture = info.cover().get();
            String relative = folder.cover(sha256(picture.data()), picture.extension());
            Path coverFile = folder.resolve(relative);
            if (!Files.exists(coverFile)) {
                Path coverTemp = folder.newIncoming(".cover");
                try {
                    Files.write(coverTemp, picture.data(), StandardOpenOption.CREATE_NEW);
                    Files.move(coverTemp, coverFile, StandardCopyOption.ATOMIC_MOVE);
                    coverWritten = true;
                } finally {
                    deleteQuietly(coverTemp);
                }
            }
            cover = Optional.of(relative);
        }
        Track track = newTrack(name, sha, size, source, cover, info);
        try {
            catalogue.add(track);
        } catch (StorageException e) {
            if (moved) {
                deleteQuietly(target);
            }
            if (coverWritten && !catalogue.uses(cover.get())) {
                deleteQuietly(folder.resolve(cover.get()));
            }
            return new Placed(Optional.empty(), target, failed(shown, e.getMessage()));
        }
        LOG.info("Imported {} as track {} ({}, {} s)", CleanText.of(name), track.id(), info.format().label(),
                info.duration().toSeconds());
        return new Placed(Optional.of(track), target, null);
    }

    /**
     * Reads and keeps the chapter marks of a new track; returns what was wrong with them. With no
     * ffprobe to read them, the track is marked so that {@link Library#readUnreadChapters} reads them
     * once one can run.
     */
    private List<String> readChapters(Track track, Path file, AudioInfo info) {
        if (chapterStore.isEmpty() || !ChapterCandidates.mayHoldChapters(info.format(), file)) {
            return List.of();
        }
        if (chapterReader.isEmpty()) {
            try {
                chapterStore.get().markUnread(track.id());
            } catch (StorageException e) {
                LOG.warn("Could not mark the chapters of track {} to be read later: {}", track.id(), e.getMessage());
            }
            return List.of();
        }
        Chapters chapters = chapterReader.get().read(file, info.duration());
        if (chapters.isEmpty()) {
            return chapters.notes();
        }
        try {
            chapterStore.get().save(track.id(), chapters.marks());
        } catch (StorageException e) {
            LOG.warn("Could not keep the chapters of track {}: {}", track.id(), e.getMessage());
            return List.of("Its chapters could not be kept (" + e.getMessage() + ").");
        }
        LOG.info("Track {} has {} chapters", track.id(), chapters.marks().size());
        return chapters.notes();
    }

    /** Why a probed file is too short to be a track, if it is (a file without a length is converted to find out). */
    static Optional<String> tooShort(AudioInfo info) {
        java.time.Duration duration = info.duration();
        if (duration.compareTo(MIN_DURATION) >= 0 || (duration.isZero() && LENGTH_MAY_BE_UNKNOWN.contains(info.format()))) {
            return Optional.empty();
        }
        return Optional.of("It holds only " + String.format(Locale.ROOT, "%.2f", duration.toNanos() / 1e9)
                + " seconds of audio, too little for a track (at least one second): it is a fragment or cut short."
                + " Copy it again from the original.");
    }

    private static Track newTrack(String name, String sha, long size, String source, Optional<String> cover,
            AudioInfo info) {
        AudioFormat format = info.format();
        String tagged = CleanText.of(info.tags().title());
        String named = CleanText.of(withoutExtension(name));
        String title = !tagged.isEmpty() ? tagged : !named.isEmpty() ? named : "Untitled";
        boolean ready = format.streamable();
        return new Track(Track.idOf(sha), sha, name, source, format, size, info.duration(), info.bitrate(),
                info.sampleRate(), info.channels(), info.vbr(), title, CleanText.of(info.tags().artist()),
                CleanText.of(info.tags().album()),
                info.tags().trackNumber(), cover, ready ? Optional.of(source) : Optional.empty(), ready
                ? format.extension() : "mp3", ready ? TrackStatus.READY : TrackStatus.CONVERTING,
                ready ? "" : "Waiting to be converted to MP3.", Instant.now(), info.tags().discNumber());
    }

    private static String copyHashing(Path file, Path temp, Progress progress, TaskContext context)
            throws IOException, TaskCancelledException {
        MessageDigest digest = sha256Digest();
        byte[] buffer = new byte[CHUNK];
        long copied = 0;
        try (InputStream in = Files.newInputStream(file);
             OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                context.throwIfCancelled();
                digest.update(buffer, 0, n);
                out.write(buffer, 0, n);
                copied += n;
                progress.copied(copied);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(sha256Digest().digest(bytes));
    }

    private static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    static ImportLine failed(String file, String message) {
        return new ImportLine(file, ImportLine.Outcome.FAILED, message, Optional.empty());
    }

    static String megabytes(long bytes) {
        double mb = bytes / (1024.0 * 1024.0);
        return mb >= 1024 ? String.format(Locale.ROOT, "%.1f GB", mb / 1024) : String.format(Locale.ROOT, "%.1f MB", mb);
    }

    private static String withoutExtension(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    static long sizeOrZero(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Could not remove {}: {}", file, e.getMessage());
        }
    }
}
