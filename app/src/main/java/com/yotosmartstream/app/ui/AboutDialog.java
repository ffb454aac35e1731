package com.yotosmartstream.app.ui;

import atlantafx.base.theme.Styles;
import com.yotosmartstream.app.AppInfo;
import com.yotosmartstream.streamer.convert.BundledFfmpeg;
import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Name, version, runtime, where the data is, the licence and the FFmpeg build it carries; with a
 * button to copy it all for a bug report.
 */
final class AboutDialog {

    private final Dialog<Void> dialog = new Dialog<>();

    AboutDialog(AppInfo info, Path dataFolder, Window owner) {
        Dialogs.owned(dialog, owner);
        dialog.setTitle("About " + info.name());
        dialog.setHeaderText(info.name());
        ImageView icon = new ImageView(AppIcons.of(64));
        icon.setId("about-icon");
        dialog.setGraphic(icon);

        Label version = new Label("Version " + info.version());
        version.setId("about-version");
        version.getStyleClass().add(Styles.TITLE_4);
        Label purpose = new Label("Stream your own audio to Yoto players, build interactive story cards and paint"
                + " display icons.");
        purpose.setWrapText(true);
        Label runtime = new Label(info.runtimeDescription());
        runtime.setId("about-runtime");
        runtime.setWrapText(true);
        runtime.getStyleClass().add(Styles.TEXT_MUTED);
        Label data = new Label("Data folder: " + dataFolder);
        data.setId("about-data");
        data.setWrapText(true);
        Label licence = new Label("MIT licence. Not made or endorsed by Yoto; Yoto is a trademark of its owner.");
        licence.setWrapText(true);
        licence.getStyleClass().add(Styles.TEXT_MUTED);
        Label ffmpeg = new Label(BundledFfmpeg.NOTICE);
        ffmpeg.setId("about-ffmpeg");
        ffmpeg.setWrapText(true);
        ffmpeg.getStyleClass().add(Styles.TEXT_MUTED);

        Button copy = new Button("Copy details", new FontIcon("fth-copy"));
        copy.setId("about-copy");
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(info.runtimeDescription() + System.lineSeparator() + data.getText());
            Clipboard.getSystemClipboard().setContent(content);
        });

        VBox body = new VBox(10, version, purpose, runtime, data, licence, ffmpeg, copy);
        body.setPrefWidth(460);
        dialog.getDialogPane().setContent(body);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
    }

    void show() {
        dialog.show();
    }
}
