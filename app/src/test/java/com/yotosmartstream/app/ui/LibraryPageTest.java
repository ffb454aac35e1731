package com.yotosmartstream.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.yotosmartstream.app.library.TestAudio;
import com.yotosmartstream.streamer.StreamerSettings;
import com.yotosmartstream.streamer.Streamer;
import com.yotosmartstream.streamer.access.Grant;
import com.yotosmartstream.streamer.library.Track;
import com.yotosmartstream.app.library.TrackRow;
import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Library page in the real main window, on a fresh data folder per test: drop a folder of
 * mixed audio, watch it import, search, sort, edit, delete with undo, copy a stream link and fetch
 * it, check it, see who played it, revoke a card's links.
 */
@ExtendWith(ApplicationExtension.class)
class LibraryPageTest {

    @TempDir
    Path dataDir;
    @TempDir
    Path inbox;
    ShellFixture shell;
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeEach
    void openShell() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        shell = FxToolkit.setupFixture(() -> ShellFixture.open(stage, dataDir, "--page=library", "--size=1200x740"));
        shell.services.settings().put(StreamerSettings.BIND_ADDRESS, "127.0.0.1");
    }

    @AfterEach
    void closeShell() throws Exception {
        shell.close();
    }

    private Streamer streamer() {
        return shell.services.streamer();
    }

    @SuppressWarnings("unchecked")
    private TableView<TrackRow> table(FxRobot robot) {
        return robot.lookup("#library-table").queryAs(TableView.class);
    }

    private List<String> titles(FxRobot robot) {
        return table(robot).getItems().stream().map(TrackRow::title).toList();
    }

    /** A folder with two tagged MP3s, a WAV and a file that is not audio. */
    private Path mixedFolder() throws Exception {
        Path folder = Files.createDirectories(inbox.resolve("Bedtime"));
        TestAudio.mp3(folder.resolve("01.mp3"), 3.0, "The Gruffalo", "Grandma");
        TestAudio.mp3(folder.resolve("02.mp3"), 1.0, "Room on the Broom", "Grandpa");
        TestAudio.wav(folder.resolve("dad reading.wav"), 2.0);
        Files.writeString(folder.resolve("broken.mp3"), "this is not audio at all");
        return folder;
    }

    private void drop(FxRobot robot, Path... paths) {
        AtomicBoolean accepted = new AtomicBoolean();
        robot.interact(() -> accepted.set(FileDrops.drop(robot.lookup("#page-library").query(),
                java.util.Arrays.stream(paths).map(Path::toFile).toList())));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(accepted).isTrue();
    }

    private void select(FxRobot robot, String title) {
        robot.interact(() -> {
            TableView<TrackRow> table = table(robot);
            table.getItems().stream().filter(r -> r.title().equals(title)).findFirst()
                    .ifPresent(row -> table.getSelectionModel().select(row));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void replaceText(FxRobot robot, String id, String text) {
        TextField field = robot.lookup(id).queryAs(TextField.class);
        robot.clickOn(field);
        robot.interact(field::selectAll);
        robot.write(text);
    }

    /** Scrolls the details pane so that the node with this id is on screen, as a user would. */
    private void reveal(FxRobot robot, String id) {
        robot.interact(() -> {
            javafx.scene.control.ScrollPane pane = robot.lookup("#library-details")
                    .queryAs(javafx.scene.control.ScrollPane.class);
            javafx.scene.Node node = robot.lookup(id).query();
            double contentHeight = pane.getContent().getBoundsInLocal().getHeight();
            double y = pane.getContent().sceneToLocal(node.localToScene(0, 0)).getY();
            double room = contentHeight - pane.getViewportBounds().getHeight();
            pane.setVvalue(room <= 0 ? 0 : Math.min(1, Math.max(0, y - 20) / room));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TextField.class).getText();
    }

    @Test
    void droppingAFolderOfMixedAudioImportsItConvertsTheWavAndReportsTheBadFile(FxRobot robot) throws Exception {
        drop(robot, mixedFolder());

        assertThat(titles(robot)).containsExactlyInAnyOrder("The Gruffalo", "Room on the Broom", "dad reading");
        assertThat(table(robot).getItems()).extracting(TrackRow::status).containsOnly("Ready");
        TitledPane report = robot.lookup("#library-report-pane").queryAs(TitledPane.class);
        assertThat(report.getText()).isEqualTo("Last import: 3 imported, 1 not imported");
        assertThat(report.isExpanded()).isTrue();
        @SuppressWarnings("unchecked")
        ListView<Object> lines = robot.lookup("#library-report").queryAs(ListView.class);
        assertThat(lines.getItems()).extracting(Object::toString).anySatisfy(line -> assertThat(line)
                .contains("broken.mp3").contains("It is not audio: it looks like a text file."));
        assertThat(Files.list(dataDir.resolve("library").resolve("converted")).count()).isEqualTo(1);
    }

    @Test
    void searchNarrowsTheTableAndClearingItBringsEverythingBack(FxRobot robot) throws Exception {
        drop(robot, mixedFolder());

        robot.clickOn("#library-search").write("gruff");
        assertThat(titles(robot)).containsExactly("The Gruffalo");

        robot.clickOn("#library-search").write(" grandpa");
        assertThat(titles(robot)).isEmpty();

        robot.interact(() -> robot.lookup("#library-search").queryAs(TextField.class).clear());
        assertThat(titles(robot)).hasSize(3);
    }

    private void clickHeader(FxRobot robot, String column) {
        robot.clickOn(robot.lookup(".column-header").match(node -> ("library-column-" + column).equals(node.getId()))
                .queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void clickingADurationHeaderSortsByLengthNotByText(FxRobot robot) throws Exception {
        drop(robot, mixedFolder());

        clickHeader(robot, "duration");

        assertThat(titles(robot)).containsExactly("Room on the Broom", "dad reading", "The Gruffalo");
    }

    @Test
    void titlesSortWithoutRegardToCaseAndASecondClickReverses(FxRobot robot) throws Exception {
        drop(robot, mixedFolder());

        clickHeader(robot, "title");
        assertThat(titles(robot)).containsExactly("dad reading", "Room on the Broom", "The Gruffalo");

        clickHeader(robot, "title");
        assertThat(titles(robot)).containsExactly("The Gruffalo", "Room on the Broom", "dad reading");
    }

    @Test
    void aSelectedTrackCanBeRenamed(FxRobot robot) throws Exception {
        drop(robot, mixedFolder());
        select(robot, "dad reading");
        assertThat(text(robot, "#library-title")).isEqualTo("dad reading");
        assertThat(robot.lookup("#library-save").queryAs(Button.class).isDisabled()).isTrue();

        replaceText(robot, "#library-title", "Dad reads The Hobbit");
        replaceText(robot, "#library-artist", "Dad");
        robot.clickOn("#library-save");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(titles(robot)).contains("Dad reads The Hobbit").doesNotContain("dad reading");
        Track saved = streamer().library().catalogue().all().stream()
                .filter(t -> t.title().equals("Dad reads The Hobbit")).findFirst().orElseThrow();
        assertThat(saved.artist()).isEqualTo("Dad");
        assertThat(robot.lookup("#library-message").queryAs(Label.class).getText())
                .isEqualTo("Saved \u201cDad reads The Hobbit\u201d.");
    }

    @Test
    void deletingATrackCanBeUndone(FxRobot robot) throws Exception {
        drop(robot, mixedFolder());
        select(robot, "The Gruffalo");

        robot.clickOn("#library-delete");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(titles(robot)).doesNotContain("The Gruffalo");
        assertThat(robot.lookup("#library-undo-text").queryAs(Label.class).getText())
                .isEqualTo("Deleted \u201cThe Gruffalo\u201d.");

        robot.clickOn("#library-undo");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(titles(robot)).contains("The Gruffalo");
        assertThat(robot.lookup("#library-undo").queryAs(Button.class).getParent().isVisible()).isFalse();
    }

    @Test
    void aTrackThatCouldNotBeConvertedOffersRetryAndRetryingConvertsIt(FxRobot robot) throws Exception {
        drop(robot, mixedFolder());
        String id = table(robot).getItems().stream().filter(r -> r.title().equals("dad reading")).findFirst()
                .orElseThrow().id();
        select(robot, "The Gruffalo");
        assertThat(robot.lookup("#library-retry").queryAs(Button.class).isVisible()).isFalse();
        streamer().library().catalogue().modify(id, t -> t.withStream(java.util.Optional.empty(), "mp3",
                com.yotosmartstream.streamer.library.TrackStatus.FAILED, "The converter stopped half way."));
        com.yotosmartstream.app.Await.until(java.time.Duration.ofSeconds(10), () -> titles(robot).contains(
                "dad reading") && table(robot).getItems().stream().anyMatch(r -> r.id().equals(id) && !r.ready()),
                () -> "the page shows the failed track");
        select(robot, "dad reading");
        screenshot(robot, "library-retry.png");

        robot.clickOn("#library-retry");

        com.yotosmartstream.app.Await.until(java.time.Duration.ofSeconds(20), () -> table(robot).getItems().stream()
                .anyMatch(r -> r.id().equals(id) && r.ready()), () -> "the retried track is ready");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#library-retry").queryAs(Button.class).isVisible()).isFalse();
    }

    @Test
    void theCopiedStreamLinkServesTheTrackWithRangesAndShowsInThePlayedByLog(FxRobot robot) throws Exception {
        drop(robot, mixedFolder());
        Streamer.Status status = streamer().start();
        WaitForAsyncUtils.waitForFxEvents();
        select(robot, "The Gruffalo");

        reveal(robot, "#library-copy-url");
        assertThat(robot.lookup("#library-copy-url").queryAs(Button.class).getText()).isEqualTo("Copy link");
        robot.clickOn("#library-copy-url");
        assertThat(robot.lookup("#library-copy-url").queryAs(Button.class).getText()).isEqualTo("Copied");
        AtomicReference<String> copied = new AtomicReference<>();
        robot.interact(() -> copied.set(Clipboard.getSystemClipboard().getString()));

        assertThat(copied.get()).startsWith("http://127.0.0.1:" + status.port() + "/stream/").endsWith(".mp3")
                .isEqualTo(text(robot, "#library-url"));
        Track track = streamer().library().catalogue().all().stream().filter(t -> t.title().equals("The Gruffalo"))
                .findFirst().orElseThrow();
        byte[] bytes = Files.readAllBytes(streamer().library().sourcePath(track));
        HttpResponse<byte[]> part = http.send(HttpRequest.newBuilder(URI.create(copied.get()))
                .header("Range", "bytes=-500").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(part.statusCode()).isEqualTo(206);
        assertThat(part.body()).isEqualTo(java.util.Arrays.copyOfRange(bytes, bytes.length - 500, bytes.length));
        @SuppressWarnings("unchecked")
        ListView<Object> log = robot.lookup("#library-access-log").queryAs(ListView.class);
        // the server logs a request once its last byte is handed over, which may be just after curl has it
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> !log.getItems().isEmpty());
        assertThat(log.getItems()).hasSize(1);
        assertThat(log.getItems().get(0).toString()).contains("bytes=-500");
        screenshot(robot, "library-played-by.png");
    }

    /** With {@code -Dlibrary.screenshots=true}, a PNG of the window in {@code app/target/screenshots/}. */
    private void screenshot(FxRobot robot, String name) {
        if (Boolean.getBoolean("library.screenshots")) {
            robot.interact(() -> {
                try {
                    Screenshots.writePng(Screenshots.capture(shell.stage.getScene()),
                            Path.of("target/screenshots", name));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
    }

    @Test
    void theSelfCheckFetchesTheLinkAndSaysPlayersCanStreamIt(FxRobot robot) throws Exception {
        drop(robot, mixedFolder());
        streamer().start();
        WaitForAsyncUtils.waitForFxEvents();
        select(robot, "dad reading");

        reveal(robot, "#library-self-check");
        robot.clickOn("#library-self-check");
        WaitForAsyncUtils.waitForFxEvents();

        @SuppressWarnings("unchecked")
        ListView<String> result = robot.lookup("#library-self-check-result").queryAs(ListView.class);
        assertThat(result.getItems()).last().isEqualTo("Players can stream this track.");
        String token = streamer().tokens().library().token();
        assertThat(result.getItems()).noneMatch(line -> line.contains(token));
    }

    @Test
    void withoutARunningServerThereIsNoLinkToCopy(FxRobot robot) throws Exception {
        drop(robot, mixedFolder());
        select(robot, "The Gruffalo");

        assertThat(text(robot, "#library-url")).startsWith("No link yet");
        assertThat(robot.lookup("#library-copy-url").queryAs(Button.class).isDisabled()).isTrue();
    }

    @Test
    void revokingACardsLinksStopsThemAtOnce(FxRobot robot) throws Exception {
        drop(robot, mixedFolder());
        streamer().start();
        Track track = streamer().library().catalogue().all().get(0);
        Grant card = streamer().grantCard("Dinosaurs", List.of(track.id()));
        URI url = streamer().cardUrls(card).get(track.id());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(http.send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.discarding()).statusCode())
                .isEqualTo(200);

        robot.clickOn("#library-grants-pane");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#library-revoke-" + card.id());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(http.send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.discarding()).statusCode())
                .isEqualTo(404);
        @SuppressWarnings("unchecked")
        ListView<Grant> grants = robot.lookup("#library-grants").queryAs(ListView.class);
        assertThat(grants.getItems()).doesNotContain(card);
    }

    @Test
    void thePreviewEitherPlaysOrSaysWhyNot(FxRobot robot) throws Exception {
        drop(robot, mixedFolder());
        select(robot, "The Gruffalo");

        reveal(robot, "#library-preview-play");
        robot.clickOn("#library-preview-play");
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(500, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        String error = robot.lookup("#library-preview-error").queryAs(Label.class).getText();
        String time = robot.lookup("#library-preview-time").queryAs(Label.class).getText();
        assertThat(error.isEmpty() ? time : error).satisfiesAnyOf(
                t -> assertThat(t).endsWith("/ 0:03"),
                t -> assertThat(t).startsWith("The preview cannot play"));
        screenshot(robot, "library-preview.png");
    }

    @Test
    void theDropTargetRefusesWhatIsNotFiles(FxRobot robot) {
        assertThat(titles(robot)).isEmpty();
        assertThat(robot.lookup("#library-table").queryAs(TableView.class).getPlaceholder())
                .isInstanceOfSatisfying(Label.class, l -> assertThat(l.getText()).startsWith("Drop audio files"));
    }
}
