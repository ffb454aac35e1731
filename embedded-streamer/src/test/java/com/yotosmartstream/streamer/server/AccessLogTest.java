package com.yotosmartstream.streamer.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.yotosmartstream.streamer.access.Grant;
import com.yotosmartstream.streamer.testing.Eventually;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The access log saved in the database: off the request's path, bounded, and harmless when saving fails. */
class AccessLogTest {

    private static final String TRACK = "abcdefabcdef0002";
    private static final String OTHER = "abcdefabcdef0003";

    @TempDir
    Path dir;
    ServerFixture fixture;

    @AfterEach
    void stop() {
        if (fixture != null) {
            fixture.close();
        }
    }

    private ServerFixture start(AccessLogStore.Retention retention) throws Exception {
        fixture = ServerFixture.savingTheAccessLog(dir, retention);
        return fixture;
    }

    /** The ranges saved for {@link #TRACK}, after saving what is queued; entries are added just after a response. */
    private List<String> savedRanges() {
        fixture.accessLog.flush();
        try {
            return saved(TRACK).stream().map(AccessEntry::range).toList();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the database holds for a track, read apart from the log (so nothing in memory answers). */
    private List<AccessEntry> saved(String trackId) throws Exception {
        return new AccessLogStore(fixture.database, AccessLogStore.Retention.DEFAULT).forTrack(trackId, 10_000);
    }

    private static AccessEntry entry(Instant at, String trackId, long bytes) {
        return new AccessEntry(at, trackId, "Library", "GET", "bytes=0-99", 206, bytes, "192.168.1.20");
    }

    @Test
    void aRequestIsAnsweredWhileTheDatabaseIsBusyAndItsEntryIsSavedAfterwards() throws Exception {
        start(AccessLogStore.Retention.DEFAULT);
        byte[] bytes = fixture.addTrack(TRACK, 200_000);
        URI url = fixture.url(fixture.tokens.library(), TRACK);
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> busy = CompletableFuture.runAsync(() -> {
            try {
                fixture.database.write(c -> {
                    held.countDown();
                    try {
                        return release.await(60, TimeUnit.SECONDS); // longer than a request may take
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return false;
                    }
                });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(held.await(10, TimeUnit.SECONDS)).isTrue();

        HttpResponse<byte[]> first = fixture.get(url, "Range", "bytes=1000-1999");
        fixture.accessLog.add(entry(Instant.now(), TRACK, 1)); // queued behind the held database too
        HttpResponse<byte[]> second = fixture.get(url, "Range", "bytes=-10");

        assertThat(first.statusCode()).isEqualTo(206);
        assertThat(first.body()).isEqualTo(Arrays.copyOfRange(bytes, 1000, 2000));
        assertThat(second.body()).isEqualTo(Arrays.copyOfRange(bytes, bytes.length - 10, bytes.length));
        release.countDown();
        busy.join();
        assertThat(Eventually.await(this::savedRanges, ranges -> ranges.size() == 3))
                .containsExactlyInAnyOrder("bytes=1000-1999", "bytes=0-99", "bytes=-10");
    }

    @Test
    void aSaveTheDatabaseRefusesNeverFailsARequestAndItsEntriesAreSavedWithTheNextBatch() throws Exception {
        start(AccessLogStore.Retention.DEFAULT);
        byte[] bytes = fixture.addTrack(TRACK, 50_000);
        URI url = fixture.url(fixture.tokens.library(), TRACK);
        refuseInserts(true);

        HttpResponse<byte[]> refused = fixture.get(url, "Range", "bytes=0-9");
        List<AccessEntry> shown = Eventually.await(() -> fixture.accessLog.forTrack(TRACK), e -> !e.isEmpty());

        assertThat(refused.statusCode()).isEqualTo(206);
        assertThat(refused.body()).isEqualTo(Arrays.copyOfRange(bytes, 0, 10));
        assertThat(shown).extracting(AccessEntry::range).containsExactly("bytes=0-9");
        assertThat(saved(TRACK)).isEmpty();

        refuseInserts(false);
        assertThat(fixture.get(url).body()).isEqualTo(bytes);

        assertThat(Eventually.await(this::savedRanges, ranges -> ranges.size() == 2)).containsExactly("bytes=0-9", "");
        assertThat(fixture.accessLog.forTrack(TRACK)).extracting(AccessEntry::range).containsExactly("bytes=0-9", "");
    }

    /** A trigger that makes every insert fail, as a full disk or a damaged table would. */
    private void refuseInserts(boolean refuse) throws Exception {
        fixture.database.write(c -> {
            try (Statement s = c.createStatement()) {
                s.execute(refuse ? "CREATE TRIGGER refuse BEFORE INSERT ON stream_access"
                        + " BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END" : "DROP TRIGGER refuse");
            }
            return null;
        });
    }

    @Test
    void rowsOlderThanTheRetentionAreRemoved() throws Exception {
        start(new AccessLogStore.Retention(Duration.ofDays(30), 1000));
        Instant now = Instant.now();
        fixture.accessLog.add(entry(now.minus(Duration.ofDays(40)), TRACK, 1));
        fixture.accessLog.add(entry(now.minus(Duration.ofDays(29)), TRACK, 2));
        fixture.accessLog.add(entry(now, OTHER, 3));
        fixture.accessLog.flush();

        assertThat(saved(TRACK)).extracting(AccessEntry::bytes).containsExactly(2L);
        assertThat(saved(OTHER)).extracting(AccessEntry::bytes).containsExactly(3L);
    }

    @Test
    void eachTrackKeepsOnlyItsNewestRows() throws Exception {
        start(new AccessLogStore.Retention(Duration.ofDays(30), 5));
        Instant now = Instant.now();
        for (int i = 0; i < 3; i++) {
            fixture.accessLog.add(entry(now, TRACK, i));
        }
        fixture.accessLog.flush();
        for (int i = 3; i < 10; i++) {
            fixture.accessLog.add(entry(now, TRACK, i));
        }
        fixture.accessLog.add(entry(now, OTHER, 100));
        fixture.accessLog.add(entry(now, OTHER, 101));
        fixture.accessLog.flush();

        assertThat(saved(TRACK)).extracting(AccessEntry::bytes).containsExactly(5L, 6L, 7L, 8L, 9L);
        assertThat(saved(OTHER)).extracting(AccessEntry::bytes).containsExactly(100L, 101L);
    }

    @Test
    void oneClientAskingThousandsOfTimesCannotPushTheOtherPlayersOutOfATracksHistory() throws Exception {
        start(new AccessLogStore.Retention(Duration.ofDays(30), 1000, 50));
        Instant now = Instant.now();
        fixture.accessLog.add(new AccessEntry(now, TRACK, "Card", "GET", "bytes=0-", 206, 1, "192.168.1.20"));
        fixture.accessLog.add(new AccessEntry(now, TRACK, "Card", "GET", "bytes=0-", 206, 2, "192.168.1.21"));
        fixture.accessLog.flush();
        for (int i = 0; i < 2_000; i++) { // issue 16: a link's holder pushed the history out in a second
            fixture.accessLog.add(new AccessEntry(now, TRACK, "Card", "GET", "bytes=0-", 206, 1000 + i, "10.0.0.99"));
            if (i % 500 == 0) {
                fixture.accessLog.flush();
            }
        }
        fixture.accessLog.flush();

        List<AccessEntry> history = fixture.accessLog.forTrack(TRACK);
        assertThat(history).extracting(AccessEntry::client).contains("192.168.1.20", "192.168.1.21");
        assertThat(history).filteredOn(e -> e.client().equals("10.0.0.99")).hasSize(50)
                .extracting(AccessEntry::bytes).endsWith(2_999L);
        assertThat(saved(TRACK)).hasSize(52);
    }

    @Test
    void aHistoryHoldsWhatWasQueuedBeforeItAndListenersHearOfLaterRequestsOnce() throws Exception {
        start(AccessLogStore.Retention.DEFAULT);
        fixture.addTrack(TRACK, 1000);
        Grant library = fixture.tokens.library();
        List<List<AccessEntry>> batches = new CopyOnWriteArrayList<>();
        Consumer<List<AccessEntry>> listener = batches::add;
        fixture.accessLog.addListener(listener);
        fixture.accessLog.add(entry(Instant.now(), TRACK, 7));

        CompletableFuture<List<AccessEntry>> history = new CompletableFuture<>();
        fixture.accessLog.history(TRACK, history::complete);
        assertThat(history.get(10, TimeUnit.SECONDS)).extracting(AccessEntry::bytes).containsExactly(7L);
        fixture.get(fixture.url(library, TRACK), "Range", "bytes=5-");

        assertThat(Eventually.await(() -> {
            fixture.accessLog.flush();
            return batches.stream().flatMap(List::stream).map(AccessEntry::range).toList();
        }, ranges -> ranges.size() == 2)).containsExactly("bytes=0-99", "bytes=5-");
    }

    @Test
    void aHugeRangeHeaderIsStoredCutToAHundredCharacters() throws Exception {
        start(AccessLogStore.Retention.DEFAULT);
        fixture.addTrack(TRACK, 5_000);
        String huge = "bytes=0-" + "9".repeat(7_777); // the 7,785-character row of issue 16

        HttpResponse<byte[]> response = fixture.get(fixture.url(fixture.tokens.library(), TRACK), "Range", huge);

        assertThat(response.statusCode()).isEqualTo(206);
        // the entry is logged once the body is written, which may be after the client has it all
        assertThat(Eventually.await(this::savedRanges, ranges -> !ranges.isEmpty())).singleElement().satisfies(range -> {
            assertThat(range).hasSize(AccessEntry.MAX_RANGE).startsWith("bytes=0-999").endsWith("\u2026");
        });
        assertThat(new AccessEntry(Instant.EPOCH, TRACK, "x", "GET", "bytes=0-1\u001b[2J", 200, 0, "c").range())
                .isEqualTo("bytes=0-1?[2J");
    }
}
