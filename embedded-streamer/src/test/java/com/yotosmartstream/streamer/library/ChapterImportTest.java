package com.yotosmartstream.streamer.library;

import static org.assertj.core.api.Assertions.assertThat;

import com.yotosmartstream.streamer.chapters.Chapter;
import com.yotosmartstream.streamer.convert.Ffmpeg;
import com.yotosmartstream.streamer.convert.FfmpegChoice;
import com.yotosmartstream.streamer.testing.ChapterFiles;
import com.yotosmartstream.streamer.testing.ChapterFiles.Mark;
import com.yotosmartstream.streamer.testing.LibraryFixture;
import com.yotosmartstream.streamer.testing.RecordingContext;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Chapter marks are read at import (ADR 0073) from every kind of file that holds them, through the
 * ffprobe inside the app (the PATH is cleared), kept with the track, and repaired when they
 * disagree with the file's length.
 */
class ChapterImportTest {

    private static final List<Mark> THREE = List.of(new Mark(0, 2000, "Opening"), new Mark(2000, 4500, "The Storm"),
            new Mark(4500, 6000, "Home Again"));

    @TempDir
    Path dir;
    LibraryFixture fixture;
    Library library;

    @BeforeEach
    void open() throws Exception {
        fixture = new LibraryFixture(dir);
        library = fixture.library;
        library.setFfmpeg(Ffmpeg.locate(FfmpegChoice.AUTOMATIC, Map.of("PATH", "")));
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            audiobook.m4b, -c:a aac -b:a 48k
            podcast.mp3,   -c:a libmp3lame -b:a 64k
            album.flac,    -c:a flac
            story.ogg,     -c:a vorbis -strict -2 -ac 2
            """)
    void threeChaptersAreReadAndKeptWithTheTrack(String name, String codec) throws Exception {
        Path file = ChapterFiles.withChapters(fixture.inbox(name).resolve(name), 6, THREE, codec.split(" "));

        ImportLine line = library.importAll(List.of(file), RecordingContext.running()).lines().get(0);

        assertThat(line.outcome()).isEqualTo(ImportLine.Outcome.IMPORTED);
        List<Chapter> chapters = library.chapters(line.trackId().orElseThrow());
        assertThat(chapters).extracting(Chapter::title).containsExactly("Opening", "The Storm", "Home Again");
        assertThat(chapters).extracting(c -> c.start().toMillis()).containsExactly(0L, 2000L, 4500L);
        assertThat(chapters.get(2).end().toMillis()).isBetween(5900L, 6100L);
    }

    @Test
    void anAudiobookIsCutIntoOneTrackPerChapterWithoutReencodingAndCuttingAgainFindsTheSameTracks()
            throws Exception {
        Path book = ChapterFiles.withChapters(fixture.inbox("book").resolve("audiobook.m4b"), 6, THREE, "-c:a", "aac",
                "-b:a", "48k");
        String id = library.importAll(List.of(book), RecordingContext.running()).lines().get(0).trackId()
                .orElseThrow();

        List<Library.ChapterPart> parts = library.splitAtChapters(id, RecordingContext.running());

        assertThat(parts).extracting(p -> p.track().title()).containsExactly("Opening", "The Storm", "Home Again");
        assertThat(parts).allSatisfy(p -> {
            assertThat(p.track().format()).isEqualTo(com.yotosmartstream.streamer.probe.AudioFormat.AAC_MP4);
            assertThat(p.track().id()).isNotEqualTo(id);
            assertThat(p.track().duration().toMillis()).isCloseTo(p.chapter().length().toMillis(),
                    org.assertj.core.api.Assertions.within(120L));
        });
        long total = parts.stream().mapToLong(p -> p.track().duration().toMillis()).sum();
        assertThat(total).isCloseTo(6000L, org.assertj.core.api.Assertions.within(200L));
        assertThat(library.chapters(parts.get(0).track().id())).isEmpty();
        assertThat(fixture.filesIn("incoming")).isEmpty();

        assertThat(library.splitAtChapters(id, RecordingContext.running())).extracting(p -> p.track().id())
                .containsExactlyElementsOf(parts.stream().map(p -> p.track().id()).toList());
    }

    @Test
    void onlyAnMp3WhoseTagHoldsChapterFramesIsAskedForChapters() throws Exception {
        Path marked = ChapterFiles.withChapters(fixture.inbox("m").resolve("podcast.mp3"), 3, THREE.subList(0, 1),
                "-c:a", "libmp3lame", "-b:a", "32k");
        Path song = ChapterFiles.withChapters(fixture.inbox("s").resolve("song.mp3"), 3, List.of(), "-c:a",
                "libmp3lame", "-b:a", "32k");
        Path bare = com.yotosmartstream.streamer.testing.AudioFixtures.mp3(fixture.inbox("b").resolve("bare.mp3"), 1.5);

        assertThat(ChapterCandidates.id3MentionsChapters(marked)).isTrue();
        assertThat(ChapterCandidates.id3MentionsChapters(song)).isFalse();
        assertThat(ChapterCandidates.id3MentionsChapters(bare)).isFalse();
    }

    @Test
    void marksPastTheEndAreLeftOutAndTheImportSaysSo() throws Exception {
        List<Mark> marks = List.of(new Mark(0, 3000, "Part One"), new Mark(3000, 9000, "Part Two"),
                new Mark(12_000, 15_000, "A Part That Is Not There"));
        Path file = ChapterFiles.withChapters(fixture.inbox("long").resolve("short.mp3"), 6, marks, "-c:a",
                "libmp3lame", "-b:a", "64k");

        ImportLine line = library.importAll(List.of(file), RecordingContext.running()).lines().get(0);

        List<Chapter> chapters = library.chapters(line.trackId().orElseThrow());
        assertThat(chapters).extracting(Chapter::title).containsExactly("Part One", "Part Two");
        assertThat(chapters.get(1).end().toMillis()).isBetween(5950L, 6100L);
        assertThat(line.message()).contains("1 chapter mark lay past the end of the file and was left out.")
                .contains("Its last chapter ran past the end of the file; it ends where the audio ends.");
    }

    @Test
    void aFileWithoutMarksHasNoChaptersAndWithoutFfmpegNoneAreRead() throws Exception {
        Path plain = ChapterFiles.withChapters(fixture.inbox("plain").resolve("plain.flac"), 3, List.of(), "-c:a",
                "flac");
        String id = library.importAll(List.of(plain), RecordingContext.running()).lines().get(0).trackId()
                .orElseThrow();
        assertThat(library.chapters(id)).isEmpty();

        library.setFfmpeg(java.util.Optional.empty());
        Path marked = ChapterFiles.withChapters(fixture.inbox("marked").resolve("marked.flac"), 6, THREE, "-c:a",
                "flac");
        String other = library.importAll(List.of(marked), RecordingContext.running()).lines().get(0).trackId()
                .orElseThrow();
        assertThat(library.chapters(other)).isEmpty();
    }

    @Test
    void chaptersImportedWithoutAnFfprobeAreReadByTheNextConversionPassOnceOneCanRun() throws Exception {
        library.setFfmpeg(java.util.Optional.empty());
        Path book = ChapterFiles.withChapters(fixture.inbox("later").resolve("book.m4b"), 6, THREE, "-c:a", "aac",
                "-b:a", "48k");
        Path song = ChapterFiles.withChapters(fixture.inbox("song").resolve("song.flac"), 3, List.of(), "-c:a",
                "flac");
        List<ImportLine> lines = library.importAll(List.of(book, song), RecordingContext.running()).lines();
        String bookId = lines.get(0).trackId().orElseThrow();
        assertThat(library.chapters(bookId)).isEmpty();
        assertThat(library.convertPending(RecordingContext.running())).isNotEmpty(); // "needs ffmpeg" lines
        assertThat(library.chapters(bookId)).isEmpty();

        library.setFfmpeg(Ffmpeg.locate(FfmpegChoice.AUTOMATIC, Map.of("PATH", "")));
        library.convertPending(RecordingContext.running());

        assertThat(library.chapters(bookId)).extracting(Chapter::title).containsExactly("Opening", "The Storm",
                "Home Again");
        int unread = fixture.database.read(c -> {
            try (var s = c.createStatement(); var r = s.executeQuery("SELECT COUNT(*) FROM track_chapters_unread")) {
                r.next();
                return r.getInt(1);
            }
        });
        assertThat(unread).as("each track is read once").isZero();
        assertThat(library.readUnreadChapters(RecordingContext.running())).isZero();
    }
}
