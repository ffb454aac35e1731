package com.yotosmartstream.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonArray;
import com.google.gson.JsonParser;
import com.yotosmartstream.app.AppServices;
import com.yotosmartstream.app.Await;
import com.yotosmartstream.app.LaunchOptions;
import com.yotosmartstream.app.Startup;
import com.yotosmartstream.app.library.LibraryStartup;
import com.yotosmartstream.app.library.TestAudio;
import com.yotosmartstream.app.task.PoolTaskExecutor;
import com.yotosmartstream.app.theme.ThemePreference;
import com.yotosmartstream.streamer.StreamerSettings;
import java.io.Writer;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library commands as a home server's script uses them: import a folder, list it as JSON, get a
 * link and fetch it over HTTP, revoke it; by opening the data folder, and through the running app.
 */
class CliRunTest {

    @TempDir
    Path dataDir;
    @TempDir
    Path inbox;
    final HttpClient http = HttpClient.newHttpClient();

    /** What a command printed, as a script would capture it. */
    static final class Captured implements CliOutput {
        final List<String> out = new ArrayList<>();
        final List<String> err = new ArrayList<>();

        @Override
        public synchronized void out(String line) {
            out.add(line);
        }

        @Override
        public synchronized void err(String line) {
            err.add(line);
        }
    }

    private Captured run(int expected, String... args) {
        Captured output = new Captured();
        CliRequest request = CliRequest.parse(args).orElseThrow();
        LaunchOptions options = LaunchOptions.parse(request.rest().toArray(String[]::new));
        int code = CliRun.run(request, options, output);
        assertThat(code).as("exit code; stderr: " + output.err).isEqualTo(expected);
        return output;
    }

    private Path folder() throws Exception {
        Path folder = Files.createDirectories(inbox.resolve("Bedtime"));
        TestAudio.mp3(folder.resolve("01 Owl.mp3"), 1.5, "The Owl", "Gran");
        TestAudio.mp3(folder.resolve("02 Fox.mp3"), 1.5, "The Fox", "Gran");
        Files.writeString(folder.resolve("notes.mp3"), "not audio");
        return folder;
    }

    @Test
    void withNoAppRunningImportListAndConvertOpenTheDataFolderThemselves() throws Exception {
        String data = "--data-dir=" + dataDir;
        Captured imported = run(LibraryCommands.PARTLY, "--import", folder().toString(), data);
        assertThat(imported.out).hasSize(3).anySatisfy(line -> assertThat(line).startsWith("Not imported")
                .contains("notes.mp3"));
        assertThat(imported.err).anySatisfy(line -> assertThat(line).contains("2 imported"));

        Captured listed = run(LibraryCommands.OK, "--list", "--json", data);
        JsonArray tracks = JsonParser.parseString(String.join("\n", listed.out)).getAsJsonArray();
        assertThat(tracks).hasSize(2);
        assertThat(tracks.asList()).extracting(t -> t.getAsJsonObject().get("title").getAsString())
                .containsExactlyInAnyOrder("The Owl", "The Fox");
        String id = tracks.get(0).getAsJsonObject().get("id").getAsString();

        Captured link = run(LibraryCommands.UNAVAILABLE, "--link", id, data);
        assertThat(link.err).singleElement().asString().contains("not running").contains("--headless");
        run(LibraryCommands.NOT_FOUND, "--link", "0000000000000000", data);
        assertThat(run(LibraryCommands.OK, "--convert", data).err).contains("Nothing waits for conversion.");
    }

    @Test
    void whileTheAppRunsCommandsAskItAndTheLinkItGivesStreamsUntilRevoked() throws Exception {
        AppServices services = Startup.prepare(LaunchOptions.parse("--headless", "--data-dir=" + dataDir),
                PoolTaskExecutor::new, () -> ThemePreference.LIGHT, false);
        services.settings().put(StreamerSettings.BIND_ADDRESS, "127.0.0.1");
        try (services; ControlChannel control = ControlChannel.serve(services.dataFolder().root(),
                CliRun.handler(services))) {
            LibraryStartup.start(services);
            Await.until(Duration.ofSeconds(30), () -> services.streamer().status().running(), () -> "the server");
            String data = "--data-dir=" + dataDir;

            run(LibraryCommands.PARTLY, "--import", folder().toString(), data);
            String id = services.streamer().library().catalogue().all().get(0).id();
            Captured link = run(LibraryCommands.OK, "--link", id, data);
            URI url = URI.create(link.out.get(0));
            assertThat(fetch(url)).isEqualTo(200);

            String token = url.getPath().split("/")[2];
            assertThat(run(LibraryCommands.OK, "--revoke", token, data).err).singleElement().asString()
                    .contains("library");
            assertThat(fetch(url)).isEqualTo(404);
            assertThat(fetch(URI.create(run(LibraryCommands.OK, "--link", id, data).out.get(0)))).isEqualTo(200);
            run(LibraryCommands.NOT_FOUND, "--revoke", token, data);
        }
        assertThat(dataDir.resolve(ControlChannel.FILE)).doesNotExist();
    }

    @Test
    void theControlFileIsTheUsersAloneAndAConnectionWithoutItsSecretGetsNothing() throws Exception {
        try (ControlChannel control = ControlChannel.serve(dataDir, (args, output) -> {
            output.out("secret answer");
            return 0;
        })) {
            Path file = dataDir.resolve(ControlChannel.FILE);
            if (com.yotosmartstream.core.storage.OwnerOnly.supported()) {
                assertThat(Files.getPosixFilePermissions(file)).isEqualTo(com.yotosmartstream.core.storage.OwnerOnly
                        .FILE);
            }
            Properties properties = new Properties();
            properties.load(Files.newBufferedReader(file));
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(),
                    Integer.parseInt(properties.getProperty("port")))) {
                Writer out = new java.io.OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8);
                out.write("AAAAguessedAAAA\n[\"--list\"]\n");
                out.flush();
                String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertThat(answer).doesNotContain("secret answer").contains("Refused").endsWith("X 6\n");
            }
        }
    }

    @Test
    void badCommandLinesAreRefusedWithWhy() {
        assertThatThrownBy(() -> CliRequest.parse("--list", "--import", "a")).hasMessageContaining("one library");
        assertThatThrownBy(() -> CliRequest.parse("--link")).hasMessageContaining("--link needs a value");
        assertThatThrownBy(() -> CliRequest.parse("--import", "--data-dir=x")).hasMessageContaining("at least one");
        assertThatThrownBy(() -> CliRequest.parse("--json")).hasMessageContaining("goes with --list");
        assertThat(CliRequest.parse("--data-dir=x", "--headless")).isEmpty();
        assertThat(CliRequest.parse("--import", "a", "b", "--data-dir=x").orElseThrow()).satisfies(r -> {
            assertThat(r.arguments()).containsExactly("a", "b");
            assertThat(r.rest()).containsExactly("--data-dir=x");
        });
    }

    /** The link fetched as a player starts it (the first 100 bytes): 200 when it streams, else the error status. */
    private int fetch(URI url) throws Exception {
        int status = http.send(HttpRequest.newBuilder(url).header("Range", "bytes=0-99").build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
        return status == 206 ? 200 : status;
    }
}
