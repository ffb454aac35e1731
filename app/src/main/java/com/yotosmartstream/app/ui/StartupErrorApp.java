package com.yotosmartstream.app.ui;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import atlantafx.base.theme.PrimerLight;
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
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.setTitle("Yoto Smart Stream");
        alert.setHeaderText("Yoto Smart Stream could not start");
        Label text = new Label(message);
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        alert.getDialogPane().setContent(text);
        alert.getDialogPane().setPrefWidth(560);
        alert.showAndWait();
        Platform.exit();
    }
}
