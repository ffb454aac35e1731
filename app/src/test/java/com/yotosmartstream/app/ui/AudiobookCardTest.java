package com.yotosmartstream.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.yotosmartstream.app.cards.CardPublisher;
import com.yotosmartstream.app.cards.CardRow;
import com.yotosmartstream.app.household.DemoHousehold;
import com.yotosmartstream.app.library.TestAudio;
import com.yotosmartstream.app.library.TrackRow;
import com.yotosmartstream.app.ui.cards.CardsPage;
import com.yotosmartstream.client.model.Card;
import com.yotosmartstream.client.model.Chapter;
import com.yotosmartstream.client.mqtt.MqttOptions;
import com.yotosmartstream.client.sim.SimulatedHousehold;
import com.yotosmartstream.client.sim.VirtualPlayer;
import com.yotosmartstream.client.player.PlaybackStatus;
import com.yotosmartstream.core.task.TaskContext;
import com.yotosmartstream.streamer.StreamerSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * An M4B audiobook with three chapter marks, made by the ffmpeg inside the app: the Library shows
 * its chapters; "Make a card from this audiobook" opens a card draft on the Cards page with one
 * chapter per mark, which publishes as a streamed card and plays on a virtual player (ADR 0073).
 * Also issue 17's whole "done when", from a dropped folder to a card played offline-ready.
 */
class AudiobookCardTest extends ShellTest {

    private final FxRobot robot = new FxRobot();
    private SimulatedHousehold household;
    private VirtualPlayer bedroom;
    /** Which of the streamed cards trip mode is told to make offline-ready. */
    private volatile java.util.function.Predicate<CardRow> offlineChoice = row -> true;

    @Override
    protected String[] options() {
        return new String[] {"--size=1200x740", "--page=library"};
    }

    @BeforeEach
    void aHouseholdAndAnAudiobookInTheLibrary() throws Exception {
        shell.services.settings().put(StreamerSettings.BIND_ADDRESS, "127.0.0.1");
        shell.services.streamer().stop();
        assertThat(shell.services.streamer().start().running()).isTrue();
        com.yotosmartstream.app.library.LibraryStartup.detectFfmpeg(shell.services); // as the app does at start
        assertThat(shell.services.streamer().library().ffmpeg()).as("an ffmpeg (the one inside the app)").isPresent();
        Path book = TestAudio.audiobook(Files.createDirectories(dataDir.resolve("books")).resolve("gruffalo.m4b"),
                9, "The Gruffalo", "Julia Donaldson", "A Mouse Took a Stroll", "The Owl", "The Gruffalo Himself");
        shell.services.streamer().library().importAll(List.of(book), TaskContext.QUIET);
        household = SimulatedHousehold.start(Clock.systemUTC());
        bedroom = household.addPlayer("book1", "Bedroom", "v3");
        robot.interact(() -> shell.window.pages().setCardQuestions(new CardsPage.Questions() {
            @Override
            public boolean confirmDelete(Window owner, CardRow row) {
                return false;
            }

            @Override
            public Optional<Path> chooseCover(Window owner) {
                return Optional.empty();
            }

            @Override
            public boolean review(Window owner, CardPublisher.Prepared prepared) {
                return true;
            }

            @Override
            public boolean quitWithoutPublishing(Window owner, String title) {
                return true;
            }

            @Override
            public List<CardRow> chooseOfflineReady(Window owner, List<CardRow> candidates) {
                return candidates.stream().filter(offlineChoice).toList();
            }
        }));
        robot.interact(() -> shell.app.household().start(() -> DemoHousehold.connect(household,
                dataDir.resolve("book-tokens.json"), Clock.systemUTC(), MqttOptions.defaults()
                        .withCommandTimeout(Duration.ofSeconds(3)))));
    }

    @AfterEach
    void stopHousehold() {
        if (household != null) {
            household.close();
        }
    }

    @Test
    void theLibraryShowsTheChaptersAndMakesACardWithOneChapterPerMarkThatPlays() throws Exception {
        select("The Gruffalo");
        await(() -> chapters().getItems().size() == 3, "the chapters");
        assertThat(chapters().getItems()).extracting(com.yotosmartstream.streamer.chapters.Chapter::title)
                .containsExactly("A Mouse Took a Stroll", "The Owl", "The Gruffalo Himself");
        assertThat(robot.lookup("#library-chapters-section").query().isVisible()).isTrue();
        screenshot("library-chapters.png");

        robot.interact(() -> robot.lookup("#library-make-card").queryAs(javafx.scene.control.Button.class).fire());
        await(() -> robot.lookup("#page-cards").tryQuery().isPresent()
                && robot.lookup("#card-title-field").queryAs(TextField.class).getText().equals("The Gruffalo"),
                "the card draft on the Cards page");
        assertThat(text("#card-summary")).startsWith("3 chapters \u00b7 3 tracks");
        assertThat(robot.lookup("#chapter-title-1").queryAs(TextField.class).getText()).isEqualTo("The Owl");
        assertThat(robot.lookup("#card-unsaved").query().isVisible()).isTrue();
        screenshot("cards-audiobook-draft.png");

        robot.clickOn("#card-publish");
        await(() -> text("#card-status").startsWith("Published"), "the publish");
        Card card = household.account().cards().stream().map(Card::new).filter(c -> c.title().equals("The Gruffalo"))
                .findFirst().orElseThrow();
        assertThat(card.chapters()).extracting(Chapter::title).containsExactly("A Mouse Took a Stroll", "The Owl",
                "The Gruffalo Himself");
        assertThat(card.chapters()).allSatisfy(c -> assertThat(c.tracks().get(0).type()).isEqualTo("stream"));

        robot.clickOn("#card-play");
        await(() -> bedroom.playback() == PlaybackStatus.PLAYING, "the virtual player to play");

        // the car ride: made offline-ready, it plays with this computer's server stopped (issue 17's "done when")
        robot.clickOn("#nav-cards");
        robot.clickOn("#card-offline-ready");
        await(() -> text("#card-trip-message").startsWith("1 card made offline-ready"), "trip mode");
        Card uploaded = new Card(household.account().card(card.cardId().orElseThrow()).orElseThrow());
        assertThat(uploaded.chapters()).extracting(Chapter::title).containsExactly("A Mouse Took a Stroll",
                "The Owl", "The Gruffalo Himself");
        assertThat(uploaded.chapters()).allSatisfy(c -> assertThat(c.tracks().get(0).trackUrl()).startsWith("yoto:#"));
        shell.services.streamer().stop();
        int before = bedroom.commandsReceived().size();
        robot.clickOn("#card-play");
        await(() -> bedroom.commandsReceived().size() > before && bedroom.playback() == PlaybackStatus.PLAYING,
                "the offline-ready card to start again");
        household.advance(Duration.ofSeconds(1));
        assertThat(bedroom.lastProblem()).as("nothing asked of the stopped server").isEmpty();
        assertThat(bedroom.positionSeconds()).isGreaterThan(0.5);
    }

    @Test
    void theCardEditorSplitsATrackOverAnHourInsteadOfOnlyWarning() throws Exception {
        Path lecture = dataDir.resolve("books").resolve("lecture.mp3");
        TestAudio.longMp3(lecture, 61 * 60, "Lecture");
        shell.services.streamer().library().importAll(List.of(lecture), TaskContext.QUIET);
        robot.clickOn("#nav-cards");
        robot.clickOn("#card-new");
        @SuppressWarnings("unchecked")
        ListView<Object> library = robot.lookup("#card-library").queryAs(ListView.class);
        await(() -> library.getItems().stream().anyMatch(t -> t.toString().contains("Lecture")), "the lecture");
        robot.interact(() -> library.getSelectionModel().select(library.getItems().stream()
                .filter(t -> t.toString().contains("Lecture")).findFirst().orElseThrow()));
        robot.clickOn("#card-library-add");
        await(() -> robot.lookup("#card-split-long").tryQuery().map(javafx.scene.Node::isVisible).orElse(false),
                "the split button");
        assertThat(text("#card-summary")).startsWith("1 chapter \u00b7 1 track");
        screenshot("cards-split-long.png");

        robot.clickOn("#card-split-long");

        await(() -> text("#card-summary").startsWith("1 chapter \u00b7 2 tracks"), "the parts");
        assertThat(robot.lookup("#card-split-long").query().isVisible()).isFalse();
        assertThat(robot.lookup("#card-problems .label").queryAllAs(Label.class)).extracting(Label::getText)
                .noneMatch(t -> t.contains("60 minutes"));
    }

    @Test
    void aShelfOfFoldersDroppedAtOnceOffersACardAFolderWithItsFilesInNaturalOrder() throws Exception {
        Path shelf = Files.createDirectories(dataDir.resolve("shelf"));
        Path owls = Files.createDirectories(shelf.resolve("Owl Stories"));
        TestAudio.mp3(owls.resolve("10 Last Owl.mp3"), 1.2, "The Last Owl", "Gran");
        TestAudio.mp3(owls.resolve("2 Second Owl.mp3"), 1.2, "The Second Owl", "Gran");
        TestAudio.mp3(owls.resolve("1 First Owl.mp3"), 1.2, "The First Owl", "Gran");
        Path foxes = Files.createDirectories(shelf.resolve("Fox Stories"));
        TestAudio.mp3(foxes.resolve("01.mp3"), 1.3, "A Fox", "Grandpa");
        java.util.concurrent.atomic.AtomicBoolean accepted = new java.util.concurrent.atomic.AtomicBoolean();
        robot.interact(() -> accepted.set(FileDrops.drop(robot.lookup("#page-library").query(),
                List.of(shelf.toFile()))));
        assertThat(accepted).isTrue();
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<Object> folders = robot.lookup("#library-folder-cards")
                .queryAs(javafx.scene.control.ComboBox.class);
        await(() -> folders.getItems().size() == 2, "a card for each folder");
        assertThat(folders.getItems()).extracting(Object::toString).containsExactly("Fox Stories (1 chapter)",
                "Owl Stories (3 chapters)");
        robot.interact(() -> folders.getSelectionModel().select(1));
        screenshot("library-folder-cards.png");

        robot.clickOn("#library-folder-card-make");

        await(() -> robot.lookup("#card-title-field").tryQuery().map(n -> ((TextField) n).getText())
                .orElse("").equals("Owl Stories"), "the folder's card");
        assertThat(robot.lookup("#chapter-title-0").queryAs(TextField.class).getText()).isEqualTo("The First Owl");
        assertThat(robot.lookup("#chapter-title-1").queryAs(TextField.class).getText()).isEqualTo("The Second Owl");
        assertThat(robot.lookup("#chapter-title-2").queryAs(TextField.class).getText()).isEqualTo("The Last Owl");
    }

    /**
     * Issue 17's "done when", as a parent does it, with no system ffmpeg (the PATH cleared): a folder
     * holding an M4B audiobook with three chapter marks, 62 minutes long, and a FLAC album of three
     * tagged tracks is dropped on the Library; it offers two card drafts. The album's chapters follow
     * its track tags; the audiobook's card has a chapter per mark, each part under 60 minutes. Both are
     * published streamed and played by the virtual player; the audiobook is made offline-ready and
     * plays with this computer's server stopped.
     */
    @Test
    void aDroppedFolderOfAnAudiobookAndAnAlbumBecomesTwoCardsThatPlayOneOfThemOfflineReady() throws Exception {
        com.yotosmartstream.streamer.library.Library library = shell.services.streamer().library();
        library.setFfmpeg(com.yotosmartstream.streamer.convert.Ffmpeg.locate(
                com.yotosmartstream.streamer.convert.FfmpegChoice.AUTOMATIC, java.util.Map.of("PATH", "")));
        assertThat(library.ffmpeg().orElseThrow().origin())
                .isEqualTo(com.yotosmartstream.streamer.convert.Ffmpeg.Origin.BUNDLED);
        Path drop = Files.createDirectories(dataDir.resolve("for the car"));
        TestAudio.audiobook(Files.createDirectories(drop.resolve("The Long Book")).resolve("long.m4b"), 62 * 60, 8000,
                "16k", "The Long Book", "A Reader", "Morning", "Noon", "Night");
        Path songs = Files.createDirectories(drop.resolve("Songs"));
        TestAudio.flac(songs.resolve("a.flac"), 1.5, "Third Song", "Band", "Songs", 3);
        TestAudio.flac(songs.resolve("b.flac"), 1.5, "First Song", "Band", "Songs", 1);
        TestAudio.flac(songs.resolve("c.flac"), 1.5, "Second Song", "Band", "Songs", 2);

        java.util.concurrent.atomic.AtomicBoolean accepted = new java.util.concurrent.atomic.AtomicBoolean();
        robot.interact(() -> accepted.set(FileDrops.drop(robot.lookup("#page-library").query(),
                List.of(drop.toFile()))));
        assertThat(accepted).isTrue();
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<Object> folders = robot.lookup("#library-folder-cards")
                .queryAs(javafx.scene.control.ComboBox.class);
        await(() -> folders.getItems().size() == 2, "a card draft for each folder", 120);
        assertThat(folders.getItems()).extracting(Object::toString).containsExactly("Songs (3 chapters)",
                "The Long Book (audiobook, 3 chapters)");

        // the album, in the order of its track tags, published streamed and played
        robot.interact(() -> folders.getSelectionModel().select(0));
        robot.clickOn("#library-folder-card-make");
        await(() -> fieldText("#card-title-field").equals("Songs"), "the album's draft", 30);
        assertThat(List.of(fieldText("#chapter-title-0"), fieldText("#chapter-title-1"), fieldText("#chapter-title-2")))
                .containsExactly("First Song", "Second Song", "Third Song");
        publishAndPlay("Songs");
        assertThat(bedroom.trackLengthSeconds()).isLessThan(10);

        // the audiobook: a chapter per mark, each part under the hour
        robot.clickOn("#nav-library");
        robot.interact(() -> folders.getSelectionModel().select(1));
        robot.clickOn("#library-folder-card-make");
        await(() -> fieldText("#card-title-field").equals("The Long Book"), "the audiobook's draft", 120);
        assertThat(List.of(fieldText("#chapter-title-0"), fieldText("#chapter-title-1"), fieldText("#chapter-title-2")))
                .containsExactly("Morning", "Noon", "Night");
        assertThat(text("#card-summary")).startsWith("3 chapters \u00b7 3 tracks");
        List<com.yotosmartstream.streamer.library.Track> parts = library.catalogue().all().stream()
                .filter(t -> List.of("Morning", "Noon", "Night").contains(t.title())).toList();
        assertThat(parts).hasSize(3).allSatisfy(t -> assertThat(t.duration()).isLessThan(Duration.ofMinutes(60)));
        assertThat(parts.stream().mapToLong(t -> t.duration().toMillis()).sum()).isCloseTo(62 * 60_000L,
                org.assertj.core.api.Assertions.within(1000L));
        Card book = publishAndPlay("The Long Book");
        assertThat(book.chapters()).extracting(Chapter::title).containsExactly("Morning", "Noon", "Night");
        assertThat(bedroom.trackLengthSeconds()).isGreaterThan(15 * 60);

        // made offline-ready, it plays with the server stopped; the album's card is left streaming
        offlineChoice = row -> row.title().equals("The Long Book");
        robot.clickOn("#nav-cards");
        robot.clickOn("#card-offline-ready");
        await(() -> text("#card-trip-message").startsWith("1 card made offline-ready"), "trip mode", 180);
        Card uploaded = new Card(household.account().card(book.cardId().orElseThrow()).orElseThrow());
        assertThat(uploaded.chapters()).extracting(Chapter::title).containsExactly("Morning", "Noon", "Night");
        assertThat(uploaded.chapters()).allSatisfy(c -> assertThat(c.tracks().get(0).trackUrl()).startsWith("yoto:#"));
        shell.services.streamer().stop();
        int before = bedroom.commandsReceived().size();
        robot.clickOn("#card-play");
        await(() -> bedroom.commandsReceived().size() > before && bedroom.playback() == PlaybackStatus.PLAYING,
                "the offline-ready audiobook to play", 30);
        household.advance(Duration.ofSeconds(1));
        assertThat(bedroom.lastProblem()).as("nothing asked of the stopped server").isEmpty();
        assertThat(bedroom.trackLengthSeconds()).isGreaterThan(15 * 60);
    }

    /** Waits for the open draft's tracks to be converted, publishes it streamed and plays it on the bedroom player. */
    private Card publishAndPlay(String title) throws Exception {
        await(() -> shell.services.streamer().library().catalogue().all().stream()
                .noneMatch(t -> t.status() == com.yotosmartstream.streamer.library.TrackStatus.CONVERTING),
                "the library's conversions", 600);
        robot.clickOn("#card-publish");
        await(() -> text("#card-status").startsWith("Published"), "the publish of " + title, 120);
        Card card = household.account().cards().stream().map(Card::new).filter(c -> c.title().equals(title))
                .findFirst().orElseThrow();
        assertThat(card.chapters()).allSatisfy(c -> assertThat(c.tracks().get(0).type()).isEqualTo("stream"));
        int before = bedroom.commandsReceived().size();
        robot.clickOn("#card-play");
        // the virtual player fetches a streamed track whole and reads its frames (HttpTrackLoader): a 20-minute
        // chapter takes a while on a busy machine
        await(() -> bedroom.commandsReceived().size() > before && bedroom.playback() == PlaybackStatus.PLAYING,
                "the virtual player to play " + title + " (" + bedroom.lastProblem().orElse("no problem") + ")", 240);
        return card;
    }

    private String fieldText(String id) {
        return robot.lookup(id).tryQuery().map(n -> ((TextField) n).getText()).orElse("");
    }

    @SuppressWarnings("unchecked")
    private ListView<com.yotosmartstream.streamer.chapters.Chapter> chapters() {
        return robot.lookup("#library-chapters").queryAs(ListView.class);
    }

    @SuppressWarnings("unchecked")
    private void select(String title) throws Exception {
        await(() -> ((TableView<TrackRow>) robot.lookup("#library-table").queryAs(TableView.class)).getItems().stream()
                .anyMatch(r -> r.title().equals(title)), "the book");
        robot.interact(() -> {
            TableView<TrackRow> table = robot.lookup("#library-table").queryAs(TableView.class);
            table.getItems().stream().filter(r -> r.title().equals(title)).findFirst()
                    .ifPresent(row -> table.getSelectionModel().select(row));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** With {@code -Dapp.screenshots=true}, a PNG of the window in {@code app/target/screenshots/}. */
    private void screenshot(String name) {
        if (Boolean.getBoolean("app.screenshots")) {
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

    private String text(String id) {
        return robot.lookup(id).tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }

    private void await(BooleanSupplier condition, String what) throws Exception {
        await(condition, what, 30);
    }

    private void await(BooleanSupplier condition, String what, int seconds) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("Timed out waiting for " + what + " (status: " + text("#card-status")
                    + "; error: " + text("#card-error") + "; library: " + text("#library-chapters-message") + ")", e);
        }
    }
}
