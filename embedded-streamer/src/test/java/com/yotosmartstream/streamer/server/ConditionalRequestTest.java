package com.yotosmartstream.streamer.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** If-None-Match, If-Modified-Since, If-Range, If-Match and If-Unmodified-Since over real HTTP. */
class ConditionalRequestTest {

    private static final String TRACK = "00000000000000aa";
    private static final Instant MODIFIED = Instant.parse("2026-03-01T10:15:30Z");
    private static final DateTimeFormatter RFC_850 =
            DateTimeFormatter.ofPattern("EEEE, dd-MMM-yy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter ASCTIME =
            DateTimeFormatter.ofPattern("EEE MMM d HH:mm:ss yyyy", Locale.US).withZone(ZoneOffset.UTC);

    @TempDir
    static Path dir;
    static ServerFixture fixture;
    static byte[] bytes;
    static URI url;
    static String etag;

    @BeforeAll
    static void start() throws Exception {
        fixture = new ServerFixture(dir);
        bytes = fixture.addTrack(TRACK, 10_000);
        Files.setLastModifiedTime(fixture.tracks.get(TRACK).file(), FileTime.from(MODIFIED));
        url = fixture.url(fixture.tokens.library(), TRACK);
        etag = fixture.get(url).headers().firstValue("ETag").orElseThrow();
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    private static String httpDate(Instant instant) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC).format(instant);
    }

    @Test
    void theLastModifiedDateIsTheFilesModificationTime() throws Exception {
        assertThat(fixture.get(url).headers().firstValue("Last-Modified")).hasValue("Sun, 01 Mar 2026 10:15:30 GMT");
    }

    @Test
    void aMatchingIfNoneMatchIsAnswered304WithTheTagAndNoBody() throws Exception {
        HttpResponse<byte[]> response = fixture.get(url, "If-None-Match", etag);

        assertThat(response.statusCode()).isEqualTo(304);
        assertThat(response.body()).isEmpty();
        assertThat(response.headers().firstValue("ETag")).hasValue(etag);
        assertThat(response.headers().firstValue("Content-Range")).isEmpty();
    }

    @Test
    void ifNoneMatchComparesWeaklyAndAcceptsListsAndTheStar() throws Exception {
        assertThat(fixture.get(url, "If-None-Match", "W/" + etag).statusCode()).isEqualTo(304);
        assertThat(fixture.get(url, "If-None-Match", "\"other\", " + etag).statusCode()).isEqualTo(304);
        assertThat(fixture.get(url, "If-None-Match", "*").statusCode()).isEqualTo(304);
        assertThat(fixture.send("HEAD", url, "If-None-Match", etag).statusCode()).isEqualTo(304);
    }

    @Test
    void aDifferentIfNoneMatchGetsTheFile() throws Exception {
        HttpResponse<byte[]> response = fixture.get(url, "If-None-Match", "\"1-2\"");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(bytes);
    }

    @Test
    void ifNoneMatchWinsOverIfModifiedSince() throws Exception {
        HttpResponse<byte[]> response = fixture.get(url, "If-None-Match", "\"1-2\"", "If-Modified-Since",
                httpDate(MODIFIED.plusSeconds(3600)));

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void ifModifiedSinceTheSameOrALaterDateIsAnswered304() throws Exception {
        assertThat(fixture.get(url, "If-Modified-Since", httpDate(MODIFIED)).statusCode()).isEqualTo(304);
        assertThat(fixture.get(url, "If-Modified-Since", httpDate(MODIFIED.plusSeconds(60))).statusCode()).isEqualTo(304);
        assertThat(fixture.get(url, "If-Modified-Since", RFC_850.format(MODIFIED)).statusCode()).isEqualTo(304);
        assertThat(fixture.get(url, "If-Modified-Since", ASCTIME.format(MODIFIED)).statusCode()).isEqualTo(304);
    }

    @Test
    void ifModifiedSinceAnEarlierDateGetsTheFile() throws Exception {
        HttpResponse<byte[]> response = fixture.get(url, "If-Modified-Since", httpDate(MODIFIED.minusSeconds(1)));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(bytes);
    }

    @Test
    void anUnreadableIfModifiedSinceIsIgnored() throws Exception {
        assertThat(fixture.get(url, "If-Modified-Since", "yesterday").statusCode()).isEqualTo(200);
    }

    @Test
    void ifRangeWithTheCurrentTagHonoursTheRange() throws Exception {
        HttpResponse<byte[]> response = fixture.get(url, "Range", "bytes=0-9", "If-Range", etag);

        assertThat(response.statusCode()).isEqualTo(206);
        assertThat(response.body()).isEqualTo(Arrays.copyOf(bytes, 10));
    }

    @Test
    void ifRangeWithAnOldTagSendsTheWholeNewFile() throws Exception {
        HttpResponse<byte[]> response = fixture.get(url, "Range", "bytes=0-9", "If-Range", "\"5-6\"");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(bytes);
    }

    @Test
    void ifRangeNeverMatchesAWeakTag() throws Exception {
        assertThat(fixture.get(url, "Range", "bytes=0-9", "If-Range", "W/" + etag).statusCode()).isEqualTo(200);
    }

    @Test
    void ifRangeWithTheExactDateHonoursTheRangeAndAnyOtherDateDoesNot() throws Exception {
        assertThat(fixture.get(url, "Range", "bytes=0-9", "If-Range", httpDate(MODIFIED)).statusCode()).isEqualTo(206);
        assertThat(fixture.get(url, "Range", "bytes=0-9", "If-Range", httpDate(MODIFIED.plusSeconds(1))).statusCode())
                .isEqualTo(200);
    }

    @Test
    void ifRangeThatDoesNotMatchAlsoOverridesAnUnsatisfiableRange() throws Exception {
        assertThat(fixture.get(url, "Range", "bytes=99999-", "If-Range", "\"old\"").statusCode()).isEqualTo(200);
        assertThat(fixture.get(url, "Range", "bytes=99999-", "If-Range", etag).statusCode()).isEqualTo(416);
    }

    @Test
    void aFailingIfMatchOrIfUnmodifiedSinceIsAnswered412() throws Exception {
        assertThat(fixture.get(url, "If-Match", "\"other\"").statusCode()).isEqualTo(412);
        assertThat(fixture.get(url, "If-Match", "W/" + etag).statusCode()).isEqualTo(412);
        assertThat(fixture.get(url, "If-Unmodified-Since", httpDate(MODIFIED.minusSeconds(1))).statusCode())
                .isEqualTo(412);
    }

    @Test
    void aHoldingIfMatchOrIfUnmodifiedSinceServes() throws Exception {
        assertThat(fixture.get(url, "If-Match", etag).statusCode()).isEqualTo(200);
        assertThat(fixture.get(url, "If-Match", "*").statusCode()).isEqualTo(200);
        assertThat(fixture.get(url, "If-Unmodified-Since", httpDate(MODIFIED)).statusCode()).isEqualTo(200);
    }

    @Test
    void aChangedFileGetsANewTag() throws Exception {
        Files.setLastModifiedTime(fixture.tracks.get(TRACK).file(), FileTime.from(MODIFIED.plusSeconds(5)));
        try {
            HttpResponse<byte[]> response = fixture.get(url, "If-None-Match", etag);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(etag);
        } finally {
            Files.setLastModifiedTime(fixture.tracks.get(TRACK).file(), FileTime.from(MODIFIED));
        }
    }
}
