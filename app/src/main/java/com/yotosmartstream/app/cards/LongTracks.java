package com.yotosmartstream.app.cards;

import com.yotosmartstream.core.task.TaskContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tracks longer than a card allows ({@link CardLimits#MAX_TRACK}) and their replacement by parts
 * (ADR 0074): each long library track is split (at its chapter marks, or at quiet moments) and its
 * place in its chapter taken by the parts, in order.
 */
public final class LongTracks {

    /** Splits a library track into parts that fit; blocking (the app's is {@code Library.splitForCard}). */
    @FunctionalInterface
    public interface Splitter {
        List<DraftTrack> split(String libraryId, TaskContext context) throws Exception;
    }

    private LongTracks() {
    }

    /** The library ids of the draft's tracks that are too long, each once, in order. */
    public static List<String> of(CardDraft draft) {
        return draft.chapters().stream().flatMap(c -> c.tracks().stream())
                .filter(t -> t.libraryId().isPresent() && t.duration().compareTo(CardLimits.MAX_TRACK) > 0)
                .map(t -> t.libraryId().orElseThrow()).distinct().toList();
    }

    /** Splits every long track of {@code draft}; returns the parts by library id. Blocking. */
    public static Map<String, List<DraftTrack>> split(CardDraft draft, Splitter splitter, TaskContext context)
            throws Exception {
        Map<String, List<DraftTrack>> parts = new LinkedHashMap<>();
        List<String> ids = of(draft);
        for (int i = 0; i < ids.size(); i++) {
            context.throwIfCancelled();
            context.updateMessage("Splitting track " + (i + 1) + " of " + ids.size());
            parts.put(ids.get(i), splitter.split(ids.get(i), context));
        }
        return parts;
    }

    /** {@code draft} with each split track replaced by its parts (tracks added meanwhile are kept). */
    public static CardDraft replaced(CardDraft draft, Map<String, List<DraftTrack>> parts) {
        List<DraftChapter> chapters = new ArrayList<>();
        for (DraftChapter chapter : draft.chapters()) {
            List<DraftTrack> tracks = new ArrayList<>();
            for (DraftTrack track : chapter.tracks()) {
                List<DraftTrack> split = track.libraryId().map(parts::get).orElse(null);
                if (split != null && track.duration().compareTo(CardLimits.MAX_TRACK) > 0) {
                    tracks.addAll(split);
                } else {
                    tracks.add(track);
                }
            }
            chapters.add(chapter.withTracks(tracks));
        }
        return draft.withChapters(chapters);
    }
}
