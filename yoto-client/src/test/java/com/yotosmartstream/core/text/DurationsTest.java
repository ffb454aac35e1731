package com.yotosmartstream.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DurationsTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            0,      0:00
            7.4,    0:07
            59.5,   1:00
            75,     1:15
            3599,   59:59
            3725,   1:02:05
            36000,  10:00:00
            -3,     0:00
            """)
    void secondsReadAsAClockRoundedToTheNearestSecond(double seconds, String shown) {
        assertThat(Durations.clock(seconds)).isEqualTo(shown);
    }

    @Test
    void aDurationCountsWholeSecondsOnly() {
        assertThat(Durations.clock(Duration.ofSeconds(187))).isEqualTo("3:07");
        assertThat(Durations.clock(Duration.ofSeconds(3765))).isEqualTo("1:02:45");
        assertThat(Durations.clock(Duration.ofMillis(1_999))).isEqualTo("0:01");
    }

    @Test
    void digitsAreTheSameInEveryLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("ar-EG-u-nu-arab"));
            assertThat(Durations.clock(754)).isEqualTo("12:34");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void agesAreRoughAndNeverNegative() {
        assertThat(Durations.ago(Duration.ofSeconds(-5))).isEqualTo("just now");
        assertThat(Durations.ago(Duration.ofSeconds(40))).isEqualTo("40 s ago");
        assertThat(Durations.ago(Duration.ofMinutes(3))).isEqualTo("3 min ago");
        assertThat(Durations.ago(Duration.ofHours(2))).isEqualTo("2 h ago");
    }
}
