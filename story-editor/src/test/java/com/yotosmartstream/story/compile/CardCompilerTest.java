package com.yotosmartstream.story.compile;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.yotosmartstream.client.model.Card;
import com.yotosmartstream.client.model.CardAction;
import com.yotosmartstream.client.model.Chapter;
import com.yotosmartstream.client.model.Track;
import com.yotosmartstream.story.FakeLibrary;
import com.yotosmartstream.story.StoryFixtures;
import com.yotosmartstream.story.lint.LintIssue;
import com.yotosmartstream.story.lint.Rule;
import com.yotosmartstream.story.model.Exit;
import com.yotosmartstream.story.model.Story;
import com.yotosmartstream.story.model.Target;
import com.yotosmartstream.story.model.Waiting;
import java.util.List;
import org.junit.jupiter.api.Test;

class CardCompilerTest {

    private final CardCompiler compiler = new CardCompiler();
    private final Story cave = StoryFixtures.dragonsCave();
    private final FakeLibrary library = FakeLibrary.serving("https://pc.local:8443").addAll(cave);

    private CompileResult.Compiled compiled(Story story) {
        CompileResult result = compiler.compile(story, library);
        assertThat(result).isInstanceOf(CompileResult.Compiled.class);
        return (CompileResult.Compiled) result;
    }

    @Test
    void eachNodeBecomesAChapterWithOneStreamedTrackAndTheStartComesFirst() {
        Story story = cave.withInfo(cave.info().withStartId("n2")).withNode(cave.node("n1").orElseThrow());

        Card card = compiled(story).card();

        assertThat(card.isInteractive()).isTrue();
        assertThat(card.chapters()).extracting(Chapter::key).containsExactly("01", "02", "03", "04");
        assertThat(card.chapters()).extracting(Chapter::title).containsExactly("Cave", "Start", "Forest", "Treasure");
        Track track = card.chapters().get(0).tracks().get(0);
        assertThat(track.key()).isEqualTo("01");
        assertThat(track.type()).isEqualTo("stream");
        assertThat(track.trackUrl()).isEqualTo("https://pc.local:8443/stream/track-n2.mp3");
        assertThat(track.durationSeconds()).contains(30.0);
    }

    @Test
    void exitsBecomeGotoAndStopEventsWithPaddedKeys() {
        Card card = compiled(cave.withInfo(cave.info().withWaiting(Waiting.STOP))).card();

        Track start = card.chapters().get(0).tracks().get(0);
        assertThat(start.action(Track.Event.LEFT_BUTTON)).as("twee2yoto: trackKey is the chapter's key")
                .contains(new CardAction.Goto("02", "02"));
        assertThat(start.action(Track.Event.RIGHT_BUTTON)).contains(new CardAction.Goto("03", "03"));
        assertThat(start.action(Track.Event.END)).as("no end-of-track exit: the card stops")
                .contains(new CardAction.Stop());
        Track cavern = card.chapters().get(1).tracks().get(0);
        assertThat(cavern.action(Track.Event.END)).contains(new CardAction.Goto("04", "04"));
        assertThat(cavern.key()).as("each track has its chapter's key, as twee2yoto's").isEqualTo("02");
        assertThat(cavern.action(Track.Event.LEFT_BUTTON)).as("a button without an exit is left out").isEmpty();
        assertThat(card.chapters().get(2).tracks().get(0).action(Track.Event.END)).contains(new CardAction.Stop());
    }

    @Test
    void theCardCarriesTheInteractiveConfigAndEditSettingsWithTranscodingThatStreamingNeeds() {
        JsonObject json = compiled(cave).card().toJson();

        JsonObject content = json.getAsJsonObject("content");
        assertThat(content.get("playbackType").getAsString()).isEqualTo("interactive");
        assertThat(content.getAsJsonObject("config").toString()).isEqualTo(
                "{\"autoadvance\":\"none\",\"disableTrackNav\":true,\"disableChapterNav\":true,\"resumeTimeout\":2592000}");
        assertThat(content.getAsJsonObject("editSettings").toString()).isEqualTo(
                "{\"autoOverlayLabels\":\"chapters\",\"editKeys\":false,\"interactiveContent\":true,"
                + "\"transcodeAudioUploads\":true}");
        assertThat(json.get("title").getAsString()).isEqualTo("The Dragon's Cave");
        assertThat(json.getAsJsonObject("metadata").get("author").getAsString()).isEqualTo("Ada");
        assertThat(content.getAsJsonArray("chapters").get(0).getAsJsonObject().get("hasStreams").getAsBoolean()).isTrue();
    }

    @Test
    void theCardJsonReadsBackAsTheSameCard() {
        Card card = compiled(cave).card();

        assertThat(Card.parse(card.toJson().toString())).isEqualTo(card);
    }

    @Test
    void iconsGoOnChapterAndTrack() {
        Story story = cave.withNode(cave.node("n1").orElseThrow().withIcon("yoto:#dragon"));

        Chapter chapter = compiled(story).card().chapters().get(0);

        assertThat(chapter.icon()).contains("yoto:#dragon");
        assertThat(chapter.tracks().get(0).icon()).contains("yoto:#dragon");
    }

    @Test
    void theChapterKeysTellWhichNodeIsPlaying() {
        CompileResult.Compiled result = compiled(cave);

        assertThat(result.chapterKeys()).containsEntry("n1", "01").containsEntry("n4", "04");
        assertThat(result.nodeFor("03")).contains("n3");
    }

    @Test
    void keysPastNineKeepTheirLeadingZeroAndPastNinetyNineGrow() {
        Story story = StoryFixtures.generated(100, 5);
        FakeLibrary big = FakeLibrary.serving("https://x").addAll(story);

        Card card = ((CompileResult.Compiled) new CardCompiler().compile(story, big)).card();

        assertThat(card.chapters()).extracting(Chapter::key).contains("08", "09", "10", "99", "100");
        for (Chapter chapter : card.chapters()) {
            for (Track.Event event : Track.Event.values()) {
                chapter.tracks().get(0).action(event).filter(a -> a instanceof CardAction.Goto)
                        .map(a -> (CardAction.Goto) a)
                        .ifPresent(go -> {
                            assertThat(card.chapters()).extracting(Chapter::key).contains(go.chapterKey());
                            assertThat(card.chapters().stream().filter(c -> c.key().equals(go.chapterKey()))
                                    .flatMap(c -> c.tracks().stream()).map(Track::key)).contains(go.trackKey());
                        });
            }
        }
    }

    @Test
    void aStoryWithAnExitToAMissingNodeIsRefusedWithTheLintReason() {
        Story story = cave.withNode(cave.node("n3").orElseThrow().withExit(Exit.LEFT, Target.to("n9")));

        CompileResult result = compiler.compile(story, library);

        assertThat(result).isInstanceOfSatisfying(CompileResult.Refused.class, r -> assertThat(r.reasons())
                .extracting(LintIssue::rule).containsExactly(Rule.MISSING_TARGET));
    }

    @Test
    void aStoryWithANodeWithoutAudioIsRefused() {
        Story story = cave.withNode(cave.node("n4").orElseThrow().withAudio(null));

        assertThat(compiler.compile(story, library)).isInstanceOfSatisfying(CompileResult.Refused.class,
                r -> assertThat(r.reasons()).singleElement().satisfies(i -> {
                    assertThat(i.rule()).isEqualTo(Rule.NO_AUDIO);
                    assertThat(i.nodeIds()).containsExactly("n4");
                }));
    }

    @Test
    void aTrackTheLibraryNoLongerHasOrCannotStreamIsRefused() {
        FakeLibrary partial = FakeLibrary.serving("https://x").addAll(cave).unstreamable("track-n3");
        Story story = cave.withNode(cave.node("n2").orElseThrow().withAudio(
                new com.yotosmartstream.story.model.AudioRef("deleted", "Old take", 10)));

        CompileResult result = compiler.compile(story, partial);

        assertThat(result).isInstanceOfSatisfying(CompileResult.Refused.class, r -> assertThat(r.reasons())
                .extracting(LintIssue::message).containsExactly(
                        "'Cave' plays 'Old take', which is not in the library any more. Pick another track.",
                        "'Forest' plays 'Forest audio', which the library cannot stream now."));
    }

    @Test
    void warningsDoNotStopTheCardButComeWithIt() {
        Story story = cave.withNode(StoryFixtures.node("n5", "Lost", 0, 500).withEnding(true));
        library.addAll(story);

        CompileResult.Compiled result = compiled(story);

        assertThat(result.warnings()).extracting(LintIssue::rule).containsExactly(Rule.UNREACHABLE);
        assertThat(result.card().chapters()).hasSize(5);
    }

    @Test
    void anUntitledStoryGetsATitleAndALongOneIsCut() {
        assertThat(CardCompiler.title("  ")).isEqualTo("Untitled story");
        assertThat(CardCompiler.title("x".repeat(150))).hasSize(100).endsWith("…");
        assertThat(List.of(CardCompiler.title("Short"))).containsExactly("Short");
    }

    @Test
    void aQuestionThatShouldAskAgainGoesBackToItsOwnChapterWhenNobodyAnswers() {
        Story story = cave.withInfo(cave.info().withWaiting(Waiting.REPEAT));
        assertThat(compiled(cave.withInfo(cave.info().withWaiting(Waiting.STOP))).card().chapters().get(0).tracks()
                .get(0).action(Track.Event.END)).as("as twee2yoto makes it").contains(new CardAction.Stop());

        Card card = compiled(story).card();

        Track start = card.chapters().get(0).tracks().get(0);
        assertThat(start.action(Track.Event.END)).as("a confirmed goto, never the unconfirmed repeat")
                .contains(new CardAction.Goto("01", "01"));
        assertThat(card.chapters().get(2).tracks().get(0).action(Track.Event.END)).as("not a question: its own exit")
                .contains(new CardAction.Stop());
        assertThat(card.chapters()).hasSize(4);
    }

    @Test
    void aQuietPauseIsAnExtraChapterOfLibrarySilenceWithTheQuestionsButtonsThatGoesBackToIt() {
        Story story = cave.withNode(cave.node("n1").orElseThrow().withWaiting(Waiting.pause(7)));

        CompileResult.Compiled compiled = compiled(story);

        Card card = compiled.card();
        assertThat(card.chapters()).extracting(Chapter::key).containsExactly("01", "02", "03", "04", "05");
        assertThat(card.chapters().get(0).tracks().get(0).action(Track.Event.END)).contains(new CardAction.Goto("05", "05"));
        Chapter pause = card.chapters().get(4);
        assertThat(pause.title()).isEqualTo("Start (waiting)");
        Track silence = pause.tracks().get(0);
        assertThat(silence.trackUrl()).isEqualTo("https://pc.local:8443/stream/silence-7.mp3");
        assertThat(silence.durationSeconds()).contains(7.0);
        assertThat(silence.action(Track.Event.LEFT_BUTTON)).contains(new CardAction.Goto("02", "02"));
        assertThat(silence.action(Track.Event.RIGHT_BUTTON)).contains(new CardAction.Goto("03", "03"));
        assertThat(silence.action(Track.Event.END)).contains(new CardAction.Goto("01", "01"));
        assertThat(compiled.nodeFor("05")).contains("n1");
        assertThat(compiled.isPause("05")).isTrue();
        assertThat(compiled.chapterKeys()).doesNotContainValue("05");
    }

    @Test
    void questionsWithTheSamePauseShareOneSilentTrack() {
        Story story = cave.withInfo(cave.info().withWaiting(Waiting.pause(5)))
                .withNode(StoryFixtures.node("n5", "Fork", 0, 300).withExit(Exit.LEFT, Target.to("n4")));
        library.addAll(story);

        compiled(story);

        assertThat(library.silencesMade()).containsExactly(5);
    }

    @Test
    void aNodesOwnChoiceWinsOverTheStorys() {
        assertThat(compiled(cave).card().chapters().get(0).tracks().get(0).action(Track.Event.END))
                .as("the story asks again").contains(new CardAction.Goto("01", "01"));
        Story story = cave.withInfo(cave.info().withWaiting(Waiting.pause(5)))
                .withNode(cave.node("n1").orElseThrow().withWaiting(Waiting.STOP));

        Card card = compiled(story).card();

        assertThat(card.chapters()).hasSize(4);
        assertThat(card.chapters().get(0).tracks().get(0).action(Track.Event.END)).contains(new CardAction.Stop());
        assertThat(library.silencesMade()).isEmpty();
    }

    @Test
    void aPauseTheLibraryCannotMakeRefusesTheCardSayingWhy() {
        Story story = cave.withInfo(cave.info().withWaiting(Waiting.pause(5)));

        CompileResult result = compiler.compile(story, library.withoutSilence());

        assertThat(result).isInstanceOf(CompileResult.Refused.class);
        assertThat(((CompileResult.Refused) result).reasons()).extracting(LintIssue::message)
                .anySatisfy(m -> assertThat(m).contains("Start").contains("silent track"));
    }
}
