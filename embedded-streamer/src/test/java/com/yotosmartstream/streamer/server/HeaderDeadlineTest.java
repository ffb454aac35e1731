package com.yotosmartstream.streamer.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A client that dribbles its request head is cut off at the deadline; players that ask at once are not (issue 16). */
class HeaderDeadlineTest {

    private static final Duration DEADLINE = Duration.ofMillis(400);

    @TempDir
    Path dir;
    ServerFixture fixture;

    @BeforeEach
    void start() throws Exception {
        fixture = ServerFixture.withHeaderDeadline(dir, DEADLINE);
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void aConnectionThatDribblesItsHeadersIsClosedAtTheDeadline() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", fixture.server.port())) {
            socket.setSoTimeout(5_000);
            OutputStream out = socket.getOutputStream();
            out.write("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            boolean closedWhileDribbling = false;
            // a byte every 100 ms keeps Jetty's idle timeout (30 s) from ever firing
            for (int i = 0; i < 30 && !closedWhileDribbling; i++) {
                Thread.sleep(100);
                try {
                    out.write(("X-Slow-" + i + ": 1\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                } catch (IOException e) {
                    closedWhileDribbling = true;
                }
            }
            int read;
            try {
                read = socket.getInputStream().read();
            } catch (SocketTimeoutException e) {
                throw new AssertionError("the server still held the dribbling connection after 3 s", e);
            } catch (IOException e) {
                read = -1; // reset by the server: closed, too
            }
            String answer = read == -1 ? "" : (char) read + new String(socket.getInputStream().readNBytes(200), StandardCharsets.US_ASCII);
            assertThat(answer).as("the server closed the connection without answering").isEmpty();
        }
    }

    @Test
    void aRequestSentAtOnceIsAnsweredAndItsKeptAliveConnectionOutlivesTheDeadline() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", fixture.server.port())) {
            socket.setSoTimeout(5_000);
            String request = "GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            assertThat(readResponse(socket.getInputStream())).startsWith("HTTP/1.1 200");

            Thread.sleep(DEADLINE.toMillis() * 3);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            assertThat(readResponse(socket.getInputStream())).startsWith("HTTP/1.1 200");
        }
    }

    /** Reads one response to /health: its head and its short JSON body. */
    private static String readResponse(InputStream in) throws IOException {
        StringBuilder text = new StringBuilder();
        int c;
        while ((c = in.read()) != -1) {
            text.append((char) c);
            if (text.toString().endsWith("\"ok\"}")) {
                break;
            }
        }
        return text.toString();
    }
}
