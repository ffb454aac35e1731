package com.yotosmartstream.app.ui;

import javafx.scene.control.Dialog;
import javafx.scene.control.DialogEvent;
import javafx.scene.control.DialogPane;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * What every dialog of the app gets: the window it belongs to as its owner (so it opens over it
 * and the window manager keeps them together), and a size taken from its content. On Linux a
 * resizable dialog can otherwise open at 200x200 with its buttons clipped, and a dialog's text can
 * be cut to one line; here the dialog's window is never smaller than what its content asks for.
 */
public final class Dialogs {

    private Dialogs() {
    }

    /** Sets the owner (when it has none yet) and sizes the dialog from its content when it shows. */
    public static <D extends Dialog<?>> D owned(D dialog, Window owner) {
        if (owner != null && dialog.getOwner() == null) {
            dialog.initOwner(owner);
        }
        DialogPane pane = dialog.getDialogPane();
        pane.setMinWidth(Region.USE_PREF_SIZE);
        pane.setMinHeight(Region.USE_PREF_SIZE);
        dialog.addEventHandler(DialogEvent.DIALOG_SHOWN, e -> fit(pane));
        return dialog;
    }

    /** The dialog's window at least as big as its content wants, and never made smaller than that. */
    static void fit(DialogPane pane) {
        if (pane.getScene() == null || !(pane.getScene().getWindow() instanceof Stage stage)) {
            return;
        }
        pane.applyCss();
        double width = pane.prefWidth(-1);
        double height = pane.prefHeight(width);
        if (stage.getScene().getWidth() < width || stage.getScene().getHeight() < height) {
            stage.sizeToScene();
        }
        double frameWidth = Math.max(0, stage.getWidth() - stage.getScene().getWidth());
        double frameHeight = Math.max(0, stage.getHeight() - stage.getScene().getHeight());
        stage.setMinWidth(width + frameWidth);
        stage.setMinHeight(height + frameHeight);
        if (stage.getWidth() < stage.getMinWidth() || stage.getHeight() < stage.getMinHeight()) {
            stage.setWidth(Math.max(stage.getWidth(), stage.getMinWidth()));
            stage.setHeight(Math.max(stage.getHeight(), stage.getMinHeight()));
        }
    }
}
