package com.yotosmartstream.app.ui;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells a person who double-clicked the app why it could not start (the console is not where
 * they look). Without a display, the message stays in the log and on stderr.
 */
public final class StartupErrorApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(StartupErrorApp.class);
    private static volatile String message = "";

    public static void show(String text) {
        message = text;
        try {
            Application.launch(StartupErrorApp.class);
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            LOG.debug("No display to show the start-up error on", e);
        }
    }

    @Override
    public void start(Stage stage) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.setTitle("Yoto Smart Stream");
        alert.setHeaderText("Yoto Smart Stream could not start");
        Label text = new Label(message);
        text.setWrapText(true);
        text.setMaxWidth(520);
        alert.getDialogPane().setContent(text);
        alert.showAndWait();
        Platform.exit();
    }
}
