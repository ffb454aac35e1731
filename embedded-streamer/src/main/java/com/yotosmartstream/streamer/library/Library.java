package com.yotosmartstream.streamer.library;

import com.yotosmartstream.core.storage.Database;
import com.yotosmartstream.core.storage.StorageException;
import com.yotosmartstream.core.task.TaskCancelledException;
import com.yotosmartstream.core.task.TaskContext;
import com.yotosmartstream.streamer.chapters.Chapter;
import com.yotosmartstream.streamer.chapters.ChapterReader;
import com.yotosmartstream.streamer.chapters.SplitPlan;
import com.yotosmartstream.streamer.convert.QuietMoments;
import com.yotosmartstream.streamer.convert.ConversionException;
import com.yotosmartstream.streamer.convert.ConversionProfile;
import com.yotosmartstream.streamer.convert.Converter;
import com.yotosmartstream.streamer.convert.Ffmpeg;
import com.yotosmartstream.streamer.convert.FfmpegConverter;
import com.yotosmartstream.streamer.convert.JavaConverter;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The audio library: imports into the library folder and catalogue, converts what players cannot
 * stream (ffmpeg when it was found, the built-in converter otherwise), edits, deletes with undo,
 * and says which file players get for a track ({@link #streamPath}; the server reaches it through
 * {@code streamer.LibraryTrackSource}, so the library knows nothing of the server). Blocking methods read or write the disk:
 * call them from background tasks.
 */
public final class Library {

    private static final Logger LOG = LoggerFactory.getLogger(Library.class);
    /** What a track says when its conversion was interrupted twice since the app started. */
    static final String HELD = "Its conversion was interrupted twice; it starts again when the app next starts, or"
            + " choose Retry.";

    private final LibraryFolder folder;
    private final Catalogue catalogue;
    private final ChapterStore chapters;
    private final Supplier<ConversionProfile> profile;
    private final LongSupplier maxImportBytes;
    private final JavaConverter builtIn = new JavaConverter();
    private final ConversionAttempts attempts = new ConversionAttempts();
    private volatile Ffmpeg.Search ffmpeg = new Ffmpeg.Search(Optional.empty(), "");
    private volatile boolean ffmpegChecked;
    private volatile int importThreads = Importer.defaultThreads();
    private final List<java.util.function.Consumer<Ffmpeg.Search>> ffmpegListeners =
            new java.util.concurrent.CopyOnWriteArrayList<>();

    private Library(LibraryFolder folder, Catalogue catalogue, ChapterStore chapters,
            Supplier<ConversionProfile> profile, LongSupplier maxImportBytes) {
        this.folder = folder;
        this.catalogue = catalogue;
        this.chapters = chapters;
        this.profile = profile;
        this.maxImportBytes = maxImportBytes;
    }

    /**
     * Opens the library kept in {@code root} (made if needed) and catalogued in {@code database}.
     *
     * @param profile how to convert, read at each conversion (settings may change)
     * @param maxImportBytes the largest file an import accepts, read at each import
     */
    public static Library open(Path root, Database database, Supplier<ConversionProfile> profile,
            LongSupplier maxImportBytes) throws IOException, StorageException {
        return new Library(LibraryFolder.open(root), Catalogue.load(database), new ChapterStore(database),
                Objects.requireNonNull(profile), Objects.requireNonNull(maxImportBytes));
    }

    public Catalogue catalogue() {
        return catalogue;
    }

    public LibraryFolder folder() {
        return folder;
    }

    /** The ffmpeg conversions and chapter reading use, once found (see {@link Ffmpeg#locate}). */
    public void setFfmpeg(Ffmpeg.Search found) {
        this.ffmpeg = Objects.requireNonNull(found);
        this.ffmpegChecked = true;
        ffmpegListeners.forEach(listener -> listener.accept(found));
    }

    /** The same, for an ffmpeg found (or not) with no more to say. */
    public void setFfmpeg(Optional<Ffmpeg> found) {
        setFfmpeg(new Ffmpeg.Search(found, found.isPresent() ? "" : "No ffmpeg was found."));
    }

    /** Whether ffmpeg has been looked for yet. */
    public boolean ffmpegChecked() {
        return ffmpegChecked;
    }

    /** Told when ffmpeg has been looked for (found or not), on the thread that looked. */
    public void addFfmpegListener(java.util.function.Consumer<Ffmpeg.Search> listener) {
        ffmpegListeners.add(listener);
    }

    public Optional<Ffmpeg> ffmpeg() {
        return ffmpeg.found();
    }

    /** What the last look for ffmpeg found, with why there is none. */
    public Ffmpeg.Search ffmpegSearch() {
        return ffmpeg;
    }

    /** Imports files and folders, reading their chapters with the ffmpeg in use; see {@link Importer}. */
    public ImportReport importAll(List<Path> chosen, TaskContext context) {
        return new Importer(folder, catalogue, maxImportBytes.getAsLong()).threads(importThreads)
                .readingChapters(ChapterReader.of(ffmpeg.found()), chapters).importAll(chosen, context);
    }

    /** How many files an import takes at once (one per core, at most four, unless set; the benchmark sets 1). */
    public void setImportThreads(int threads) {
        this.importThreads = Math.max(1, threads);
    }

    /**
     * Cuts a track into one track per chapter mark, imported into the library, in order (ADR 0073).
     * Needs an ffmpeg; throws with what to do when there is none or the track has no chapters.
     * Blocking: reads and writes the disk.
     */
    public List<ChapterPart> splitAtChapters(String trackId, TaskContext context) throws IOException,
            StorageException, TaskCancelledException {
        Track track = catalogue.find(trackId).orElseThrow(() -> new IllegalArgumentException("No track " + trackId));
        List<Chapter> marks = chapters.of(trackId);
        if (marks.isEmpty()) {
            throw new IllegalArgumentException("\u201c" + track.title() + "\u201d has no chapter marks.");
        }
        Ffmpeg found = ffmpeg.found().orElseThrow(() -> new IOException("Cutting chapters needs ffmpeg, and none can"
                + " run here (Settings says why)."));
        return new ChapterParts(this, found).cut(track, marks, context);
    }

    /**
     * The track as parts no longer than {@code max} (ADR 0074): itself when it fits, else cut at its
     * chapter marks, or at the quietest moment before each limit where no mark falls, each part
     * imported as a track ("Title (part 2 of 3)"). Needs an ffmpeg. Blocking.
     */
    public List<Track> splitForCard(String trackId, Duration max, TaskContext context) throws IOException,
            StorageException, TaskCancelledException {
        Track track = catalogue.find(trackId).orElseThrow(() -> new IllegalArgumentException("No track " + trackId));
        if (track.duration().compareTo(max) <= 0) {
            return List.of(track);
        }
        Ffmpeg found = ffmpeg.found().orElseThrow(() -> new IOException("Splitting a long track needs ffmpeg, and"
                + " none can run here (Settings says why)."));
        context.updateMessage("Finding where to split \u201c" + track.title() + "\u201d");
        List<Duration> cuts = SplitPlan.cuts(track.duration(), chapters.of(trackId), max,
                new QuietMoments(found, sourcePath(track)));
        List<Chapter> parts = new ArrayList<>();
        Duration start = Duration.ZERO;
        for (int i = 0; i <= cuts.size(); i++) {
            Duration end = i < cuts.size() ? cuts.get(i) : track.duration();
            parts.add(new Chapter(start, end, track.title() + " (part " + (i + 1) + " of " + (cuts.size() + 1) + ")"));
            start = end;
        }
        LOG.info("Splitting track {} ({}) at {}", track.id(), track.duration(), cuts);
        return new ChapterParts(this, found).cut(track, parts, context).stream().map(ChapterPart::track).toList();
    }

    /** One chapter of a book as a track of its own. */
    public record ChapterPart(Track track, Chapter chapter) {
    }

    /**
     * Reads the chapter marks of tracks imported while no ffprobe could run (a system-only ffmpeg
     * setting, or a library from before marks were read), once one can; each track is read once, and
     * one that fails is left without chapters while the rest go on (ADR 0052). Returns how many
     * tracks got chapters. Blocking: runs ffprobe; the conversion pass calls it first.
     */
    public int readUnreadChapters(TaskContext context) throws StorageException {
        return new UnreadChapters(catalogue, chapters, folder).read(ChapterReader.of(ffmpeg.found()), context);
    }

    /** The chapter marks of a track, in order; none when its file had none (ADR 0073). Reads the database. */
    public List<Chapter> chapters(String trackId) throws StorageException {
        return chapters.of(trackId);
    }

    /**
     * Brings every track to what the current profile asks: streamable files stream as they are
     * (unless normalising), others get a cached MP3, converted now if the cache lacks it. First reads
     * the chapters that wait for an ffprobe ({@link #readUnreadChapters}).
     * Returns a line per track it had to convert or could not.
     */
    public synchronized List<ConversionLine> convertPending(TaskContext context) throws StorageException {
        readUnreadChapters(context);
        ConversionProfile wanted = profile.get();
        List<Track> work = new ArrayList<>();
        List<ConversionLine> lines = new ArrayList<>();
        for (Track track : catalogue.all()) {
            Optional<Track> settled = settle(track, wanted);
            if (settled.isEmpty()) {
                if (attempts.mayStart(track.id(), wanted.key())) {
                    work.add(track);
                } else if (track.status() == TrackStatus.CONVERTING && !track.statusDetail().equals(HELD)) {
                    update(track.withStream(track.streamFile(), track.streamExtension(), TrackStatus.CONVERTING,
                            HELD));
                }
            } else if (!settled.get().equals(track)) {
                update(settled.get());
                if (settled.get().status() == TrackStatus.NEEDS_FFMPEG) {
                    lines.add(new ConversionLine(track.id(), track.title(), ConversionLine.Outcome.NEEDS_FFMPEG,
                            settled.get().statusDetail()));
                }
            } else if (track.status() == TrackStatus.NEEDS_FFMPEG) {
                lines.add(new ConversionLine(track.id(), track.title(), ConversionLine.Outcome.NEEDS_FFMPEG,
                        track.statusDetail()));
            }
        }
        for (int i = 0; i < work.size(); i++) {
            Track track = work.get(i);
            if (context.isCancelled()) {
                lines.add(new ConversionLine(track.id(), track.title(), ConversionLine.Outcome.CANCELLED, ""));
                continue;
            }
            context.updateMessage("Converting " + (i + 1) + " of " + work.size() + ": " + track.title());
            lines.add(convert(track, wanted, new PartContext(context, i, work.size())));
        }
        return lines;
    }

    /** The track as it should be without converting anything, or empty if a conversion must run. */
    private Optional<Track> settle(Track track, ConversionProfile wanted) {
        boolean asIs = track.format().streamable() && !wanted.normalises();
        if (asIs) {
            return Optional.of(track.withStream(Optional.of(track.sourceFile()), track.format().extension(),
                    TrackStatus.READY, ""));
        }
        String converted = folder.converted(track.sha256(), wanted.key(), "mp3");
        if (Files.isRegularFile(folder.resolve(converted))) {
            return Optional.of(track.withStream(Optional.of(converted), "mp3", TrackStatus.READY, ""));
        }
        if (converter(track).isPresent()) {
            return Optional.empty();
        }
        if (track.format().streamable()) {
            return Optional.of(track.withStream(Optional.of(track.sourceFile()), track.format().extension(),
                    TrackStatus.READY, "Not normalised: the built-in converter cannot read " + track.format().label()
                    + "; install ffmpeg for that."));
        }
        return Optional.of(track.withStream(Optional.empty(), "mp3", TrackStatus.NEEDS_FFMPEG, track.format().label()
                + " can only be converted with ffmpeg, and none can run here (Settings says why); the library"
                + " converts it once one can."));
    }

    private ConversionLine convert(Track track, ConversionProfile wanted, TaskContext context) throws StorageException {
        Converter converter = converter(track).orElseThrow();
        String relative = folder.converted(track.sha256(), wanted.key(), "mp3");
        boolean keepOriginal = track.format().streamable();
        if (!keepOriginal) {
            update(track.withStream(Optional.empty(), "mp3", TrackStatus.CONVERTING,
                    attempts.interrupted(track.id(), wanted.key()) ? "Converting to MP3 again from the start (it was"
                    + " interrupted)." : "Converting to MP3."));
        }
        attempts.started(track.id(), wanted.key());
        try {
            converter.convert(folder.resolve(track.sourceFile()), track.format(), track.duration(),
                    folder.resolve(relative), wanted, context);
        } catch (TaskCancelledException e) {
            return new ConversionLine(track.id(), track.title(), ConversionLine.Outcome.CANCELLED, "");
        } catch (ConversionException e) {
            LOG.warn("Converting track {} with {} failed: {}", track.id(), converter.name(), e.getMessage());
            return failed(track, wanted, keepOriginal, e.getMessage());
        } catch (RuntimeException | OutOfMemoryError e) {
            // a converter's fault on one file fails that track alone; the queue goes on (ADR 0052)
            LOG.error("Converting track {} with {} failed unexpectedly", track.id(), converter.name(), e);
            return failed(track, wanted, keepOriginal, "The converter failed on it (" + e.getClass().getSimpleName()
                    + "); it may be damaged. Retry, install ffmpeg, or remove it.");
        }
        attempts.finished(track.id(), wanted.key());
        update(track.withStream(Optional.of(relative), "mp3", TrackStatus.READY, ""));
        LOG.info("Converted track {} with {} ({})", track.id(), converter.name(), wanted);
        return new ConversionLine(track.id(), track.title(), ConversionLine.Outcome.CONVERTED, "");
    }

    private ConversionLine failed(Track track, ConversionProfile wanted, boolean keepOriginal, String message)
            throws StorageException {
        attempts.failed(track.id(), wanted.key());
        update(keepOriginal ? track.withStream(Optional.of(track.sourceFile()), track.format().extension(),
                TrackStatus.READY, "Not normalised: " + message)
                : track.withStream(Optional.empty(), "mp3", TrackStatus.FAILED, message));
        return new ConversionLine(track.id(), track.title(), ConversionLine.Outcome.FAILED, message);
    }

    /** Whether the user may ask for a track's conversion again: it failed, or was interrupted twice (held). */
    public static boolean canRetry(Track track) {
        return track.status() == TrackStatus.FAILED
                || (track.status() == TrackStatus.CONVERTING && track.statusDetail().equals(HELD));
    }

    /**
     * Asks for a track's conversion again (after it failed, or was interrupted twice): it waits for
     * the next {@link #convertPending} run. Returns the track as it now stands.
     */
    public Track retryConversion(String id) throws StorageException {
        attempts.forget(id);
        return catalogue.modify(id, track -> track.status() == TrackStatus.FAILED
                || track.status() == TrackStatus.CONVERTING ? track.withStream(Optional.empty(), "mp3",
                TrackStatus.CONVERTING, "Waiting to be converted to MP3.") : track)
                .orElseThrow(() -> new IllegalArgumentException("No track " + id));
    }

    /** Saves a track's stream fields (what conversion decides), keeping whatever else changed meanwhile. */
    private void update(Track track) throws StorageException {
        catalogue.modify(track.id(), current -> current.withStream(track.streamFile(), track.streamExtension(),
                track.status(), track.statusDetail()));
    }

    /** ffmpeg if it was found and has the MP3 encoder, else the built-in converter if it reads the format. */
    private Optional<Converter> converter(Track track) {
        Optional<Ffmpeg> found = ffmpeg.found();
        if (found.isPresent() && found.get().mp3Encoder()) {
            return Optional.of(new FfmpegConverter(found.get()));
        }
        return builtIn.canConvert(track.format()) ? Optional.of(builtIn) : Optional.empty();
    }

    /** Changes what the user calls a track; a blank title is refused. */
    public Track rename(String id, String title, String artist) throws StorageException {
        if (CleanText.of(title).isEmpty()) {
            throw new IllegalArgumentException("A track needs a title.");
        }
        return catalogue.modify(id, track -> track.withNames(CleanText.of(title), CleanText.of(artist)))
                .orElseThrow(() -> new IllegalArgumentException("No track " + id));
    }

    /** Removes a track from the library; it stops streaming at once. {@link #restore} undoes it. */
    public void delete(String id) throws StorageException {
        catalogue.markDeleted(id);
    }

    public void restore(String id) throws StorageException {
        catalogue.restore(id);
    }

    /** Forgets tracks deleted longer than {@code age} ago, and their files; returns how many. */
    public int purgeDeleted(Duration age) throws StorageException {
        List<Track> purged = catalogue.purgeDeletedBefore(Instant.now().minus(age));
        for (Track track : purged) {
            chapters.forget(track.id());
            for (String relative : new String[] {track.sourceFile(), track.coverFile().orElse(null)}) {
                if (relative != null && !catalogue.uses(relative)) {
                    deleteQuietly(folder.resolve(relative));
                }
            }
            try (DirectoryStream<Path> cached = Files.newDirectoryStream(folder.root().resolve("converted"),
                    track.sha256() + "-*")) {
                for (Path file : cached) {
                    deleteQuietly(file);
                }
            } catch (IOException e) {
                LOG.warn("Could not clear the converted copies of track {}: {}", track.id(), e.getMessage());
            }
        }
        if (!purged.isEmpty()) {
            LOG.info("Removed {} deleted tracks and their files", purged.size());
        }
        return purged.size();
    }

    /** The imported file of a track. */
    public Path sourcePath(Track track) {
        return folder.resolve(track.sourceFile());
    }

    public Optional<Path> coverPath(Track track) {
        return track.coverFile().map(folder::resolve);
    }

    /** The file players get, once there is one. */
    public Optional<Path> streamPath(Track track) {
        return track.streamFile().map(folder::resolve);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Could not remove {}: {}", file, e.getMessage());
        }
    }

    /** Progress of one item of several, as a share of the whole. */
    private record PartContext(TaskContext whole, int index, int count) implements TaskContext {
        @Override
        public void updateProgress(long done, long total) {
            double part = total <= 0 ? 0 : (double) done / total;
            whole.updateProgress(Math.round((index + part) * 1000), count * 1000L);
        }

        @Override
        public void updateMessage(String message) {
            whole.updateMessage(message);
        }

        @Override
        public boolean isCancelled() {
            return whole.isCancelled();
        }
    }
}
