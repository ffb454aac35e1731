package com.yotosmartstream.app.cards;

import static org.assertj.core.api.Assertions.assertThat;

import com.yotosmartstream.streamer.library.ImportLine;
import com.yotosmartstream.streamer.library.Track;
import com.yotosmartstream.streamer.library.TrackStatus;
import com.yotosmartstream.streamer.probe.AudioFormat;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Folders as cards: one draft a folder, its files in track-number or natural order (issue 17). */
class FolderCardsTest {

    private final Map<String, Track> library = new HashMap<>();
    private int next;

    private ImportLine imported(Path file, String title, String artist, String album, int number) {
        return imported(file, title, artist, album, number, 0);
    }

    private ImportLine imported(Path file, String title, String artist, String album, int number, int disc) {
        String id = String.format("%016x", ++next);
        library.put(id, new Track(id, id.repeat(4), file.getFileName().toString(), "originals/" + id + ".mp3",
                AudioFormat.MP3, 1000, Duration.ofSeconds(30), 128_000, 44_100, 2, false, title, artist, album, number,
                Optional.empty(), Optional.of("originals/" + id + ".mp3"), "mp3", TrackStatus.READY, "", Instant.now(),
                disc));
        return new ImportLine(file.toString(), ImportLine.Outcome.IMPORTED, "", Optional.of(id));
    }

    private List<String> titles(List<FolderCards.FolderDraft> drafts, int index) {
        return drafts.get(index).draft().chapters().stream().map(DraftChapter::title).toList();
    }

    @Test
    void aFolderOfASetOrdersByDiscThenTrackTagsThenName() {
        Path set = Path.of("/music/Box Set");
        List<ImportLine> lines = List.of(
                imported(set.resolve("a.mp3"), "2-2", "", "Box", 2, 2),
                imported(set.resolve("b.mp3"), "1-2", "", "Box", 2, 1),
                imported(set.resolve("c.mp3"), "2-1", "", "Box", 1, 2),
                imported(set.resolve("d.mp3"), "1-1", "", "Box", 1, 1));

        List<FolderCards.FolderDraft> drafts = FolderCards.drafts(List.of(set), lines,
                id -> Optional.ofNullable(library.get(id)));

        assertThat(drafts).hasSize(1);
        assertThat(titles(drafts, 0)).containsExactly("1-1", "1-2", "2-1", "2-2");
    }

    @Test
    void discFoldersAreOneCardDiscOneBeforeDiscTwoEachInNaturalOrder() {
        Path book = Path.of("/books/The Hobbit");
        List<ImportLine> lines = List.of(
                imported(book.resolve("CD2").resolve("10 Smaug.mp3"), "Smaug", "Tolkien", "", 0),
                imported(book.resolve("CD2").resolve("9 Lake-town.mp3"), "Lake-town", "Tolkien", "", 0),
                imported(book.resolve("CD10").resolve("1 Return.mp3"), "Return", "Tolkien", "", 0),
                imported(book.resolve("CD1").resolve("2 Roast Mutton.mp3"), "Roast Mutton", "Tolkien", "", 0),
                imported(book.resolve("CD1").resolve("1 An Unexpected Party.mp3"), "Party", "Tolkien", "", 0));

        List<FolderCards.FolderDraft> drafts = FolderCards.drafts(List.of(book), lines,
                id -> Optional.ofNullable(library.get(id)));

        assertThat(drafts).extracting(FolderCards.FolderDraft::folder).containsExactly(book);
        assertThat(drafts.get(0).draft().title()).isEqualTo("The Hobbit");
        assertThat(titles(drafts, 0)).containsExactly("Party", "Roast Mutton", "Lake-town", "Smaug", "Return");
    }

    @Test
    void aDiscTagOutranksTheFolderAndATrackWithoutANumberMeansNameOrder() {
        Path album = Path.of("/music/Album");
        List<ImportLine> lines = List.of(
                imported(album.resolve("Disc 1").resolve("b.mp3"), "On disc 2 by its tag", "", "", 1, 2),
                imported(album.resolve("Disc 1").resolve("c.mp3"), "C", "", "", 0),
                imported(album.resolve("Disc 1").resolve("a.mp3"), "A", "", "", 5));

        List<FolderCards.FolderDraft> drafts = FolderCards.drafts(List.of(album), lines,
                id -> Optional.ofNullable(library.get(id)));

        assertThat(titles(drafts, 0)).containsExactly("A", "C", "On disc 2 by its tag");
        assertThat(FolderCards.discOf(Path.of("/x/Disc 2 - The Return"))).isEqualTo(2);
        assertThat(FolderCards.discOf(Path.of("/x/disk-3"))).isEqualTo(3);
        assertThat(FolderCards.discOf(Path.of("/x/CDs"))).isZero();
        assertThat(FolderCards.discOf(Path.of("/x/Discovery 1"))).isZero();
    }

    @Test
    void namesSortAsPeopleNumberThem() {
        List<String> names = new java.util.ArrayList<>(List.of("10 Fox.mp3", "2 Owl.mp3", "01 Bear.mp3",
                "Track 3.mp3", "track 12.mp3", "1 Bear.mp3"));
        names.sort(NaturalOrder.INSTANCE);
        assertThat(names).containsExactly("1 Bear.mp3", "01 Bear.mp3", "2 Owl.mp3", "10 Fox.mp3", "Track 3.mp3",
                "track 12.mp3");
    }

    @Test
    void aShelfGivesACardAFolderInOrderNamedByTheSharedAlbumElseTheFolder() {
        Path shelf = Path.of("/shelf");
        Path gruffalo = shelf.resolve("Gruffalo");
        Path songs = shelf.resolve("Songs");
        List<ImportLine> lines = List.of(
                imported(gruffalo.resolve("10 Fox.mp3"), "The Fox", "Julia", "", 0),
                imported(gruffalo.resolve("2 Owl.mp3"), "The Owl", "Julia", "", 0),
                imported(gruffalo.resolve("1 Mouse.mp3"), "The Mouse", "Julia", "", 0),
                imported(songs.resolve("a.mp3"), "Last", "Band", "Best Songs", 3),
                imported(songs.resolve("b.mp3"), "First", "Band", "Best Songs", 1),
                imported(songs.resolve("c.mp3"), "Middle", "Other", "Best Songs", 2),
                new ImportLine(songs.resolve("broken.mp3").toString(), ImportLine.Outcome.FAILED, "not audio",
                        Optional.empty()));

        List<FolderCards.FolderDraft> drafts = FolderCards.drafts(List.of(shelf), lines,
                id -> Optional.ofNullable(library.get(id)));

        assertThat(drafts).extracting(FolderCards.FolderDraft::folder).containsExactly(gruffalo, songs);
        CardDraft book = drafts.get(0).draft();
        assertThat(book.title()).isEqualTo("Gruffalo");
        assertThat(book.author()).isEqualTo("Julia");
        assertThat(book.chapters()).extracting(DraftChapter::title).containsExactly("The Mouse", "The Owl", "The Fox");
        CardDraft album = drafts.get(1).draft();
        assertThat(album.title()).isEqualTo("Best Songs");
        assertThat(album.author()).isEmpty();
        assertThat(album.chapters()).extracting(DraftChapter::title).containsExactly("First", "Middle", "Last");
        assertThat(drafts.get(0).toString()).isEqualTo("Gruffalo (3 chapters)");
    }

    @Test
    void aFolderHoldingOneTrackWithChapterMarksIsOfferedAsAnAudiobook() {
        Path shelf = Path.of("/shelf");
        ImportLine book = imported(shelf.resolve("Long Book").resolve("book.m4b"), "The Long Book", "A Reader", "", 0);
        ImportLine song = imported(shelf.resolve("Single").resolve("song.mp3"), "A Song", "", "", 0);
        String bookId = book.trackId().orElseThrow();

        List<FolderCards.FolderDraft> drafts = FolderCards.drafts(List.of(shelf), List.of(book, song),
                id -> Optional.ofNullable(library.get(id)), id -> id.equals(bookId) ? 3 : 0);

        assertThat(drafts.get(0).audiobook()).map(Track::id).contains(bookId);
        assertThat(drafts.get(0)).hasToString("The Long Book (audiobook, 3 chapters)");
        assertThat(drafts.get(1).audiobook()).isEmpty();
        assertThat(drafts.get(1)).hasToString("Single (1 chapter)");
    }

    @Test
    void filesChosenOneByOneMakeNoCard() {
        Path file = Path.of("/music/song.mp3");
        assertThat(FolderCards.drafts(List.of(file), List.of(imported(file, "Song", "", "", 0)),
                id -> Optional.ofNullable(library.get(id)))).isEmpty();
    }
}
