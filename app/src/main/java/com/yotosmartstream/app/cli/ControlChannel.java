package com.yotosmartstream.app.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import com.yotosmartstream.core.storage.OwnerOnly;
import com.yotosmartstream.core.task.NamedThreadFactory;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How a library command reaches the app that already has the data folder open (ADR 0081): the
 * running app (window or {@code --headless}) listens on a loopback port and writes the port and a
 * fresh random secret to {@code control.properties} in the data folder, readable by its user alone;
 * a second process with a command reads them, connects, sends the secret and its arguments, and
 * copies the answer. A connection without the secret gets nothing. The file goes when the app stops.
 * Protocol, one UTF-8 line each: the secret; the arguments as a JSON array; then the app answers
 * {@code O <line>} (standard output), {@code E <line>} (standard error) and lastly {@code X <code>}.
 */
public final class ControlChannel implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ControlChannel.class);
    public static final String FILE = "control.properties";
    static final int REFUSED = 6;
    private static final int READ_TIMEOUT_MS = 10_000;

    /** What a request runs: the arguments (a library command), answering through the output. */
    public interface Handler {
        int handle(List<String> arguments, CliOutput output) throws Exception;
    }

    private final ServerSocket socket;
    private final Path file;
    private final byte[] secret;
    private final Handler handler;
    private volatile boolean closed;

    private ControlChannel(ServerSocket socket, Path file, byte[] secret, Handler handler) {
        this.socket = socket;
        this.file = file;
        this.secret = secret;
        this.handler = handler;
    }

    /** Listens on a loopback port for commands to this data folder, and says where in its control file. */
    public static ControlChannel serve(Path dataFolder, Handler handler) throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8);
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        Path file = dataFolder.resolve(FILE);
        Files.deleteIfExists(file);
        OwnerOnly.createFile(file);
        Properties properties = new Properties();
        properties.setProperty("port", Integer.toString(socket.getLocalPort()));
        properties.setProperty("secret", Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            properties.store(out, "Yoto Smart Stream: how library commands reach the running app. Keep private.");
        }
        ControlChannel channel = new ControlChannel(socket, file, secret, handler);
        new NamedThreadFactory("control").newThread(channel::accept).start();
        LOG.info("Library commands from this computer are answered on 127.0.0.1:{}", socket.getLocalPort());
        return channel;
    }

    private void accept() {
        while (!closed) {
            try (Socket client = socket.accept()) {
                client.setSoTimeout(READ_TIMEOUT_MS);
                answer(client);
            } catch (IOException e) {
                if (!closed) {
                    LOG.debug("A library command's connection failed: {}", e.getMessage());
                }
            }
        }
    }

    private void answer(Socket client) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
        Writer out = new BufferedWriter(new OutputStreamWriter(client.getOutputStream(), StandardCharsets.UTF_8));
        String offered = in.readLine();
        byte[] given = offered == null ? new byte[0] : decode(offered);
        if (!MessageDigest.isEqual(given, secret)) {
            LOG.warn("Refused a library command from a process without this app's secret");
            line(out, "E Refused: this is not the running app's secret.");
            line(out, "X " + REFUSED);
            return;
        }
        List<String> arguments = new ArrayList<>();
        try {
            JsonElement parsed = JsonParser.parseString(Optional.ofNullable(in.readLine()).orElse("[]"));
            for (JsonElement element : parsed.getAsJsonArray()) {
                arguments.add(element.getAsString());
            }
        } catch (RuntimeException e) {
            line(out, "E The command could not be read.");
            line(out, "X 2");
            return;
        }
        int code;
        try {
            code = handler.handle(arguments, new CliOutput() {
                @Override
                public void out(String text) {
                    lines(out, "O ", text);
                }

                @Override
                public void err(String text) {
                    lines(out, "E ", text);
                }
            });
        } catch (Exception e) {
            LOG.warn("A library command failed", e);
            lines(out, "E ", "The command failed: " + e.getMessage());
            code = 1;
        }
        line(out, "X " + code);
    }

    private static void lines(Writer out, String prefix, String text) {
        try {
            for (String part : text.split("\n", -1)) {
                line(out, prefix + part);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void line(Writer out, String text) throws IOException {
        out.write(text);
        out.write('\n');
        out.flush();
    }

    private static byte[] decode(String text) {
        try {
            return Base64.getUrlDecoder().decode(text.strip());
        } catch (IllegalArgumentException e) {
            return new byte[0];
        }
    }

    /**
     * Asks the app running on this data folder to run the command; empty when none is running (no
     * control file, or nothing listens on its port).
     */
    public static OptionalInt ask(Path dataFolder, List<String> arguments, CliOutput output) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(dataFolder.resolve(FILE), StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (NoSuchFileException e) {
            return OptionalInt.empty();
        }
        int port;
        try {
            port = Integer.parseInt(properties.getProperty("port", ""));
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
        try (Socket socket = new Socket()) {
            try {
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 2_000);
            } catch (IOException e) {
                return OptionalInt.empty(); // a file left by an app that did not stop cleanly
            }
            Writer out = new BufferedWriter(new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8));
            JsonArray array = new JsonArray();
            arguments.forEach(array::add);
            line(out, properties.getProperty("secret", ""));
            line(out, array.toString());
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.UTF_8));
            String reply;
            try {
                while ((reply = in.readLine()) != null) {
                    if (reply.startsWith("O ")) {
                        output.out(reply.substring(2));
                    } else if (reply.startsWith("E ")) {
                        output.err(reply.substring(2));
                    } else if (reply.startsWith("X ")) {
                        return OptionalInt.of(Integer.parseInt(reply.substring(2).strip()));
                    }
                }
            } catch (SocketTimeoutException e) {
                output.err("The running app stopped answering.");
            }
            output.err("The running app ended the command without an answer; see its log.");
            return OptionalInt.of(1);
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            socket.close();
        } catch (IOException e) {
            LOG.debug("Closing the control socket", e);
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("The control file {} could not be removed: {}", file, e.getMessage());
        }
    }
}
