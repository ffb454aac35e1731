package com.yotosmartstream.client.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.api.client.http.javanet.NetHttpTransport;
import com.yotosmartstream.client.sim.ManualClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryAfterTest {

    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-21T09:00:00Z"));
    private final HttpClient http = new HttpClient(new NetHttpTransport(), clock.sleeper(), clock);

    @Test
    void secondsAreReadAsSeconds() {
        assertThat(http.parseRetryAfter("7")).contains(Duration.ofSeconds(7));
    }

    @Test
    void anHttpDateIsReadAsTheTimeUntilThen() {
        assertThat(http.parseRetryAfter("Sat, 21 Nov 2026 09:00:30 GMT")).contains(Duration.ofSeconds(30));
    }

    @Test
    void aDateInThePastMeansNoWait() {
        assertThat(http.parseRetryAfter("Sat, 21 Nov 2026 08:00:00 GMT")).contains(Duration.ZERO);
    }

    @Test
    void longWaitsAreCappedAtAMinute() {
        assertThat(http.parseRetryAfter("86400")).contains(Duration.ofSeconds(60));
    }

    @Test
    void nonsenseIsIgnored() {
        assertThat(http.parseRetryAfter("soon")).isEmpty();
    }
}
