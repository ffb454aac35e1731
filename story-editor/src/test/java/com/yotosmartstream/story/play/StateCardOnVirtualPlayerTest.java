package com.yotosmartstream.story.play;

import static org.assertj.core.api.Assertions.assertThat;

import com.yotosmartstream.client.mqtt.CommandResult;
import com.yotosmartstream.client.player.PlaybackStatus;
import com.yotosmartstream.client.player.PlayerState;
import com.yotosmartstream.client.sim.ManualClock;
import com.yotosmartstream.story.FakeLibrary;
import com.yotosmartstream.story.compile.CardCompiler;
import com.yotosmartstream.story.compile.CompileResult;
import com.yotosmartstream.story.model.Story;
import com.yotosmartstream.story.state.StateStories;
import com.yotosmartstream.story.state.StoryLogic;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A story with variables compiled into clones (ADR 0082), saved to the simulated account and
 * walked with a virtual player's own buttons: the nodes it passes through and where it stops are
 * those of the story's Twine semantics, run directly.
 */
class StateCardOnVirtualPlayerTest {

    @TempDir
    static Path temp;

    private static final ManualClock CLOCK = new ManualClock(Instant.parse("2026-12-07T09:00:00Z"));
    private static PlaytestPlayer player;

    @BeforeAll
    static void startPlayer() throws Exception {
        player = PlaytestPlayer.startManual(temp, CLOCK);
    }

    @AfterAll
    static void stopPlayer() {
        player.close();
    }

    private static PlayerState awaitPlaying(String chapterKey) throws InterruptedException {
        return player.await(s -> s.chapterKey().orElse("").equals(chapterKey)
                && s.playbackStatus() == PlaybackStatus.PLAYING, "chapter " + chapterKey + " playing");
    }

    /** Presses on the virtual player; the nodes the card played and "stopped" at its end. */
    private static List<String> play(CompileResult.Compiled compiled, String presses) throws Exception {
        String cardId = player.load(compiled.card());
        assertThat(player.play(cardId, "01").get(10, TimeUnit.SECONDS)).isEqualTo(CommandResult.OK);
        String key = awaitPlaying("01").chapterKey().orElseThrow();
        List<String> trail = new ArrayList<>(List.of(compiled.nodeFor(key).orElseThrow()));
        for (char press : presses.toCharArray()) {
            switch (press) {
                case 'L' -> player.pressLeft();
                case 'R' -> player.pressRight();
                default -> player.finishTrack();
            }
            String expected = expectedKey(compiled, key, press);
            if (expected == null) {
                trail.add("stopped");
                player.await(s -> s.playbackStatus() == PlaybackStatus.STOPPED, "the story's end");
                break;
            }
            if (!expected.equals(key) || press == 'E') {
                key = awaitPlaying(expected).chapterKey().orElseThrow();
                trail.add(compiled.nodeFor(key).orElseThrow());
            } else {
                // a button whose link is not there in this state does nothing: the chapter plays on
                assertThat(player.state().chapterKey()).contains(key);
            }
        }
        return trail;
    }

    /** The chapter the card's own action leads to (null for stop), to wait for it on the player. */
    private static String expectedKey(CompileResult.Compiled compiled, String key, char press) {
        var track = compiled.card().chapters().stream().filter(c -> c.key().equals(key)).findFirst().orElseThrow()
                .tracks().get(0);
        var event = press == 'L' ? com.yotosmartstream.client.model.Track.Event.LEFT_BUTTON
                : press == 'R' ? com.yotosmartstream.client.model.Track.Event.RIGHT_BUTTON
                : com.yotosmartstream.client.model.Track.Event.END;
        var action = track.action(event);
        if (action.isEmpty()) {
            return key;
        }
        return action.get() instanceof com.yotosmartstream.client.model.CardAction.Goto go ? go.chapterKey() : null;
    }

    private static List<String> twine(Story story, String presses) throws Exception {
        List<com.yotosmartstream.story.state.SemanticsAccess.Press> list = new ArrayList<>();
        for (char c : presses.toCharArray()) {
            list.add(c == 'L' ? com.yotosmartstream.story.state.SemanticsAccess.Press.LEFT
                    : c == 'R' ? com.yotosmartstream.story.state.SemanticsAccess.Press.RIGHT
                    : com.yotosmartstream.story.state.SemanticsAccess.Press.END);
        }
        return com.yotosmartstream.story.state.SemanticsAccess.interpret(story, StoryLogic.read(story), list);
    }

    @Test
    void theVirtualPlayerReachesTheEndingsTwineReaches() throws Exception {
        Story story = StateStories.camp();
        FakeLibrary library = new FakeLibrary(t -> player.silenceUrl((int) t.seconds())).addAll(story);
        CompileResult.Compiled compiled = (CompileResult.Compiled) new CardCompiler().compile(story, library);

        // to the feast: apple and key first, then the hut's torch, then the deep
        for (String presses : List.of("LLERLERLE", "RLRELLERLERRE", "LRLLE")) {
            List<String> onPlayer = play(compiled, presses);
            assertThat(onPlayer).as(presses).isEqualTo(twine(story, presses));
        }
        assertThat(play(compiled, "LLERLERLE")).endsWith("n7", "stopped");
    }
}
