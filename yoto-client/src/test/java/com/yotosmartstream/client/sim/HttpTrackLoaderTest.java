package com.yotosmartstream.client.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.sun.net.httpserver.HttpServer;
import com.yotosmartstream.client.model.Track;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The virtual player's track loader takes what a Yoto stream track may be (MP3, or AAC as an ADTS
 * stream: {@code format} "mp3" or "aac") and refuses an M4A file served as {@code audio/mp4}, saying
 * why in words that hold no part of the URL (stream URLs carry tokens).
 */
class HttpTrackLoaderTest {

    private HttpServer server;
    private ExecutorService executor;
    private HttpTrackLoader loader;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        serve("/stream/SECRETTOKEN/book.m4a", "audio/mp4", new byte[4096]);
        serve("/stream/SECRETTOKEN/story.aac", "audio/aac", adts(100, 4));
        server.start();
        executor = Executors.newFixedThreadPool(2);
        loader = new HttpTrackLoader(executor);
    }

    @AfterEach
    void stop() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void serve(String path, String type, byte[] body) {
        server.createContext(path, exchange -> {
            exchange.getResponseHeaders().add("Content-Type", type);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** {@code count} ADTS frames (AAC LC, stereo, sampling index {@code rateIndex}), 10 payload bytes each. */
    private static byte[] adts(int count, int rateIndex) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int length = 17;
        for (int i = 0; i < count; i++) {
            out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xF1, (byte) (0x40 | rateIndex << 2), (byte) (0x80 | length >> 11),
                (byte) (length >> 3), (byte) ((length & 7) << 5 | 0x1F), (byte) 0xFC});
            out.writeBytes(new byte[10]);
        }
        return out.toByteArray();
    }

    @Test
    void anM4aServedAsAudioMp4IsRefusedWithAReasonAndNoUrl() {
        Track track = Track.stream("01", "Book", url("/stream/SECRETTOKEN/book.m4a"), "m4a");

        assertThatThrownBy(() -> loader.load(track).get(10, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .cause().satisfies(cause -> {
                    assertThat(cause.getMessage()).contains("'audio/mp4' (an M4A file)")
                            .contains("players stream only those")
                            .doesNotContain("SECRETTOKEN").doesNotContain("127.0.0.1");
                });
    }

    @Test
    void anAacStreamPlaysForItsFramesLength() throws Exception {
        Track track = Track.stream("01", "Story", url("/stream/SECRETTOKEN/story.aac"), "aac");

        Duration length = loader.load(track).get(10, TimeUnit.SECONDS);

        assertThat(length.toMillis() / 1000.0).isCloseTo(100 * 1024 / 44_100.0, within(0.01));
    }
}
