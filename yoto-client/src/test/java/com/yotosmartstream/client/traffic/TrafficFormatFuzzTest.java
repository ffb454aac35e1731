package com.yotosmartstream.client.traffic;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.yotosmartstream.client.testing.FuzzBudget;
import java.nio.charset.StandardCharsets;

/**
 * Fuzz test of a traffic recording's line (ADR 0052, 0056): a recording is a file someone hands
 * over, so any line must be read or refused with a {@link TrafficFormatException} naming its line,
 * and a line that was read must be written back to one that reads the same.
 */
class TrafficFormatFuzzTest {

    @FuzzTest(maxDuration = FuzzBudget.MAX_DURATION)
    void read(byte[] data) throws TrafficFormatException {
        String text = new String(data, StandardCharsets.UTF_8);
        TrafficLine line;
        try {
            line = TrafficFormat.read(text, 7);
        } catch (TrafficFormatException e) {
            assertThat(e.getMessage()).startsWith("Line 7");
            return;
        }
        assertThat(TrafficFormat.read(TrafficFormat.write(line), 7)).isEqualTo(line);
    }
}
