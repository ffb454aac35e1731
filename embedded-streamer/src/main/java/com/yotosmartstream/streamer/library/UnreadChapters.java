package com.yotosmartstream.streamer.library;

import com.yotosmartstream.core.storage.StorageException;
import com.yotosmartstream.core.task.TaskContext;
import com.yotosmartstream.streamer.chapters.ChapterReader;
import com.yotosmartstream.streamer.chapters.Chapters;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the chapter marks of tracks marked at import because no ffprobe could run (or marked by
 * library migration V5 for a library from before marks were read), once one can (ADR 0073).
 */
final class UnreadChapters {

    private static final Logger LOG = LoggerFactory.getLogger(UnreadChapters.class);

    private final Catalogue catalogue;
    private final ChapterStore chapters;
    private final LibraryFolder folder;

    UnreadChapters(Catalogue catalogue, ChapterStore chapters, LibraryFolder folder) {
        this.catalogue = catalogue;
        this.chapters = chapters;
        this.folder = folder;
    }

    /** Reads each marked track once with {@code reader}; returns how many got chapters. Without a reader, nothing. */
    int read(Optional<ChapterReader> reader, TaskContext context) throws StorageException {
        if (reader.isEmpty()) {
            return 0;
        }
        int found = 0;
        for (String id : chapters.unread()) {
            if (context.isCancelled()) {
                break;
            }
            Optional<Track> track = catalogue.find(id);
            if (track.isEmpty()) {
                if (!catalogue.isDeleted(id)) {
                    chapters.markRead(id); // gone for good; a deleted track keeps its mark until restored or purged
                }
                continue;
            }
            try {
                Path file = folder.resolve(track.get().sourceFile());
                if (ChapterCandidates.mayHoldChapters(track.get().format(), file)) {
                    context.updateMessage("Reading the chapters of " + track.get().title());
                    Chapters read = reader.get().read(file, track.get().duration());
                    if (!read.isEmpty()) {
                        chapters.save(id, read.marks());
                        found++;
                        LOG.info("Track {} has {} chapters, read now that ffprobe can run", id, read.marks().size());
                    }
                }
            } catch (RuntimeException e) {
                // one file that fails leaves that track without chapters; the rest are read (ADR 0052)
                LOG.error("Reading the chapters of track {} failed", id, e);
            }
            chapters.markRead(id);
        }
        return found;
    }
}
