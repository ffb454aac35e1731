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
        playtest = new PlaytestViewModel(editor.viewModel, later(new com.yotosmartstream.core.task.CurrentThreadTaskExecutor()),
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

    /**
     * Runs each task on the FX thread a moment later, as the app's background executor finishes
     * later: meanwhile the Play button is disabled and focus moves on, as it does in the app.
     */
    private static com.yotosmartstream.core.task.TaskExecutor later(com.yotosmartstream.core.task.TaskExecutor now) {
        return new com.yotosmartstream.core.task.TaskExecutor() {
            @Override
            public <T> com.yotosmartstream.core.task.TaskHandle submit(com.yotosmartstream.core.task.BackgroundTask<T> task) {
                com.yotosmartstream.core.task.TaskHandle[] handle = new com.yotosmartstream.core.task.TaskHandle[1];
                javafx.animation.PauseTransition pause = new javafx.animation.PauseTransition(javafx.util.Duration.millis(300));
                pause.setOnFinished(e -> handle[0] = now.submit(task));
                pause.play();
                return new com.yotosmartstream.core.task.TaskHandle() {
                    @Override
                    public String title() {
                        return task.title();
                    }

                    @Override
                    public void cancel() {
                        if (handle[0] != null) {
                            handle[0].cancel();
                        }
                    }

                    @Override
                    public boolean isDone() {
                        return handle[0] != null && handle[0].isDone();
                    }

                    @Override
                    public boolean isCancelled() {
                        return handle[0] != null && handle[0].isCancelled();
                    }
                };
            }

            @Override
            public java.util.concurrent.Executor serial(String name) {
                return now.serial(name);
            }

            @Override
            public void close() {
                now.close();
            }
        };
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
    void afterPlayTheArrowKeysPressThePlayersButtonsWithoutClickingTheCanvas(FxRobot robot) throws Exception {
        robot.clickOn("#tab-playtest");
        robot.clickOn("#playtest-play-start");
        await(() -> "n1".equals(playing()));

        robot.type(KeyCode.RIGHT);

        await(() -> "n3".equals(playing()));
        assertThat(robot.lookup("#story-title").queryAs(javafx.scene.control.TextField.class).isFocused()).isFalse();
    }

    @Test
    void inATextFieldTheUserClickedIntoTheArrowKeysMoveTheCursor(FxRobot robot) throws Exception {
        robot.clickOn("#tab-playtest");
        robot.clickOn("#playtest-play-start");
        await(() -> "n1".equals(playing()));
        javafx.scene.control.TextField title = robot.lookup("#story-title").queryAs(javafx.scene.control.TextField.class);
        robot.clickOn(title);
        robot.interact(() -> title.positionCaret(title.getLength()));

        robot.type(KeyCode.LEFT);
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);

        assertThat(title.getCaretPosition()).isEqualTo(title.getLength() - 1);
        assertThat(playing()).isEqualTo("n1");
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
