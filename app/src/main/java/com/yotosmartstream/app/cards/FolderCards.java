package com.yotosmartstream.app.cards;

import com.yotosmartstream.streamer.library.ImportLine;
import com.yotosmartstream.streamer.library.Track;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Folders as cards (issue 17): each folder an import walked becomes a card draft, its files the
 * chapters in order: by their track-number tags when every file has one, else by their names in
 * natural order ("2 Owl" before "10 Fox"). The card is named after the album tag its files share,
 * else the folder; its author is the artist they share. A folder per card, so a shelf of
 * audiobooks dropped at once gives a draft for each.
 */
public final class FolderCards {

    /** A folder's card draft, and the folder it came from. */
    public record FolderDraft(Path folder, CardDraft draft) {
        @Override
        public String toString() {
            return draft.title() + " (" + draft.chapters().size() + (draft.chapters().size() == 1 ? " chapter)"
                    : " chapters)");
        }
    }

    private FolderCards() {
    }

    /**
     * The drafts of the folders among {@code chosen} (and the folders inside them), from an import's
     * {@code lines}; files chosen one by one make none.
     */
    public static List<FolderDraft> drafts(List<Path> chosen, List<ImportLine> lines,
            Function<String, Optional<Track>> tracks) {
        Map<Path, List<Track>> byFolder = new TreeMap<>(Comparator.comparing(Path::toString, NaturalOrder.INSTANCE));
        for (ImportLine line : lines) {
            Optional<Track> track = line.trackId().flatMap(tracks);
            Path file = Path.of(line.file());
            Path folder = file.getParent();
            if (track.isEmpty() || folder == null || chosen.stream().noneMatch(c -> !c.equals(file)
                    && file.startsWith(c))) {
                continue;
            }
            List<Track> inFolder = byFolder.computeIfAbsent(folder, f -> new ArrayList<>());
            if (inFolder.stream().noneMatch(t -> t.id().equals(track.get().id()))) {
                inFolder.add(track.get());
            }
        }
        List<FolderDraft> drafts = new ArrayList<>();
        byFolder.forEach((folder, inFolder) -> drafts.add(new FolderDraft(folder, draft(folder, inFolder))));
        return drafts;
    }

    static CardDraft draft(Path folder, List<Track> tracks) {
        List<Track> ordered = new ArrayList<>(tracks);
        Comparator<Track> byName = Comparator.comparing(Track::fileName, NaturalOrder.INSTANCE);
        boolean numbered = ordered.stream().allMatch(t -> t.trackNumber() > 0);
        ordered.sort(numbered ? Comparator.comparingInt(Track::trackNumber).thenComparing(byName) : byName);
        List<DraftChapter> chapters = ordered.stream().map(t -> DraftChapter.of(DraftTrack.fromLibrary(t.id(),
                t.title().isBlank() ? t.fileName() : t.title(), t.duration()))).toList();
        String album = shared(ordered, Track::album);
        String name = folder.getFileName() == null ? folder.toString() : folder.getFileName().toString();
        return CardDraft.empty(Delivery.STREAM).withTitle(album.isEmpty() ? name : album)
                .withAuthor(shared(ordered, Track::artist)).withChapters(chapters);
    }

    private static String shared(List<Track> tracks, Function<Track, String> field) {
        Map<String, Integer> values = new LinkedHashMap<>();
        tracks.forEach(t -> values.merge(field.apply(t), 1, Integer::sum));
        return values.size() == 1 ? values.keySet().iterator().next() : "";
    }
}
