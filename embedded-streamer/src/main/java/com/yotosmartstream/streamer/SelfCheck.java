package com.yotosmartstream.streamer;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.FileChannel;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.net.ssl.SSLException;

/**
 * Fetches a stream URL as a player would (HEAD, the first bytes, the last bytes) and compares the
 * answers with the file on disk: does the URL resolve, and does it serve the right bytes?
 */
public final class SelfCheck {

    /** @param lines what was checked, in order, each saying whether it held */
    public record Result(boolean ok, List<String> lines) {
        public Result {
            lines = List.copyOf(lines);
        }
    }

    private static final int SAMPLE = 64 * 1024;

    private SelfCheck() {
    }

    public static Result run(URI url, Path file, HttpClient client) {
        List<String> lines = new ArrayList<>();
        String shown = PublicAddress.redact(url);
        try {
            long size;
            byte[] head;
            byte[] tail;
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
                size = channel.size();
                int n = (int) Math.min(SAMPLE, size);
                head = read(channel, 0, n);
                tail = read(channel, size - n, n);
            }
            HttpResponse<byte[]> info = send(client, url, "HEAD", null);
            if (info.statusCode() != 200) {
                lines.add("\u2717 " + shown + " answered " + info.statusCode() + explain(info.statusCode()));
                return new Result(false, lines);
            }
            long length = info.headers().firstValueAsLong("Content-Length").orElse(-1);
            boolean sizeOk = length == size;
            lines.add((sizeOk ? "\u2713 " : "\u2717 ") + shown + " answers, " + length + " bytes"
                    + (sizeOk ? "" : " (the file has " + size + ")"));
            boolean ranges = info.headers().firstValue("Accept-Ranges").orElse("").equals("bytes");
            lines.add((ranges ? "\u2713 " : "\u2717 ") + (ranges ? "Seeking works (byte ranges)"
                    : "Seeking may not work: no Accept-Ranges: bytes"));
            boolean first = part(client, url, "bytes=0-" + (head.length - 1), head);
            lines.add((first ? "\u2713 " : "\u2717 ") + "The first " + head.length + " bytes "
                    + (first ? "are right" : "differ from the file"));
            boolean last = part(client, url, "bytes=-" + tail.length, tail);
            lines.add((last ? "\u2713 " : "\u2717 ") + "The last " + tail.length + " bytes "
                    + (last ? "are right" : "differ from the file"));
            return new Result(sizeOk && ranges && first && last, lines);
        } catch (SSLException e) {
            lines.add("\u2717 The HTTPS certificate is not trusted here (" + e.getMessage() + "). Players will likely"
                    + " refuse it too: use a certificate from a public authority, such as Let's Encrypt.");
        } catch (HttpConnectTimeoutException | ConnectException e) {
            lines.add("\u2717 Nothing answered at " + url.getHost() + (url.getPort() > 0 ? ":" + url.getPort() : "")
                    + ". Check that the server is running, the port is open in the firewall and, with a public"
                    + " address, that the tunnel or proxy points here.");
        } catch (HttpTimeoutException e) {
            lines.add("\u2717 " + shown + " did not answer within 10 seconds.");
        } catch (IOException e) {
            lines.add("\u2717 " + shown + " could not be fetched (" + e.getMessage() + ").");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            lines.add("\u2717 The check was interrupted.");
        }
        return new Result(false, lines);
    }

    private static boolean part(HttpClient client, URI url, String range, byte[] expected)
            throws IOException, InterruptedException {
        HttpResponse<byte[]> response = send(client, url, "GET", range);
        return response.statusCode() == 206 && Arrays.equals(response.body(), expected);
    }

    private static HttpResponse<byte[]> send(HttpClient client, URI url, String method, String range)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(10))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (range != null) {
            request.header("Range", range);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String explain(int status) {
        return switch (status) {
            case 404 -> ": the address reaches a server that does not know this track or token. If you set a public"
                    + " address, check that it leads to this app.";
            case 502, 503, 504 -> ": the proxy or tunnel in front cannot reach this app.";
            default -> ".";
        };
    }

    private static byte[] read(FileChannel channel, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining() && channel.read(buffer, position + buffer.position()) >= 0) {
            // keep reading
        }
        return buffer.array();
    }
}
