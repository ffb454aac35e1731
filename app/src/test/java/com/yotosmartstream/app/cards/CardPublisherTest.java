package com.yotosmartstream.app.cards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.yotosmartstream.app.household.DemoHousehold;
import com.yotosmartstream.app.household.HouseholdConnection;
import com.yotosmartstream.app.library.TestAudio;
import com.yotosmartstream.client.model.Card;
import com.yotosmartstream.client.model.Chapter;
import com.yotosmartstream.client.model.Track;
import com.yotosmartstream.client.mqtt.CardStart;
import com.yotosmartstream.client.mqtt.Command;
import com.yotosmartstream.client.mqtt.MqttOptions;
import com.yotosmartstream.client.player.PlaybackStatus;
import com.yotosmartstream.client.sim.SimulatedHousehold;
import com.yotosmartstream.client.sim.VirtualPlayer;
import com.yotosmartstream.core.storage.CoreSchema;
import com.yotosmartstream.core.storage.Database;
import com.yotosmartstream.core.storage.SettingsStore;
import com.yotosmartstream.core.task.TaskContext;
import com.yotosmartstream.icons.library.IconLibrary;
import com.yotosmartstream.streamer.Streamer;
import com.yotosmartstream.streamer.StreamerSettings;
import com.yotosmartstream.streamer.library.LibrarySchema;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Publishing cards from library audio against a simulated household over real sockets: the
 * stream server on port 0, the simulated cloud and broker, and a virtual player that fetches what
 * the card points at.
 */
class CardPublisherTest {

    @TempDir
    Path dir;
    Database database;
    Streamer streamer;
    SimulatedHousehold household;
    VirtualPlayer player;
    HouseholdConnection connection;
    CardStore store;
    SettingsStore settings;
    List<String> ids = new ArrayList<>();

    CardHousehold fixture;

    @BeforeEach
    void openALibraryAServerAndAHousehold() throws Exception {
        fixture = new CardHousehold(dir);
        database = fixture.database;
        settings = fixture.settings;
        streamer = fixture.streamer;
        household = fixture.household;
        player = fixture.player;
        connection = fixture.connection;
        store = fixture.store;
        ids = fixture.ids;
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private CardPublisher publisher() {
        return fixture.publisher();
    }

    private CardDraft threeChapters(Delivery delivery) {
        return fixture.threeChapters(delivery);
    }

    private void play(Card card) throws Exception {
        fixture.play(card);
    }

    private static boolean transcodes(Card card) {
        var content = card.toJson().getAsJsonObject("content");
        return content.has("editSettings") && content.getAsJsonObject("editSettings").has("transcodeAudioUploads")
                && content.getAsJsonObject("editSettings").get("transcodeAudioUploads").getAsBoolean();
    }

    private Card publish(CardDraft draft) throws Exception {
        return fixture.publish(draft);
    }

    @Test
    void aStreamedThreeChapterCardPointsAtThisComputerAndAVirtualPlayerPlaysIt() throws Exception {
        Card saved = publish(threeChapters(Delivery.STREAM));

        Card onYoto = new Card(household.account().card(saved.cardId().orElseThrow()).orElseThrow());
        assertThat(onYoto.title()).isEqualTo("Animal stories");
        assertThat(transcodes(onYoto)).as("Yoto's schema: necessary for streaming cards").isTrue();
        assertThat(onYoto.chapters()).extracting(Chapter::key).containsExactly("01", "02", "03");
        assertThat(onYoto.chapters()).extracting(Chapter::title).containsExactly("The Owl", "The Fox", "The Bear");
        assertThat(onYoto.chapters()).allSatisfy(c -> assertThat(c.icon()).get().asString().startsWith("yoto:#"));
        Track first = onYoto.chapters().get(0).tracks().get(0);
        assertThat(first.type()).isEqualTo("stream");
        assertThat(first.trackUrl()).startsWith(streamer.status().base().orElseThrow() + "/stream/")
                .endsWith(ids.get(0) + ".mp3");
        assertThat(first.trackUrl()).doesNotContain(streamer.tokens().library().token());

        play(saved);
        await(() -> player.playback() == PlaybackStatus.PLAYING, "playback");
        household.advance(Duration.ofSeconds(1));
        assertThat(player.positionSeconds()).isGreaterThan(0.5);
        assertThat(player.chapterKey()).contains("01");
        assertThat(player.lastProblem()).isEmpty();
        await(() -> !streamer.accessLog().forTrack(ids.get(0)).isEmpty(), "the player's request in the access log");
    }

    @Test
    void anUploadedCardPlaysWithoutTheServerAndEachFileIsUploadedOnce() throws Exception {
        Card saved = publish(threeChapters(Delivery.UPLOAD));
        assertThat(household.account().uploads().puts()).isEqualTo(3);
        Track first = new Card(household.account().card(saved.cardId().orElseThrow()).orElseThrow()).chapters().get(0)
                .tracks().get(0);
        assertThat(first.type()).isEqualTo("audio");
        assertThat(first.trackUrl()).startsWith("yoto:#");

        publish(threeChapters(Delivery.UPLOAD).withTitle("Animal stories, again"));
        assertThat(household.account().uploads().puts()).isEqualTo(3);

        streamer.stop();
        play(saved);
        await(() -> player.playback() == PlaybackStatus.PLAYING, "playback");
        household.advance(Duration.ofSeconds(1));
        assertThat(player.positionSeconds()).isGreaterThan(0.5);
        assertThat(player.lastProblem()).isEmpty();
    }

    @Test
    void anUploadThatFailsHalfWayLeavesTheCardAloneAndResumesWithoutSendingTheDoneFilesAgain() throws Exception {
        CardDraft two = threeChapters(Delivery.UPLOAD);
        two = two.withChapters(two.chapters().subList(0, 2));
        Card saved = publish(two);
        assertThat(household.account().uploads().puts()).isEqualTo(2);

        CardDraft three = threeChapters(Delivery.UPLOAD).published(saved).withTitle("Three now");
        household.account().uploads().failNextTranscodes(1);
        assertThatThrownBy(() -> publish(three)).isInstanceOf(PublishException.class)
                .hasMessageContaining("'The Bear' failed").hasMessageContaining("2 of 3 tracks are on Yoto")
                .hasMessageContaining("Nothing on your card changed");
        assertThat(new Card(household.account().card(saved.cardId().get()).orElseThrow()).chapters()).hasSize(2);

        Card resumed = publish(three);
        assertThat(resumed.cardId()).isEqualTo(saved.cardId());
        assertThat(new Card(household.account().card(saved.cardId().get()).orElseThrow()).chapters()).hasSize(3);
        assertThat(household.account().uploads().puts()).as("only the file whose conversion failed is sent again")
                .isEqualTo(4);
    }

    @Test
    void republishingShowsWhatChangesAndKeepsTheCardsStreamAddresses() throws Exception {
        CardDraft draft = threeChapters(Delivery.STREAM);
        Card saved = publish(draft);
        String before = saved.chapters().get(0).tracks().get(0).trackUrl();

        CardDraft changed = draft.published(saved).withTitle("Bedtime animals")
                .withChapters(draft.chapters().subList(0, 2));
        CardPublisher.Prepared prepared = publisher().prepare(changed, TaskContext.QUIET);

        assertThat(prepared.changes()).contains("title: \"Animal stories\" \u2192 \"Bedtime animals\"",
                "chapter 03: removed 'The Bear'");
        assertThat(prepared.changes()).noneMatch(line -> line.contains("trackUrl"));
        assertThat(prepared.card().chapters().get(0).tracks().get(0).trackUrl()).isEqualTo(before);
        assertThat(household.account().card(saved.cardId().get()).orElseThrow().get("title").getAsString())
                .isEqualTo("Animal stories");
    }

    @Test
    void aSaveYotoRefusesSaysTheCardIsUnchanged() throws Exception {
        CardDraft draft = threeChapters(Delivery.STREAM);
        Card saved = publish(draft);
        CardPublisher publisher = publisher();
        CardPublisher.Prepared prepared = publisher.prepare(draft.published(saved).withTitle("Renamed"), TaskContext.QUIET);

        household.cloud().failNextApiCalls(500, 1, null);
        assertThatThrownBy(() -> publisher.publish(prepared)).isInstanceOf(PublishException.class)
                .hasMessageContaining("The card on Yoto is as it was");
        assertThat(household.account().card(saved.cardId().get()).orElseThrow().get("title").getAsString())
                .isEqualTo("Animal stories");
    }

    private com.yotosmartstream.story.model.Story story() {
        return fixture.story();
    }

    private Card compiled() {
        return fixture.compiled();
    }

    @Test
    void aStoryBecomesAnInteractiveCardInBothDeliveriesAndTheButtonsWalkIt() throws Exception {
        CardPublisher publisher = publisher();
        Card streamed = publisher.publish(publisher.prepareInteractive(compiled(), Optional.empty(), Delivery.STREAM,
                TaskContext.QUIET));
        Card onYoto = new Card(household.account().card(streamed.cardId().orElseThrow()).orElseThrow());
        assertThat(onYoto.isInteractive()).isTrue();
        assertThat(transcodes(onYoto)).as("Yoto's schema: necessary for streaming cards").isTrue();
        assertThat(onYoto.chapters().get(0).tracks().get(0).trackUrl()).contains("/stream/");
        assertThat(onYoto.chapters()).allSatisfy(c -> assertThat(c.icon()).get().asString().startsWith("yoto:#"));

        play(streamed);
        await(() -> player.playback() == PlaybackStatus.PLAYING && player.chapterKey().orElse("").equals("01"),
                "the start");
        player.pressLeft();
        await(() -> player.chapterKey().orElse("").equals("02"), "the left path");

        CardPublisher.Prepared again = publisher.prepareInteractive(compiled(), streamed.cardId(), Delivery.UPLOAD,
                TaskContext.QUIET);
        assertThat(again.changes()).anyMatch(line -> line.startsWith("chapter 01 > track 01 > type"));
        Card uploaded = publisher.publish(again);
        assertThat(uploaded.cardId()).isEqualTo(streamed.cardId());
        assertThat(new Card(household.account().card(streamed.cardId().get()).orElseThrow()).chapters())
                .allSatisfy(c -> assertThat(c.tracks().get(0).trackUrl()).startsWith("yoto:#"));
        assertThat(household.account().cards()).hasSize(1);
    }

    @Test
    void aQuestionThatWaitsQuietlyPlaysASilentLibraryTrackWithTheQuestionsButtonsThenAsksAgain() throws Exception {
        var library = new com.yotosmartstream.app.stories.CardPlaceholderAudio(streamer);
        var story = story().withInfo(story().info().withWaiting(com.yotosmartstream.story.model.Waiting.pause(3)));
        var result = (com.yotosmartstream.story.compile.CompileResult.Compiled) new com.yotosmartstream.story.compile
                .CardCompiler().compile(story, library);
        new com.yotosmartstream.story.compile.CardCompiler().compile(story, library);

        var silent = streamer.library().catalogue().all().stream().filter(t -> t.title().equals("Quiet pause (3 s)"))
                .toList();
        assertThat(silent).as("one silent track per length, made once").hasSize(1);
        assertThat(silent.get(0).duration().toMillis()).isBetween(3000L, 3100L);
        CardPublisher publisher = publisher();
        Card saved = publisher.publish(publisher.prepareInteractive(result.card(), Optional.empty(), Delivery.STREAM,
                TaskContext.QUIET));
        Card onYoto = new Card(household.account().card(saved.cardId().orElseThrow()).orElseThrow());
        assertThat(onYoto.chapters()).extracting(Chapter::key).containsExactly("01", "02", "03", "04");
        assertThat(onYoto.chapters().get(3).tracks().get(0).trackUrl()).contains("/stream/")
                .endsWith(silent.get(0).id() + ".mp3");

        play(saved);
        await(() -> player.playback() == PlaybackStatus.PLAYING && player.chapterKey().orElse("").equals("01"),
                "the question");
        household.advance(Duration.ofSeconds(3));
        await(() -> player.playback() == PlaybackStatus.PLAYING && player.chapterKey().orElse("").equals("04"),
                "the quiet pause");
        assertThat(player.lastProblem()).isEmpty();
        household.advance(Duration.ofSeconds(4));
        await(() -> player.playback() == PlaybackStatus.PLAYING && player.chapterKey().orElse("").equals("01"),
                "the question again");
    }

    @Test
    void aSilentTrackTheUserDeletedIsBroughtBackRatherThanLost() throws Exception {
        var library = new com.yotosmartstream.app.stories.CardPlaceholderAudio(streamer);
        String id = library.silence(2).orElseThrow().id();
        streamer.library().delete(id);
        assertThat(streamer.library().catalogue().find(id)).isEmpty();

        assertThat(library.silence(2)).map(com.yotosmartstream.story.library.AudioTrack::id).contains(id);
        assertThat(streamer.library().catalogue().find(id)).isPresent();
        assertThat(new com.yotosmartstream.app.stories.CardPlaceholderAudio(streamer).silence(2))
                .map(com.yotosmartstream.story.library.AudioTrack::id).as("a new session finds the same track").contains(id);
    }

    @Test
    void aStorysCoverPictureIsUploadedOnceAndBecomesTheCardsCover() throws Exception {
        Path picture = dir.resolve("dragon.png");
        java.nio.file.Files.write(picture, com.yotosmartstream.icons.codec.IconPng.encode(CardIcons.note()));
        var story = story().withInfo(story().info().withCover(picture.toString()));
        assertThat(com.yotosmartstream.app.stories.StoryCardPublisher.coverFile(story)).contains(picture);
        CardPublisher publisher = publisher();

        Card saved = publisher.publish(publisher.prepareInteractive(compiled(), Optional.empty(),
                com.yotosmartstream.app.stories.StoryCardPublisher.coverFile(story), Delivery.STREAM, TaskContext.QUIET));

        String cover = saved.coverUrl().orElseThrow();
        assertThat(new Card(household.account().card(saved.cardId().get()).orElseThrow()).coverUrl()).contains(cover);
        assertThat(new Card(household.account().card(saved.cardId().get()).orElseThrow()).isInteractive()).isTrue();
        CardPublisher.Prepared again = publisher.prepareInteractive(compiled(), saved.cardId(), Optional.of(picture),
                Delivery.STREAM, TaskContext.QUIET);
        assertThat(again.card().coverUrl()).as("the same picture is not sent twice").contains(cover);
        assertThat(com.yotosmartstream.app.stories.StoryCardPublisher.coverFile(
                story.withInfo(story.info().withCover("https://example.org/c.png")))).isEmpty();
    }

    @Test
    void aChosenCoverIsUploadedOnceAndAFileThatIsNoPictureIsRefusedWithTheCardLeftAlone() throws Exception {
        Path picture = dir.resolve("cover.png");
        java.nio.file.Files.write(picture, com.yotosmartstream.icons.codec.IconPng.encode(CardIcons.note()));
        Card saved = publish(threeChapters(Delivery.STREAM).withNewCover(Optional.of(picture)));
        String cover = saved.coverUrl().orElseThrow();
        assertThat(new Card(household.account().card(saved.cardId().get()).orElseThrow()).coverUrl()).contains(cover);

        Path text = java.nio.file.Files.writeString(dir.resolve("cover.jpg"), "not a picture at all");
        CardDraft bad = threeChapters(Delivery.STREAM).published(saved).withNewCover(Optional.of(text));
        assertThatThrownBy(() -> publish(bad)).isInstanceOf(PublishException.class)
                .hasMessageContaining("Uploading the cover failed").hasMessageContaining("nothing on your card changed");
        assertThat(new Card(household.account().card(saved.cardId().get()).orElseThrow()).coverUrl()).contains(cover);
    }

    @Test
    void aCardWithoutTitleOrChaptersIsRefusedBeforeAnythingIsUploaded() {
        assertThatThrownBy(() -> publisher().prepare(CardDraft.empty(Delivery.UPLOAD), TaskContext.QUIET))
                .isInstanceOf(PublishException.class).hasMessageContaining("Give the card a title")
                .hasMessageContaining("Add a chapter");
        assertThat(household.account().uploads().puts()).isZero();
    }

    @Test
    void streamingNeedsTheServerRunningAndSaysSo() {
        streamer.stop();
        assertThatThrownBy(() -> publisher().prepare(threeChapters(Delivery.STREAM), TaskContext.QUIET))
                .isInstanceOf(PublishException.class).hasMessageContaining("stream server is not running")
                .hasMessageContaining("Upload to Yoto");
    }

    private void await(BooleanSupplier condition, String what) throws InterruptedException {
        fixture.await(condition, what);
    }

}
