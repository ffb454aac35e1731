package com.yotosmartstream.story.play;

import static org.assertj.core.api.Assertions.assertThat;

import com.yotosmartstream.client.model.Card;
import com.yotosmartstream.client.mqtt.CommandResult;
import com.yotosmartstream.client.player.PlaybackStatus;
import com.yotosmartstream.client.player.PlayerState;
import com.yotosmartstream.client.sim.ManualClock;
import com.yotosmartstream.story.FakeLibrary;
import com.yotosmartstream.story.StoryFixtures;
import com.yotosmartstream.story.compile.CardCompiler;
import com.yotosmartstream.story.compile.CompileResult;
import com.yotosmartstream.story.library.AudioTrack;
import com.yotosmartstream.story.model.Exit;
import com.yotosmartstream.story.model.Story;
import com.yotosmartstream.story.model.StoryNode;
import com.yotosmartstream.story.model.Target;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end: a story compiled to a card, saved to a simulated account, started over MQTT by the
 * real client on a virtual player that fetches and decodes the real MP3 streams, and walked with
 * the player's own buttons.
 */
class CardOnVirtualPlayerTest {

    @TempDir
    static Path temp;

    private static final ManualClock CLOCK = new ManualClock(Instant.parse("2026-11-21T09:00:00Z"));
    private static PlaytestPlayer player;

    @BeforeAll
    static void startPlayer() throws Exception {
        player = PlaytestPlayer.startManual(temp, CLOCK);
    }

    @AfterAll
    static void stopPlayer() {
        player.close();
    }

    /** A library that streams every track as real MP3 of the track's length from the household. */
    private static FakeLibrary libraryFor(Story story) {
        return new FakeLibrary(t -> player.silenceUrl((int) t.seconds())).addAll(story);
    }

    private static CompileResult.Compiled compile(Story story) {
        CompileResult result = new CardCompiler().compile(story, libraryFor(story));
        assertThat(result).isInstanceOf(CompileResult.Compiled.class);
        return (CompileResult.Compiled) result;
    }

    private static PlayerState awaitPlaying(String chapterKey) throws InterruptedException {
        return player.await(s -> s.chapterKey().orElse("").equals(chapterKey)
                && s.playbackStatus() == PlaybackStatus.PLAYING, "chapter " + chapterKey + " playing");
    }

    private static String start(Card card) throws Exception {
        String cardId = player.load(card);
        assertThat(player.play(cardId, "01").get(10, TimeUnit.SECONDS)).isEqualTo(CommandResult.OK);
        return cardId;
    }

    @Test
    void theLeftButtonAndTheEndOfTrackWalkToTheTreasure() throws Exception {
        CompileResult.Compiled compiled = compile(StoryFixtures.dragonsCave());
        start(compiled.card());
        awaitPlaying("01");
        assertThat(player.state().trackLengthSeconds()).as("the real MP3 was fetched and decoded").contains(30.0);

        player.pressLeft();
        assertThat(compiled.nodeFor(awaitPlaying("02").chapterKey().orElseThrow())).contains("n2");
        player.finishTrack();
        assertThat(compiled.nodeFor(awaitPlaying("04").chapterKey().orElseThrow())).contains("n4");
        player.finishTrack();

        PlayerState end = player.await(s -> s.playbackStatus() == PlaybackStatus.STOPPED, "the story's end");
        assertThat(end.chapterKey()).contains("04");
    }

    @Test
    void theRightButtonGoesToTheForestWhichStopsWhenItsTrackEnds() throws Exception {
        CompileResult.Compiled compiled = compile(StoryFixtures.dragonsCave());
        start(compiled.card());
        awaitPlaying("01");

        player.pressRight();
        awaitPlaying("03");
        player.advance(Duration.ofSeconds(31));

        assertThat(player.await(s -> s.playbackStatus() == PlaybackStatus.STOPPED, "the forest's end").chapterKey())
                .contains("03");
    }

    @Test
    void aLongerStoryFollowsTheIntendedPathChoiceByChoice() throws Exception {
        Story story = StoryFixtures.generated(40, 21);
        CompileResult.Compiled compiled = compile(story);
        start(compiled.card());

        List<String> walked = new ArrayList<>();
        List<String> intended = new ArrayList<>();
        StoryNode node = story.start().orElseThrow();
        boolean left = true;
        while (true) {
            intended.add(node.id());
            walked.add(compiled.nodeFor(awaitPlaying(compiled.chapterKeys().get(node.id())).chapterKey().orElseThrow())
                    .orElseThrow());
            if (node.isEnding()) {
                break;
            }
            Exit exit = left ? Exit.LEFT : Exit.RIGHT;
            if (left) {
                player.pressLeft();
            } else {
                player.pressRight();
            }
            left = !left;
            node = story.node(((Target.Goto) node.exit(exit).orElseThrow()).nodeId()).orElseThrow();
        }

        assertThat(walked).isEqualTo(intended).hasSizeGreaterThan(3);
        assertThat(compiled.chapterKeys().get(walked.get(walked.size() - 1))).hasSize(2);
    }

    @Test
    void aPlaytestCardPlaysSilenceForNodesWithoutAudioYet() throws Exception {
        Story cave = StoryFixtures.dragonsCave();
        Story unfinished = cave.withNode(cave.node("n2").orElseThrow().withAudio(null));
        FakeLibrary library = libraryFor(cave);

        CompileResult result = PlaytestCompiler.compile(unfinished, library, player::silenceUrl);

        assertThat(new CardCompiler().compile(unfinished, library)).isInstanceOf(CompileResult.Refused.class);
        Card card = ((CompileResult.Compiled) result).card();
        start(card);
        awaitPlaying("01");
        player.pressLeft();
        assertThat(awaitPlaying("02").trackLengthSeconds()).contains((double) PlaytestCompiler.SILENCE_SECONDS);
        assertThat(library.tracks()).extracting(AudioTrack::id).doesNotContain("playtest-silence");
    }

    @Test
    void aQuestionNobodyAnswersWaitsQuietlyThenAsksAgainAndItsButtonsStillWorkDuringThePause() throws Exception {
        Story cave = StoryFixtures.dragonsCave();
        Story story = cave.withNode(cave.node("n1").orElseThrow().withWaiting(com.yotosmartstream.story.model.Waiting.pause(4)));

        CompileResult result = PlaytestCompiler.compile(story, libraryFor(cave), player::silenceUrl);

        CompileResult.Compiled compiled = (CompileResult.Compiled) result;
        start(compiled.card());
        awaitPlaying("01");
        player.finishTrack();
        PlayerState pause = awaitPlaying("05");
        assertThat(compiled.nodeFor("05")).contains("n1");
        assertThat(pause.trackLengthSeconds()).as("real silence of the pause's length").contains(4.0);
        player.finishTrack();
        awaitPlaying("01");
        player.finishTrack();
        awaitPlaying("05");
        player.pressRight();
        assertThat(compiled.nodeFor(awaitPlaying("03").chapterKey().orElseThrow())).contains("n3");
    }

    @Test
    void aQuestionThatAsksAgainPlaysItsOwnTrackAgain() throws Exception {
        Story cave = StoryFixtures.dragonsCave();
        Story story = cave.withInfo(cave.info().withWaiting(com.yotosmartstream.story.model.Waiting.REPEAT));
        CompileResult.Compiled compiled = compile(story);
        start(compiled.card());
        awaitPlaying("01");

        player.advance(Duration.ofSeconds(25));
        player.await(s -> s.positionSeconds().orElse(0.0) >= 20, "the question's track near its end");
        player.advance(Duration.ofSeconds(6));

        PlayerState again = player.await(s -> s.chapterKey().orElse("").equals("01")
                && s.playbackStatus() == PlaybackStatus.PLAYING && s.positionSeconds().orElse(99.0) < 5,
                "the question from its start again");
        assertThat(again.playbackStatus()).isEqualTo(PlaybackStatus.PLAYING);
        player.pressLeft();
        awaitPlaying("02");
    }
}
