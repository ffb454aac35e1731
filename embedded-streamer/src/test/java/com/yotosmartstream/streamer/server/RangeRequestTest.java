package com.yotosmartstream.streamer.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.yotosmartstream.streamer.access.Grant;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every single-range case of RFC 9110 over real HTTP, on a file longer than Javalin's 128,000-byte cap. */
class RangeRequestTest {

    private static final String TRACK = "0123456789abcdef";
    private static final int SIZE = 300_000;

    @TempDir
    static Path dir;
    static ServerFixture fixture;
    static byte[] bytes;
    static URI url;

    @BeforeAll
    static void start() throws Exception {
        fixture = new ServerFixture(dir);
        bytes = fixture.addTrack(TRACK, SIZE);
        Grant grant = fixture.tokens.library();
        url = fixture.url(grant, TRACK);
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    @Test
    void aPlainGetSendsTheWholeFileWithEveryHeaderAPlayerNeeds() throws Exception {
        HttpResponse<byte[]> response = fixture.get(url);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(bytes);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("audio/mpeg");
        assertThat(response.headers().firstValue("Content-Length")).hasValue(String.valueOf(SIZE));
        assertThat(response.headers().firstValue("Accept-Ranges")).hasValue("bytes");
        assertThat(response.headers().firstValue("ETag")).hasValueSatisfying(tag -> assertThat(tag).matches("\"[0-9a-f]+-[0-9a-f]+\""));
        assertThat(response.headers().firstValue("Last-Modified")).hasValueSatisfying(date -> assertThat(date).endsWith(" GMT"));
        assertThat(response.headers().firstValue("Content-Range")).isEmpty();
        assertThat(response.headers().firstValue("Server")).isEmpty();
    }

    @Test
    void anExplicitRangeIsAnswered206WithExactlyThoseBytes() throws Exception {
        HttpResponse<byte[]> response = fixture.get(url, "Range", "bytes=100-199");

        assertThat(response.statusCode()).isEqualTo(206);
        assertThat(response.body()).isEqualTo(Arrays.copyOfRange(bytes, 100, 200));
        assertThat(response.headers().firstValue("Content-Range")).hasValue("bytes 100-199/" + SIZE);
        assertThat(response.headers().firstValue("Content-Length")).hasValue("100");
        assertThat(response.headers().firstValue("Content-Type")).hasValue("audio/mpeg");
    }

    @Test
    void anOpenEndedRangeRunsToTheEndOfTheFileNotToAChunkLimit() throws Exception {
        HttpResponse<byte[]> response = fixture.get(url, "Range", "bytes=1000-");

        assertThat(response.statusCode()).isEqualTo(206);
        assertThat(response.body()).isEqualTo(Arrays.copyOfRange(bytes, 1000, SIZE));
        assertThat(response.headers().firstValue("Content-Range")).hasValue("bytes 1000-" + (SIZE - 1) + "/" + SIZE);
    }

    @Test
    void aSuffixRangeSendsTheLastBytes() throws Exception {
        HttpResponse<byte[]> response = fixture.get(url, "Range", "bytes=-500");

        assertThat(response.statusCode()).isEqualTo(206);
        assertThat(response.body()).isEqualTo(Arrays.copyOfRange(bytes, SIZE - 500, SIZE));
        assertThat(response.headers().firstValue("Content-Range"))
                .hasValue("bytes " + (SIZE - 500) + "-" + (SIZE - 1) + "/" + SIZE);
    }

    @Test
    void aSuffixLongerThanTheFileSendsTheWholeFileAsAPart() throws Exception {
        HttpResponse<byte[]> response = fixture.get(url, "Range", "bytes=-999999999");

        assertThat(response.statusCode()).isEqualTo(206);
        assertThat(response.body()).isEqualTo(bytes);
        assertThat(response.headers().firstValue("Content-Range")).hasValue("bytes 0-" + (SIZE - 1) + "/" + SIZE);
    }

    @Test
    void aRangeEndingPastTheEndIsCutToTheLastByte() throws Exception {
        HttpResponse<byte[]> response = fixture.get(url, "Range", "bytes=299990-99999999999999999999999");

        assertThat(response.statusCode()).isEqualTo(206);
        assertThat(response.body()).isEqualTo(Arrays.copyOfRange(bytes, 299_990, SIZE));
        assertThat(response.headers().firstValue("Content-Range")).hasValue("bytes 299990-299999/" + SIZE);
    }

    @Test
    void theLastByteAloneCanBeAsked() throws Exception {
        HttpResponse<byte[]> response = fixture.get(url, "Range", "bytes=299999-299999");

        assertThat(response.statusCode()).isEqualTo(206);
        assertThat(response.body()).containsExactly(bytes[SIZE - 1]);
    }

    @ParameterizedTest
    @ValueSource(strings = {"bytes=300000-", "bytes=300000-300010", "bytes=2000000-3000000", "bytes=-0",
        "bytes=99999999999999999999999-"})
    void aRangePastTheEndIsAnswered416WithTheSize(String range) throws Exception {
        HttpResponse<byte[]> response = fixture.get(url, "Range", range);

        assertThat(response.statusCode()).isEqualTo(416);
        assertThat(response.headers().firstValue("Content-Range")).hasValue("bytes */" + SIZE);
        assertThat(response.body()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"bytes=abc", "bytes=5-1", "bytes=", "bytes=--5", "bytes=1-2-3", "bytes 0-5", "items=0-5",
        "bytes=0-9,20-29", "bytes=+5-10", "bytes=0x10-20", "=0-5", "bytes=-", "bytes=-5-", "bytes=1.5-3"})
    void aMalformedOrIgnoredRangeGetsTheWholeFileNever500(String range) throws Exception {
        HttpResponse<byte[]> response = fixture.get(url, "Range", range);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(bytes);
        assertThat(response.headers().firstValue("Content-Range")).isEmpty();
    }

    @Test
    void theUnitAndSpacesAroundTheRangeAreForgiven() throws Exception {
        HttpResponse<byte[]> response = fixture.get(url, "Range", "Bytes = 10 - 19 ");

        assertThat(response.statusCode()).isEqualTo(206);
        assertThat(response.body()).isEqualTo(Arrays.copyOfRange(bytes, 10, 20));
    }

    @Test
    void headAnswersTheSameHeadersAsGetWithoutABody() throws Exception {
        HttpResponse<byte[]> get = fixture.get(url);
        HttpResponse<byte[]> head = fixture.send("HEAD", url);

        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        for (String name : new String[] {"Content-Type", "Content-Length", "Accept-Ranges", "ETag", "Last-Modified"}) {
            assertThat(head.headers().firstValue(name)).as(name).isEqualTo(get.headers().firstValue(name));
        }
    }

    @Test
    void headWithARangeAnswersThePartsHeadersWithoutABody() throws Exception {
        HttpResponse<byte[]> head = fixture.send("HEAD", url, "Range", "bytes=-100");

        assertThat(head.statusCode()).isEqualTo(206);
        assertThat(head.body()).isEmpty();
        assertThat(head.headers().firstValue("Content-Length")).hasValue("100");
        assertThat(head.headers().firstValue("Content-Range")).hasValue("bytes 299900-299999/" + SIZE);
    }

    @Test
    void otherMethodsAreRefusedWith405AndTheAllowedOnes() throws Exception {
        HttpResponse<byte[]> response = fixture.send("POST", url);

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).hasValue("GET, HEAD");
    }
}
