package com.yotosmartstream.streamer.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.yotosmartstream.streamer.testing.FuzzBudget;

/**
 * Fuzz tests of what the server reads from a request before anything else (ADR 0052): the Range
 * header against a representation's size, and the stream path matcher, which must accept exactly
 * {@code /stream/<43 token characters>/<16 hex digits>.<mp3|m4a|aac>} and nothing else.
 */
class RequestParsingFuzzTest {

    @FuzzTest(maxDuration = FuzzBudget.MAX_DURATION)
    void rangeHeader(FuzzedDataProvider data) {
        long size = data.consumeLong(0, Long.MAX_VALUE / 2);
        String header = data.consumeRemainingAsString();

        RangeHeader.Decision decision = RangeHeader.decide(header, size);

        if (decision instanceof RangeHeader.Part part) {
            assertThat(part.range().first()).isBetween(0L, size - 1);
            assertThat(part.range().last()).isBetween(part.range().first(), size - 1);
            assertThat(part.range().length()).isPositive();
            assertThat(part.range().contentRange(size)).startsWith("bytes ");
        } else if (decision instanceof RangeHeader.Unsatisfiable) {
            assertThat(ByteRange.unsatisfied(size)).isEqualTo("bytes */" + size);
        }
    }

    @FuzzTest(maxDuration = FuzzBudget.MAX_DURATION)
    void streamPath(FuzzedDataProvider data) {
        String path = data.consumeRemainingAsString();

        StreamPath parsed = StreamPath.parse(path);

        if (parsed != null) {
            assertThat(parsed.token()).hasSize(StreamPath.TOKEN_LENGTH).matches("[A-Za-z0-9_-]+");
            assertThat(parsed.trackId()).hasSize(StreamPath.ID_LENGTH).matches("[0-9a-f]+");
            assertThat(path).matches("/stream/" + parsed.token() + "/" + parsed.trackId() + "\\.(mp3|m4a|aac)");
        } else {
            assertThat(path).doesNotMatch("/stream/[A-Za-z0-9_-]{43}/[0-9a-f]{16}\\.(mp3|m4a|aac)");
        }
    }
}
