package com.yotosmartstream.app.ui.cards;

import com.yotosmartstream.app.ui.Dialogs;
import com.yotosmartstream.app.cards.CardPublisher;
import com.yotosmartstream.app.cards.Delivery;
import com.yotosmartstream.app.stories.StoryCardPublisher;
import com.yotosmartstream.story.model.Story;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The questions and progress of publishing a story as a card, as dialogs over the main window. */
public final class StoryPublishDialogs implements StoryCardPublisher.Dialogs {

    private final Supplier<Window> owner;

    public StoryPublishDialogs(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Delivery> chooseDelivery(Story story) {
        ButtonType stream = new ButtonType(Delivery.STREAM.label(), ButtonBar.ButtonData.YES);
        ButtonType upload = new ButtonType(Delivery.UPLOAD.label(), ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "Stream: players fetch the audio from this computer,"
                + " which must be on and reachable. Upload: each file goes to Yoto once and players need nothing"
                + " from this computer.", stream, upload, ButtonType.CANCEL);
        Dialogs.owned(alert, owner.get());
        alert.setTitle("Publish '" + story.title() + "'");
        alert.setHeaderText(story.info().cardId().isPresent() ? "Update the story's card on Yoto: how should the"
                + " audio reach the players?" : "Make a card of the story: how should the audio reach the players?");
        return alert.showAndWait().flatMap(answer -> answer == stream ? Optional.of(Delivery.STREAM)
                : answer == upload ? Optional.of(Delivery.UPLOAD) : Optional.empty());
    }

    @Override
    public StoryCardPublisher.Progress progress(String title, Runnable cancel) {
        ProgressBar bar = new ProgressBar(-1);
        bar.setPrefWidth(360);
        Label message = new Label("Starting\u2026");
        message.setWrapText(true);
        VBox content = new VBox(10, message, bar);
        content.setPadding(new Insets(8));
        Dialog<ButtonType> dialog = new Dialog<>();
        Dialogs.owned(dialog, owner.get());
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.CANCEL).setId("publish-progress-cancel");
        dialog.setOnCloseRequest(e -> cancel.run());
        dialog.show();
        return new StoryCardPublisher.Progress() {
            private boolean closed;

            @Override
            public void update(double fraction, String text) {
                bar.setProgress(fraction);
                if (text != null && !text.isBlank()) {
                    message.setText(text);
                }
            }

            @Override
            public void close() {
                if (!closed) {
                    closed = true;
                    dialog.setOnCloseRequest(null);
                    dialog.setResult(ButtonType.OK);
                    dialog.close();
                }
            }
        };
    }

    @Override
    public boolean review(CardPublisher.Prepared prepared) {
        return PublishReview.dialog(owner.get(), prepared).showAndWait().filter(PublishReview.PUBLISH::equals)
                .isPresent();
    }

    @Override
    public void failed(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        Dialogs.owned(alert, owner.get());
        alert.setHeaderText(title);
        alert.getDialogPane().setMinWidth(480);
        alert.showAndWait();
    }
}
