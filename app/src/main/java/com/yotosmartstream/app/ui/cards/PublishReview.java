package com.yotosmartstream.app.ui.cards;

import com.yotosmartstream.app.ui.Dialogs;
import com.google.gson.GsonBuilder;
import com.yotosmartstream.app.cards.CardDiff;
import com.yotosmartstream.app.cards.CardPublisher;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * What publishing will do, before it does it: the changes against the card on Yoto, what may stop
 * players, and the JSON that will be sent (stream tokens hidden on screen; Copy copies it exactly).
 */
public final class PublishReview {

    static final ButtonType PUBLISH = new ButtonType("Publish", ButtonBar.ButtonData.OK_DONE);

    private PublishReview() {
    }

    public static Dialog<ButtonType> dialog(Window owner, CardPublisher.Prepared prepared) {
        String json = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create()
                .toJson(prepared.card().toJson());
        ListView<String> changes = new ListView<>();
        changes.setId("review-changes");
        changes.getItems().setAll(prepared.changes().isEmpty() ? java.util.List.of("Nothing changes on Yoto.")
                : prepared.changes());
        changes.setPrefHeight(220);
        VBox warnings = new VBox(4);
        warnings.setId("review-warnings");
        for (String warning : prepared.warnings()) {
            Label label = new Label(warning, new org.kordamp.ikonli.javafx.FontIcon("fth-alert-triangle"));
            label.setWrapText(true);
            label.getStyleClass().add("problem-warning");
            warnings.getChildren().add(label);
        }
        TextArea shown = new TextArea(CardDiff.hideTokens(json));
        shown.setId("review-json");
        shown.setEditable(false);
        shown.setPrefRowCount(16);
        Button copy = new Button("Copy JSON");
        copy.setId("review-copy");
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(json);
            Clipboard.getSystemClipboard().setContent(content);
            copy.setText("Copied");
        });
        copy.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label hidden = new Label("Stream tokens are hidden here; Copy JSON copies the card exactly as it is sent.");
        hidden.setWrapText(true);
        hidden.getStyleClass().add("muted");
        TabPane tabs = new TabPane(new Tab(prepared.remote().isPresent() ? "Changes on Yoto" : "New card",
                new VBox(8, changes, warnings)), new Tab("JSON", new VBox(8, shown, new javafx.scene.layout.HBox(8,
                copy, hidden))));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Dialog<ButtonType> dialog = new Dialog<>();
        Dialogs.owned(dialog, owner);
        dialog.setTitle("Publish '" + prepared.card().title() + "'");
        dialog.setHeaderText(prepared.remote().isPresent() ? "This replaces the card on Yoto with these changes."
                : "This makes a new card on Yoto.");
        dialog.getDialogPane().setContent(tabs);
        dialog.getDialogPane().getButtonTypes().setAll(PUBLISH, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(PUBLISH).setId("review-publish");
        dialog.getDialogPane().lookupButton(ButtonType.CANCEL).setId("review-cancel");
        dialog.getDialogPane().setPrefWidth(640);
        dialog.setResizable(true);
        return dialog;
    }
}
