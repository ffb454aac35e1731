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
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Folders as cards (issue 17): each folder an import walked becomes a card draft, its files the
 * chapters in order: disc first (the disc-number tag, else a disc folder's number), then the
 * track-number tags when every file has one, else the names in natural order ("2 Owl" before
 * "10 Fox"). A set ripped as disc folders ({@code CD1}, {@code Disc 2}) is one card, disc 1 before
 * disc 2. The card is named after the album tag its files share, else the folder; its author is the
 * artist they share. A folder per card, so a shelf of audiobooks dropped at once gives a draft for
 * each.
 */
public final class FolderCards {

    /**
     * A folder's card draft, and the folder it came from. A folder holding one track with chapter
     * marks is an audiobook: its card is made from the marks ({@link AudiobookCards}) when chosen.
     *
     * @param audiobook the folder's one track, when it has {@code marks} chapter marks
     */
    public record FolderDraft(Path folder, CardDraft draft, Optional<Track> audiobook, int marks) {

        public FolderDraft(Path folder, CardDraft draft) {
            this(folder, draft, Optional.empty(), 0);
        }

        @Override
        public String toString() {
            int chapters = audiobook.isPresent() ? marks : draft.chapters().size();
            return draft.title() + " (" + (audiobook.isPresent() ? "audiobook, " : "") + chapters
                    + (chapters == 1 ? " chapter)" : " chapters)");
        }
    }

    /** A disc folder's name: "CD1", "CD 2", "Disc 1", "disk-3", "Disc 2 - The Return". */
    private static final Pattern DISC_FOLDER = Pattern.compile("(?i)(?:cd|disc|disk)[\\s_.-]*(\\d{1,3})(?:\\D.*)?");

    /** A track and the disc it is on. */
    private record OnDisc(Track track, int disc) {
    }

    private FolderCards() {
    }

    /**
     * The drafts of the folders among {@code chosen} (and the folders inside them), from an import's
     * {@code lines}; files chosen one by one make none.
     */
    public static List<FolderDraft> drafts(List<Path> chosen, List<ImportLine> lines,
            Function<String, Optional<Track>> tracks) {
        return drafts(chosen, lines, tracks, id -> 0);
    }

    /**
     * The same, with {@code marks} telling how many chapter marks a track has: a folder of one track
     * with marks is an audiobook. {@code marks} may read the database: call from a background task.
     */
    public static List<FolderDraft> drafts(List<Path> chosen, List<ImportLine> lines,
            Function<String, Optional<Track>> tracks, ToIntFunction<String> marks) {
        Map<Path, List<OnDisc>> byFolder = new TreeMap<>(Comparator.comparing(Path::toString, NaturalOrder.INSTANCE));
        for (ImportLine line : lines) {
            Optional<Track> track = line.trackId().flatMap(tracks);
            Path file = Path.of(line.file());
            Path folder = file.getParent();
            if (track.isEmpty() || folder == null || chosen.stream().noneMatch(c -> !c.equals(file)
                    && file.startsWith(c))) {
                continue;
            }
            int folderDisc = discOf(folder);
            Path parent = folder.getParent();
            if (folderDisc > 0 && parent != null && chosen.stream().anyMatch(parent::startsWith)) {
                folder = parent; // CD1, CD2: one set, one card
            } else {
                folderDisc = 0;
            }
            List<OnDisc> inFolder = byFolder.computeIfAbsent(folder, f -> new ArrayList<>());
            if (inFolder.stream().noneMatch(t -> t.track().id().equals(track.get().id()))) {
                int disc = track.get().discNumber() > 0 ? track.get().discNumber() : folderDisc;
                inFolder.add(new OnDisc(track.get(), disc));
            }
        }
        List<FolderDraft> drafts = new ArrayList<>();
        byFolder.forEach((folder, inFolder) -> {
            List<Track> ordered = ordered(inFolder);
            int bookMarks = ordered.size() == 1 ? marks.applyAsInt(ordered.get(0).id()) : 0;
            drafts.add(bookMarks > 1 ? new FolderDraft(folder, draft(folder, ordered).withTitle(ordered.get(0).title()),
                    Optional.of(ordered.get(0)), bookMarks) : new FolderDraft(folder, draft(folder, ordered)));
        });
        return drafts;
    }

    /** A folder's tracks as chapters, in the order given. */
    static CardDraft draft(Path folder, List<Track> ordered) {
        List<DraftChapter> chapters = ordered.stream().map(t -> DraftChapter.of(DraftTrack.fromLibrary(t.id(),
                t.title().isBlank() ? t.fileName() : t.title(), t.duration()))).toList();
        String album = shared(ordered, Track::album);
        String name = folder.getFileName() == null ? folder.toString() : folder.getFileName().toString();
        return CardDraft.empty(Delivery.STREAM).withTitle(album.isEmpty() ? name : album)
                .withAuthor(shared(ordered, Track::artist)).withChapters(chapters);
    }

    /** Disc, then track number (when every track has one), then natural order of the file names. */
    private static List<Track> ordered(List<OnDisc> tracks) {
        Comparator<OnDisc> byName = Comparator.comparing(t -> t.track().fileName(), NaturalOrder.INSTANCE);
        boolean numbered = tracks.stream().allMatch(t -> t.track().trackNumber() > 0);
        Comparator<OnDisc> order = Comparator.comparingInt(OnDisc::disc);
        if (numbered) {
            order = order.thenComparingInt(t -> t.track().trackNumber());
        }
        return tracks.stream().sorted(order.thenComparing(byName)).map(OnDisc::track).toList();
    }

    /** The number of a disc folder ("CD2" is 2), else 0. */
    static int discOf(Path folder) {
        Path name = folder.getFileName();
        Matcher m = name == null ? null : DISC_FOLDER.matcher(name.toString().strip());
        return m != null && m.matches() ? Integer.parseInt(m.group(1)) : 0;
    }

    private static String shared(List<Track> tracks, Function<Track, String> field) {
        Map<String, Integer> values = new LinkedHashMap<>();
        tracks.forEach(t -> values.merge(field.apply(t), 1, Integer::sum));
        return values.size() == 1 ? values.keySet().iterator().next() : "";
    }
}
