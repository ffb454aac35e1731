package com.yotosmartstream.streamer;

import static org.assertj.core.api.Assertions.assertThat;

import com.yotosmartstream.core.storage.SettingsStore;
import com.yotosmartstream.streamer.access.Grant;
import com.yotosmartstream.streamer.library.ImportReport;
import com.yotosmartstream.streamer.testing.AudioFixtures;
import com.yotosmartstream.streamer.testing.Eventually;
import com.yotosmartstream.streamer.testing.LibraryFixture;
import com.yotosmartstream.streamer.testing.RecordingContext;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The library and its server together, as the app runs them: import, link, stream, check, restart. */
class StreamerTest {

    @TempDir
    Path dir;
    LibraryFixture database;
    SettingsStore settings;
    Streamer streamer;
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeEach
    void open() throws Exception {
        database = new LibraryFixture(dir.resolve("db"));
        settings = SettingsStore.load(database.database, Runnable::run);
        settings.put(StreamerSettings.BIND_ADDRESS, "127.0.0.1");
        streamer = Streamer.open(dir.resolve("library"), database.database, settings);
    }

    @AfterEach
    void close() {
        streamer.close();
        database.close();
    }

    private String importMp3(String name, double seconds) throws Exception {
        Path file = AudioFixtures.mp3(Files.createDirectories(dir.resolve("in")).resolve(name), seconds);
        ImportReport report = streamer.library().importAll(List.of(file), RecordingContext.running());
        return report.lines().get(0).trackId().orElseThrow();
    }

    private HttpResponse<byte[]> get(URI url, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(url);
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void anImportedTrackStreamsAtItsLinkWithRanges() throws Exception {
        String id = importMp3("story.mp3", 12.0);
        Streamer.Status status = streamer.start();
        byte[] bytes = Files.readAllBytes(streamer.library().streamPath(streamer.library().catalogue().find(id)
                .orElseThrow()).orElseThrow());

        URI url = streamer.trackUrl(id).orElseThrow();

        assertThat(status.running()).isTrue();
        assertThat(url.toString()).matches("http://127\\.0\\.0\\.1:" + status.port() + "/stream/[A-Za-z0-9_-]{43}/" + id
                + "\\.mp3");
        assertThat(get(url).body()).isEqualTo(bytes);
        HttpResponse<byte[]> open = get(url, "Range", "bytes=150000-");
        assertThat(open.statusCode()).isEqualTo(206);
        assertThat(open.body()).isEqualTo(Arrays.copyOfRange(bytes, 150_000, bytes.length));
        assertThat(get(url, "Range", "bytes=-1000").body()).isEqualTo(Arrays.copyOfRange(bytes, bytes.length - 1000,
                bytes.length));
        assertThat(get(url, "Range", "bytes=" + bytes.length + "-").statusCode()).isEqualTo(416);
        assertThat(Eventually.await(() -> streamer.accessLog().forTrack(id), entries -> entries.size() == 4)).hasSize(4);
    }

    @Test
    void theAccessLogSurvivesARestartOfTheStreamerOnTheSameDatabase() throws Exception {
        String id = importMp3("story.mp3", 3.0);
        streamer.start();
        URI url = streamer.trackUrl(id).orElseThrow();
        assertThat(get(url, "Range", "bytes=100-199").statusCode()).isEqualTo(206);
        assertThat(get(url).statusCode()).isEqualTo(200);
        // the server logs a request once its last byte is handed over, which may be just after the client has it
        Eventually.await(() -> streamer.accessLog().forTrack(id), entries -> entries.size() == 2);
        streamer.close();

        streamer = Streamer.open(dir.resolve("library"), database.database, settings);

        assertThat(streamer.accessLog().forTrack(id)).extracting(e -> e.range(), e -> e.status())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("bytes=100-199", 206),
                        org.assertj.core.groups.Tuple.tuple("", 200));
    }

    @Test
    void aConvertedWavStreamsAsMp3() throws Exception {
        Path wav = AudioFixtures.wav(Files.createDirectories(dir.resolve("in")).resolve("talk.wav"), 2, 44_100, 2);
        String id = streamer.library().importAll(List.of(wav), RecordingContext.running()).lines().get(0).trackId()
                .orElseThrow();
        streamer.start();
        assertThat(streamer.trackUrl(id)).isEmpty();

        streamer.library().convertPending(RecordingContext.running());

        HttpResponse<byte[]> response = get(streamer.trackUrl(id).orElseThrow());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("audio/mpeg");
    }

    @Test
    void deletingATrackEndsItsLinkAndUndoBringsItBack() throws Exception {
        String id = importMp3("bye.mp3", 1.0);
        streamer.start();
        URI url = streamer.trackUrl(id).orElseThrow();

        streamer.library().delete(id);
        assertThat(get(url).statusCode()).isEqualTo(404);
        assertThat(streamer.trackUrl(id)).isEmpty();

        streamer.library().restore(id);
        assertThat(get(url).statusCode()).isEqualTo(200);
    }

    @Test
    void thePortIsRememberedAndATakenPortGivesWayToAFreeOne() throws Exception {
        int first = streamer.start().port();
        assertThat(settings.get(StreamerSettings.PORT)).isEqualTo(first);
        streamer.stop();
        assertThat(streamer.start().port()).isEqualTo(first);
        streamer.stop();

        try (ServerSocket taken = new ServerSocket(first, 50, java.net.InetAddress.getByName("127.0.0.1"))) {
            Streamer.Status moved = streamer.start();

            assertThat(moved.running()).isTrue();
            assertThat(moved.port()).isNotEqualTo(first);
            assertThat(moved.problem()).contains("Port " + first + " was taken");
            assertThat(settings.get(StreamerSettings.PORT)).isEqualTo(moved.port());
        }
    }

    @Test
    void aPublicBaseUrlIsWhatLinksUse() throws Exception {
        String id = importMp3("far.mp3", 1.0);
        settings.put(StreamerSettings.PUBLIC_BASE_URL, "https://stories.example.org/yoto/");
        streamer.start();

        assertThat(streamer.trackUrl(id).orElseThrow().toString())
                .startsWith("https://stories.example.org/yoto/stream/").endsWith("/" + id + ".mp3");
    }

    @Test
    void theSelfCheckPassesLocallyAndSaysWhatIsWrongWhenNothingAnswers() throws Exception {
        String id = importMp3("check.mp3", 3.0);
        streamer.start();

        SelfCheck.Result ok = streamer.selfCheck(id);
        assertThat(ok.ok()).isTrue();
        assertThat(ok.lines()).hasSize(4).allSatisfy(line -> assertThat(line).startsWith("\u2713"));
        assertThat(String.join("\n", ok.lines())).doesNotContain(streamer.tokens().library().token());

        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        settings.put(StreamerSettings.PUBLIC_BASE_URL, "http://127.0.0.1:" + closed);
        streamer.start();
        SelfCheck.Result unreachable = streamer.selfCheck(id);
        assertThat(unreachable.ok()).isFalse();
        assertThat(unreachable.lines()).singleElement().asString().contains("Nothing answered at 127.0.0.1:" + closed);
    }

    @Test
    void aCertificateThatCannotBeUsedLeavesTheServerOnHttpSayingWhy() throws Exception {
        settings.put(StreamerSettings.TLS, StreamerSettings.TlsMode.PKCS12);
        settings.put(StreamerSettings.TLS_FILE, dir.resolve("missing.p12").toString());

        Streamer.Status status = streamer.start();

        assertThat(status.running()).isTrue();
        assertThat(status.secure()).isFalse();
        assertThat(status.problem()).startsWith("HTTPS is off: Cannot read the certificate file");
    }

    @Test
    void cardLinksCoverOnlyTheCardsTracksAndEndWhenRevoked() throws Exception {
        String a = importMp3("a.mp3", 1.0);
        String b = importMp3("b.mp3", 1.5);
        streamer.start();

        Grant card = streamer.grantCard("Dinosaur stories", List.of(a));

        assertThat(streamer.cardUrls(card)).containsOnlyKeys(a);
        URI url = streamer.cardUrls(card).get(a);
        assertThat(get(url).statusCode()).isEqualTo(200);
        assertThat(get(URI.create(url.toString().replace(a, b))).statusCode()).isEqualTo(404);
        streamer.tokens().revoke(card);
        assertThat(get(url).statusCode()).isEqualTo(404);
    }

    @Test
    void afterClosingNothingStartsAgainAndNoConversionIsSubmitted() throws Exception {
        streamer.start();
        streamer.close();
        java.util.List<String> submitted = new java.util.ArrayList<>();
        com.yotosmartstream.core.task.TaskExecutor recording = new com.yotosmartstream.core.task.TaskExecutor() {
            @Override
            public <T> com.yotosmartstream.core.task.TaskHandle submit(com.yotosmartstream.core.task.BackgroundTask<T> task) {
                submitted.add(task.title());
                throw new java.util.concurrent.RejectedExecutionException("closed");
            }

            @Override
            public java.util.concurrent.Executor serial(String name) {
                return Runnable::run;
            }

            @Override
            public void close() {
            }
        };

        Streamer.Status status = streamer.start();
        streamer.requestConversion(recording);

        assertThat(status.running()).isFalse();
        assertThat(submitted).isEmpty();
    }
}
