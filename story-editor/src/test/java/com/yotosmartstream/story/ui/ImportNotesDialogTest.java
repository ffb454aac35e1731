package com.yotosmartstream.story.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.yotosmartstream.story.twine.ImportOptions;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The import report's dialog: each action it offers is a button, and it says which one the user took. */
@ExtendWith(ApplicationExtension.class)
class ImportNotesDialogTest {

    private static final List<String> ACTIONS = List.of("Add 2 'more choices' nodes", ImportOptions.MERGE_LABEL);

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 640, 480));
        stage.show();
    }

    private CompletableFuture<OptionalInt> show() {
        FxWorkspaceDialogs dialogs = new FxWorkspaceDialogs(() -> stage);
        CompletableFuture<OptionalInt> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(dialogs.showNotes("What the import could not carry over as it was",
                List.of("SugarCube shows 'PassageHeader', 'PassageFooter' with every passage; they are not in the nodes. "
                        + "To have their text and links in every node, choose '" + ImportOptions.MERGE_LABEL
                        + "' (the story is imported again).", "Passage 'Start' has 5 links, but a node holds 3."), ACTIONS)));
        WaitForAsyncUtils.waitForFxEvents();
        return answer;
    }

    @Test
    void mergingTheHeaderAndFooterIsAButtonBesideTheFix(FxRobot robot) throws Exception {
        CompletableFuture<OptionalInt> answer = show();

        Button fix = robot.lookup("#notes-action-0").queryButton();
        Button merge = robot.lookup("#notes-action-1").queryButton();
        assertThat(fix.getText()).isEqualTo(ACTIONS.get(0));
        assertThat(merge.getText()).isEqualTo(ImportOptions.MERGE_LABEL);
        assertThat(merge.isVisible()).isTrue();
        if (Boolean.getBoolean("story.screenshots")) {
            robot.interact(() -> {
                try {
                    EditorFixture.save(merge.getScene().getRoot(), java.nio.file.Path.of("target/screenshots/import-notes.png"));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
        robot.clickOn(merge);

        assertThat(answer.get(10, TimeUnit.SECONDS)).hasValue(1);
    }

    @Test
    void leavingItAsItIsTakesNoAction(FxRobot robot) throws Exception {
        CompletableFuture<OptionalInt> answer = show();

        robot.clickOn("#notes-close");

        assertThat(answer.get(10, TimeUnit.SECONDS)).isEmpty();
    }
}
