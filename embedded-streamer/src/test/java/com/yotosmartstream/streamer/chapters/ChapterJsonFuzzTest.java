package com.yotosmartstream.streamer.chapters;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.yotosmartstream.streamer.testing.FuzzBudget;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Fuzz test for reading chapter marks (ADR 0052, 0073): ffprobe's JSON carries what the file
 * held (titles, times) and may be anything a damaged or hostile file makes it. Whatever arrives,
 * the answer is chapters inside the file's length, in order, not overlapping, with clean titles, at
 * most {@link ChapterMarks#MAX_MARKS}; never an exception. Seeds in
 * {@code ChapterJsonFuzzTestInputs/chapters/}; {@code scripts/fuzz.sh ChapterJsonFuzzTest} fuzzes it.
 */
class ChapterJsonFuzzTest {

    private static final Duration LENGTH = Duration.ofMinutes(70);

    @FuzzTest(maxDuration = FuzzBudget.MAX_DURATION)
    void chapters(byte[] data) {
        Chapters chapters = ChapterJson.parse(new String(data, StandardCharsets.UTF_8), LENGTH);

        assertThat(chapters.marks()).hasSizeLessThanOrEqualTo(ChapterMarks.MAX_MARKS);
        Duration previousEnd = Duration.ZERO;
        for (Chapter chapter : chapters.marks()) {
            assertThat(chapter.start()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(chapter.end()).isGreaterThan(chapter.start()).isLessThanOrEqualTo(LENGTH);
            assertThat(chapter.title()).isNotBlank().hasSizeLessThanOrEqualTo(ChapterMarks.MAX_TITLE)
                    .doesNotContainPattern("\\p{Cntrl}");
            previousEnd = chapter.end();
        }
    }
}
