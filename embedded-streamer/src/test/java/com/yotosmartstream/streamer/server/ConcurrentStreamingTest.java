package com.yotosmartstream.streamer.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.yotosmartstream.streamer.access.Grant;
import com.yotosmartstream.streamer.testing.Eventually;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Many players at once, files that change under a stream, and the access log. */
class ConcurrentStreamingTest {

    private static final String TRACK = "abcdefabcdef0001";

    @TempDir
    Path dir;
    ServerFixture fixture;
    Grant library;

    @BeforeEach
    void start() throws Exception {
        fixture = new ServerFixture(dir);
        library = fixture.tokens.library();
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void fiftyConcurrentStreamsEachGetTheirExactBytes() throws Exception {
        byte[] bytes = fixture.addTrack(TRACK, 1_000_000);
        URI url = fixture.url(library, TRACK);
        List<CompletableFuture<HttpResponse<byte[]>>> wholes = new ArrayList<>();
        List<CompletableFuture<HttpResponse<byte[]>>> parts = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(60));
            if (i % 2 == 0) {
                wholes.add(fixture.http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofByteArray()));
            } else {
                int first = i * 17_000;
                request.header("Range", "bytes=" + first + "-" + (first + 65_535));
                parts.add(fixture.http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofByteArray()));
            }
        }
        for (CompletableFuture<HttpResponse<byte[]>> whole : wholes) {
            HttpResponse<byte[]> response = whole.join();
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEqualTo(bytes);
        }
        for (int k = 0; k < parts.size(); k++) {
            HttpResponse<byte[]> response = parts.get(k).join();
            int first = (2 * k + 1) * 17_000;
            assertThat(response.statusCode()).isEqualTo(206);
            assertThat(response.body()).isEqualTo(Arrays.copyOfRange(bytes, first, first + 65_536));
        }
        assertThat(Eventually.await(() -> fixture.accessLog.forTrack(TRACK), entries -> entries.size() == 50)).hasSize(50);
    }

    @Test
    void aFileDeletedWhileItStreamsIsServedWholeThenNoMore() throws Exception {
        byte[] bytes = fixture.addTrack(TRACK, 16 * 1024 * 1024);
        URI url = fixture.url(library, TRACK);
        HttpResponse<InputStream> response = fixture.http.send(HttpRequest.newBuilder(url).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            byte[] start = body.readNBytes(64 * 1024);

            Files.delete(fixture.tracks.get(TRACK).file());

            byte[] rest = body.readAllBytes();
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(start.length + rest.length).isEqualTo(bytes.length);
            assertThat(Arrays.equals(start, 0, start.length, bytes, 0, start.length)).isTrue();
            assertThat(Arrays.equals(rest, 0, rest.length, bytes, start.length, bytes.length)).isTrue();
        }
        assertThat(fixture.get(url).statusCode()).isEqualTo(404);
    }

    @Test
    void aFileReplacedWhileItStreamsFinishesWithTheOldBytesAndThenServesTheNew() throws Exception {
        byte[] old = fixture.addTrack(TRACK, 16 * 1024 * 1024);
        Path file = fixture.tracks.get(TRACK).file();
        URI url = fixture.url(library, TRACK);
        String oldTag = fixture.send("HEAD", url).headers().firstValue("ETag").orElseThrow();
        HttpResponse<InputStream> response = fixture.http.send(HttpRequest.newBuilder(url).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        byte[] fresh = ServerFixture.randomBytes(70_000, 99);
        try (InputStream body = response.body()) {
            byte[] start = body.readNBytes(64 * 1024);

            Path replacement = dir.resolve("replacement.tmp");
            Files.write(replacement, fresh);
            Files.move(replacement, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);

            byte[] rest = body.readAllBytes();
            assertThat(start.length + rest.length).isEqualTo(old.length);
            assertThat(Arrays.equals(rest, 0, rest.length, old, start.length, old.length)).isTrue();
        }
        HttpResponse<byte[]> after = fixture.get(url, "If-Range", oldTag, "Range", "bytes=0-9");
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.body()).isEqualTo(fresh);
        assertThat(after.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(oldTag);
    }

    @Test
    void theAccessLogKeepsWhenWhatRangeHowManyBytesAndWhoButNoToken() throws Exception {
        fixture.addTrack(TRACK, 10_000);
        Grant card = fixture.tokens.grantCard("Bedtime stories", List.of(TRACK));

        fixture.get(fixture.url(card, TRACK), "Range", "bytes=0-99");
        fixture.get(fixture.url(library, TRACK));
        fixture.send("HEAD", fixture.url(library, TRACK));

        List<AccessEntry> entries = Eventually.await(() -> fixture.accessLog.forTrack(TRACK), e -> e.size() == 3);
        assertThat(entries).extracting(AccessEntry::grantLabel, AccessEntry::method, AccessEntry::range,
                AccessEntry::status, AccessEntry::bytes).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("Bedtime stories", "GET", "bytes=0-99", 206, 100L),
                org.assertj.core.groups.Tuple.tuple("Library", "GET", "", 200, 10_000L),
                org.assertj.core.groups.Tuple.tuple("Library", "HEAD", "", 200, 0L));
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.client()).isEqualTo("127.0.0.1");
            assertThat(e.toString()).doesNotContain(card.token()).doesNotContain(library.token());
        });
    }

    @Test
    void theAccessLogKeepsOnlyTheNewestEntriesInMemory() {
        try (AccessLog log = new AccessLog(3)) {
            for (int i = 0; i < 5; i++) {
                log.add(new AccessEntry(java.time.Instant.EPOCH, "t" + i, "Library", "GET", "", 200, i, "c"));
            }
            assertThat(log.all()).extracting(AccessEntry::trackId).containsExactly("t2", "t3", "t4");
        }
    }
}
