package com.yotosmartstream.app.ui.cards;

import static org.assertj.core.api.Assertions.assertThat;

import com.yotosmartstream.app.cards.CardAudio;
import com.yotosmartstream.app.cards.CardDraft;
import com.yotosmartstream.app.cards.CardPublisher;
import com.yotosmartstream.app.cards.Delivery;
import com.yotosmartstream.client.model.Card;
import com.yotosmartstream.client.model.Chapter;
import com.yotosmartstream.client.model.Track;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The review before publishing opens at the size of what it shows, over the window it belongs to. */
@ExtendWith(ApplicationExtension.class)
class PublishReviewTest {

    private Stage owner;
    private Dialog<ButtonType> dialog;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new Scene(new StackPane(), 1024, 700));
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> dialog.getDialogPane().getScene().getWindow().hide());
    }

    @Test
    void theDialogIsOwnedAndNeverSmallerThanItsContentSoPublishIsWhole(FxRobot robot) {
        Card card = Card.create("The lost dragon", "linear", List.of(Chapter.of("01", "The cave", List.of(
                Track.stream("01", "The cave", "http://127.0.0.1:9/stream/t/a.mp3", "mp3")))));
        CardPublisher.Prepared prepared = new CardPublisher.Prepared(CardDraft.empty(Delivery.STREAM), card,
                Optional.empty(), List.of("New card with 1 chapter"), List.of("The stream server is not running."),
                new CardAudio.Resolved(Map.of(), Optional.empty(), Optional.empty(), List.of()));
        robot.interact(() -> {
            dialog = PublishReview.dialog(owner, prepared);
            dialog.show();
        });

        DialogPane pane = dialog.getDialogPane();
        Window window = pane.getScene().getWindow();
        assertThat(dialog.getOwner()).isSameAs(owner);
        double wantedWidth = pane.prefWidth(-1);
        double wantedHeight = pane.prefHeight(wantedWidth);
        assertThat(pane.getScene().getWidth()).isGreaterThanOrEqualTo(wantedWidth);
        assertThat(pane.getScene().getHeight()).isGreaterThanOrEqualTo(wantedHeight);
        Stage stage = (Stage) window;
        assertThat(stage.getMinWidth()).isGreaterThanOrEqualTo(wantedWidth);
        assertThat(stage.getMinHeight()).isGreaterThanOrEqualTo(wantedHeight);

        robot.interact(() -> { // a window manager asking for the 200x200 seen on Linux gets the content's size
            stage.setWidth(200);
            stage.setHeight(200);
        });
        Node publish = pane.lookupButton(PublishReview.PUBLISH);
        Bounds inScene = publish.localToScene(publish.getBoundsInLocal());
        assertThat(inScene.getMaxX()).isLessThanOrEqualTo(pane.getScene().getWidth());
        assertThat(inScene.getMaxY()).isLessThanOrEqualTo(pane.getScene().getHeight());
    }
}
