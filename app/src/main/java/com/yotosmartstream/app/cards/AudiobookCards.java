package com.yotosmartstream.app.cards;

import com.yotosmartstream.core.task.TaskCancelledException;
import com.yotosmartstream.core.task.TaskContext;
import com.yotosmartstream.core.storage.StorageException;
import com.yotosmartstream.streamer.library.Library;
import com.yotosmartstream.streamer.library.Track;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The card draft of an audiobook (ADR 0073): the book's title and author, streamed, one chapter per
 * chapter mark, titled by the mark and playing that mark's part of the book (a track of its own,
 * {@link Library#splitAtChapters}); a part over 60 minutes plays as several tracks, cut at its quiet
 * moments ({@link Library#splitForCard}, ADR 0074). Icons are left for the editor to choose, as for
 * any new chapter.
 */
public final class AudiobookCards {

    private AudiobookCards() {
    }

    /** Cuts {@code book} at its marks (and long parts at quiet moments) and makes its draft. Blocking. */
    public static CardDraft make(Library library, Track book, TaskContext context) throws IOException,
            StorageException, TaskCancelledException {
        List<DraftChapter> chapters = new ArrayList<>();
        for (Library.ChapterPart part : library.splitAtChapters(book.id(), context)) {
            List<DraftTrack> tracks = library.splitForCard(part.track().id(), CardLimits.MAX_TRACK, context)
                    .stream().map(t -> DraftTrack.fromLibrary(t.id(), t.title(), t.duration())).toList();
            chapters.add(new DraftChapter(part.chapter().title(), Optional.empty(), tracks));
        }
        return CardDraft.empty(Delivery.STREAM).withTitle(book.title()).withAuthor(book.artist())
                .withChapters(chapters);
    }
}
