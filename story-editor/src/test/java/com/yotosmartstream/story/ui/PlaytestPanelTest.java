package com.yotosmartstream.story.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.yotosmartstream.story.StoryFixtures;
import com.yotosmartstream.story.editor.PlaytestViewModel;
import com.yotosmartstream.story.library.AudioLibrary;
import com.yotosmartstream.story.model.Story;
import com.yotosmartstream.story.play.PlaytestPlayer;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A playtest on a real (simulated) player whose time runs, driven from the panel and the arrow keys. */
@ExtendWith(ApplicationExtension.class)
class PlaytestPanelTest {

    @TempDir
    static Path temp;

    private EditorFixture editor;
    private PlaytestViewModel playtest;
    private final List<String> heard = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        Story cave = StoryFixtures.dragonsCave();
        Story story = cave.withNode(cave.node("n1").orElseThrow().withIcon("yoto:#dragon"));
        editor = new EditorFixture(stage, story, AudioLibrary.none("no library in this test"));
        playtest = new PlaytestViewModel(editor.viewModel, new com.yotosmartstream.core.task.CurrentThreadTaskExecutor(),
                Platform::runLater, () -> PlaytestPlayer.startRunning(temp));
        editor.view.attachPlaytest(playtest, new AudioOut() {
            @Override
            public void play(String url) {
                heard.add(url == null ? "(stop)" : url);
            }

            @Override
            public void stop() {
            }
        });
    }

    @AfterEach
    void stopPlayer() {
        playtest.close();
    }

    private static void await(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String playing() {
        return editor.viewModel.playingNodeProperty().get();
    }

    @Test
    void theStoryPlaysOnTheVirtualPlayerAndItsButtonsAndTheArrowKeysChoose(FxRobot robot) throws Exception {
        robot.clickOn("#tab-playtest");
        robot.clickOn("#playtest-play-start");
        await(() -> "n1".equals(playing()));

        assertThat(robot.lookup("#node-n1").query().getPseudoClassStates()).extracting(Object::toString).contains("playing");
        assertThat(robot.lookup("#playtest-node").queryLabeled().getText()).isEqualTo("Start");
        assertThat(robot.lookup("#playtest-icon").queryAs(ImageView.class).getImage())
                .isNotSameAs(PlaytestPanel.defaultIcon());
        assertThat(heard).anySatisfy(url -> assertThat(url).contains("/sim-audio/"));

        robot.clickOn("#story-canvas").type(KeyCode.LEFT);
        await(() -> "n2".equals(playing()));
        assertThat(robot.lookup("#playtest-node").queryLabeled().getText()).isEqualTo("Cave");
        if (Boolean.getBoolean("story.screenshots")) {
            robot.interact(() -> {
                try {
                    EditorFixture.save(editor.view, Path.of("target/screenshots/playtest.png"));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }

        robot.clickOn("#playtest-finish");
        await(() -> "n4".equals(playing()));
        robot.clickOn("#playtest-finish");
        await(() -> playing() == null && !playtest.runningProperty().get());

        assertThat(robot.lookup("#playtest-status").queryLabeled().getText()).isEqualTo("Stopped at 'Treasure', an ending.");
    }

    @Test
    void aPlaytestCanStartFromAnyNodeWithTheRightButton(FxRobot robot) throws Exception {
        robot.clickOn("#tab-playtest");
        robot.interact(() -> editor.viewModel.select("n1"));
        robot.clickOn("#playtest-play-selected");
        await(() -> "n1".equals(playing()));

        robot.clickOn("#playtest-right");

        await(() -> "n3".equals(playing()));
        assertThat(robot.lookup("#playtest-node").queryLabeled().getText()).isEqualTo("Forest");
    }
}
