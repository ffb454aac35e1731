package com.yotosmartstream.streamer.chapters;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Marks as files hold them, wrong ones included, become a track's chapters (ADR 0073). */
class ChapterMarksTest {

    private static final Duration TEN = Duration.ofSeconds(10);

    @Test
    void marksOutOfOrderAreSortedAndOverlapsEndWhereTheNextStarts() {
        Chapters chapters = ChapterMarks.of(List.of(new ChapterMarks.Raw(5, 10, "Second"),
                new ChapterMarks.Raw(0, 7, "First")), TEN);

        assertThat(chapters.marks()).containsExactly(
                new Chapter(Duration.ZERO, Duration.ofSeconds(5), "First"),
                new Chapter(Duration.ofSeconds(5), TEN, "Second"));
        assertThat(chapters.notes()).isEmpty();
    }

    @Test
    void brokenMarksAreLeftOutAndEachRepairIsSaidOnce() {
        Chapters chapters = ChapterMarks.of(List.of(new ChapterMarks.Raw(0, 4, "  \u001b[31mRed\nTitle "),
                new ChapterMarks.Raw(4, 4, "Empty"), new ChapterMarks.Raw(Double.NaN, 5, "Nothing"),
                new ChapterMarks.Raw(4, 12, ""), new ChapterMarks.Raw(11, 13, "Beyond"),
                new ChapterMarks.Raw(20, 30, "Far beyond")), TEN);

        assertThat(chapters.marks()).containsExactly(
                new Chapter(Duration.ZERO, Duration.ofSeconds(4), "[31mRed Title"),
                new Chapter(Duration.ofSeconds(4), TEN, "Chapter 2"));
        assertThat(chapters.notes()).containsExactly(
                "2 chapter marks lay past the end of the file and were left out.",
                "2 chapter marks had no length and were left out.",
                "Its last chapter ran past the end of the file; it ends where the audio ends.");
    }

    @Test
    void ffprobesJsonIsReadAndAnythingElseIsNoChapters() {
        String json = """
                {"chapters": [
                  {"id": 0, "time_base": "1/1000", "start": 0, "start_time": "0.000000", "end": 2500,
                   "end_time": "2.500000", "tags": {"title": "Opening"}},
                  {"id": 1, "start_time": "2.500000", "end_time": "10.000000", "tags": {"TITLE": "Close"}}
                ]}
                """;

        assertThat(ChapterJson.parse(json, TEN).marks()).extracting(Chapter::title).containsExactly("Opening",
                "Close");
        assertThat(ChapterJson.parse("{\"chapters\": 3}", TEN).marks()).isEmpty();
        assertThat(ChapterJson.parse("[[[", TEN).marks()).isEmpty();
        assertThat(ChapterJson.parse("{\"chapters\": [{\"start_time\": {}, \"end_time\": [1]}, 7]}", TEN).marks())
                .isEmpty();
    }
}
