package com.yotosmartstream.app.ui.cards;

import com.yotosmartstream.app.cards.CardRow;
import com.yotosmartstream.app.ui.Dialogs;
import java.util.List;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Asks which of the cards that stream from this computer to make offline-ready (all are ticked). */
final class TripModeDialog {

    static final ButtonType MAKE = new ButtonType("Make offline-ready", ButtonBar.ButtonData.OK_DONE);

    private TripModeDialog() {
    }

    static Dialog<List<CardRow>> dialog(Window owner, List<CardRow> candidates) {
        Dialog<List<CardRow>> dialog = new Dialog<>();
        dialog.setTitle("Offline-ready cards");
        dialog.setHeaderText("Make cards play without this computer?");
        Label explain = new Label("These cards stream from this computer, so they stop playing when it is off or"
                + " out of reach (in the car, on holiday). Making them offline-ready uploads their audio to Yoto,"
                + " each file once, and keeps each card's id and chapters: a physical card linked to it goes on"
                + " working. Their stream links here are then revoked.");
        explain.setWrapText(true);
        explain.setMaxWidth(460);
        VBox boxes = new VBox(6);
        for (CardRow row : candidates) {
            CheckBox box = new CheckBox(row.title() + "  (" + row.summary() + ")");
            box.setSelected(true);
            box.setUserData(row);
            box.setId("trip-" + row.cardId());
            boxes.getChildren().add(box);
        }
        ScrollPane scroll = new ScrollPane(boxes);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(Math.min(240, 30.0 * candidates.size()));
        dialog.getDialogPane().setContent(new VBox(12, explain, scroll));
        dialog.getDialogPane().getButtonTypes().setAll(MAKE, ButtonType.CANCEL);
        dialog.setResultConverter(button -> button == MAKE ? boxes.getChildren().stream()
                .map(CheckBox.class::cast).filter(CheckBox::isSelected).map(b -> (CardRow) b.getUserData()).toList()
                : List.of());
        return Dialogs.owned(dialog, owner);
    }
}
