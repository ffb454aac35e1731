package com.yotosmartstream.app.ui.pages;

import atlantafx.base.theme.Styles;
import com.yotosmartstream.app.settings.StreamingSettingsViewModel;
import com.yotosmartstream.streamer.StreamerSettings.TlsMode;
import com.yotosmartstream.streamer.convert.FfmpegChoice;
import java.io.File;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;

/** The Settings page's "Library and streaming" section: ffmpeg, port, public address, HTTPS, conversion. */
final class StreamingSettingsSection {

    private final VBox view;

    StreamingSettingsSection(StreamingSettingsViewModel viewModel) {
        Label ffmpeg = new Label();
        ffmpeg.setId("settings-ffmpeg");
        ffmpeg.setWrapText(true);
        ffmpeg.textProperty().bind(viewModel.ffmpegProperty());
        Button again = new Button("Look again", new FontIcon("fth-search"));
        again.setId("settings-ffmpeg-again");
        again.setOnAction(e -> viewModel.lookForFfmpegAgain());
        HBox.setHgrow(ffmpeg, Priority.ALWAYS);
        HBox ffmpegFound = new HBox(10, ffmpeg, again);
        ffmpegFound.setAlignment(Pos.CENTER_LEFT);
        ChoiceBox<FfmpegChoice> which = new ChoiceBox<>();
        which.setId("settings-ffmpeg-choice");
        which.getItems().setAll(FfmpegChoice.values());
        which.setConverter(new StringConverter<>() {
            @Override
            public String toString(FfmpegChoice choice) {
                return choice == null ? "" : choice.label();
            }

            @Override
            public FfmpegChoice fromString(String text) {
                return FfmpegChoice.AUTOMATIC;
            }
        });
        which.valueProperty().bindBidirectional(viewModel.ffmpegChoiceProperty());
        VBox ffmpegRow = new VBox(8, ffmpegFound, which);

        TextField port = field("settings-port", viewModel.portProperty(), "0 for any free port");
        port.setPrefColumnCount(6);
        port.setMaxWidth(120);
        TextField publicUrl = field("settings-public-url", viewModel.publicUrlProperty(),
                "https://stories.example.org (empty: this computer's address on the LAN)");

        ChoiceBox<TlsMode> tls = new ChoiceBox<>();
        tls.setId("settings-tls");
        tls.getItems().setAll(TlsMode.values());
        tls.setConverter(new StringConverter<>() {
            @Override
            public String toString(TlsMode mode) {
                return mode == null ? "" : switch (mode) {
                    case NONE -> "Off (plain HTTP)";
                    case PKCS12 -> "PKCS12 file (.p12, .pfx)";
                    case PEM -> "PEM files (certificate and key)";
                };
            }

            @Override
            public TlsMode fromString(String text) {
                return TlsMode.NONE;
            }
        });
        tls.valueProperty().bindBidirectional(viewModel.tlsProperty());
        Node certificate = fileRow("settings-tls-file", viewModel.certificateFileProperty(), "Certificate file");
        Node key = fileRow("settings-tls-key", viewModel.keyFileProperty(), "Private key file");
        PasswordField password = new PasswordField();
        password.setId("settings-tls-password");
        password.textProperty().bindBidirectional(viewModel.passwordProperty());
        Label keyLabel = new Label("Private key");
        Label passwordLabel = new Label("Password");
        Label certificateLabel = new Label("Certificate");
        showWhen(viewModel, certificate, certificateLabel, TlsMode.PKCS12, TlsMode.PEM);
        showWhen(viewModel, key, keyLabel, TlsMode.PEM);
        showWhen(viewModel, password, passwordLabel, TlsMode.PKCS12);

        CheckBox normalise = new CheckBox("Even out loudness to");
        normalise.setId("settings-normalise");
        normalise.selectedProperty().bindBidirectional(viewModel.normaliseProperty());
        TextField lufs = field("settings-lufs", viewModel.targetLufsProperty(), "-16");
        lufs.setPrefColumnCount(4);
        lufs.setMaxWidth(80);
        lufs.disableProperty().bind(normalise.selectedProperty().not());
        ChoiceBox<Integer> kbps = new ChoiceBox<>();
        kbps.setId("settings-kbps");
        kbps.getItems().setAll(StreamingSettingsViewModel.BITRATES);
        kbps.valueProperty().bindBidirectional(viewModel.kbpsProperty());
        HBox conversion = new HBox(10, normalise, lufs, new Label("LUFS \u00b7 MP3 at"), kbps, new Label("kbps"));
        conversion.setAlignment(Pos.CENTER_LEFT);

        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(10);
        grid.getColumnConstraints().addAll(new ColumnConstraints(120), growing());
        grid.addRow(0, new Label("ffmpeg"), ffmpegRow);
        grid.addRow(1, new Label("Port"), port);
        grid.addRow(2, new Label("Public address"), publicUrl);
        GridPane tlsFiles = new GridPane();
        tlsFiles.setHgap(10);
        tlsFiles.setVgap(8);
        tlsFiles.getColumnConstraints().addAll(new ColumnConstraints(90), growing());
        tlsFiles.addRow(0, certificateLabel, certificate);
        tlsFiles.addRow(1, keyLabel, key);
        tlsFiles.addRow(2, passwordLabel, password);
        tlsFiles.visibleProperty().bind(viewModel.tlsProperty().isNotEqualTo(TlsMode.NONE));
        tlsFiles.managedProperty().bind(tlsFiles.visibleProperty());
        Label https = new Label("HTTPS");
        GridPane.setValignment(https, javafx.geometry.VPos.TOP);
        https.setPadding(new javafx.geometry.Insets(5, 0, 0, 0));
        grid.addRow(3, https, new VBox(8, tls, tlsFiles));
        grid.addRow(4, new Label("Conversion"), conversion);

        Button apply = new Button("Apply and restart the server", new FontIcon("fth-check"));
        apply.setId("settings-streaming-apply");
        apply.getStyleClass().add(Styles.ACCENT);
        apply.setOnAction(e -> viewModel.apply());
        Button revert = new Button("Revert");
        revert.setId("settings-streaming-revert");
        revert.setOnAction(e -> viewModel.reset());
        Label result = new Label();
        result.setId("settings-streaming-result");
        result.setWrapText(true);
        result.textProperty().bind(viewModel.resultProperty());
        result.managedProperty().bind(viewModel.resultProperty().isNotEmpty());
        HBox buttons = new HBox(10, apply, revert);
        Label hint = new Label("Players fetch stream links from this computer, so it must be on and reachable. A public"
                + " address (a tunnel or reverse proxy) lets players outside your home network reach it.");
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        hint.setWrapText(true);

        Label title = new Label("Library and streaming");
        title.getStyleClass().add(Styles.TITLE_4);
        view = new VBox(10, title, grid, hint, buttons, result);
        view.getStyleClass().add("settings-section");
        view.setId("settings-streaming");
    }

    VBox view() {
        return view;
    }

    private static TextField field(String id, StringProperty property, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.textProperty().bindBidirectional(property);
        return field;
    }

    private static Node fileRow(String id, StringProperty property, String title) {
        TextField path = field(id, property, "");
        Button browse = new Button("Choose\u2026", new FontIcon("fth-folder"));
        browse.setId(id + "-choose");
        browse.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(title);
            File chosen = chooser.showOpenDialog(browse.getScene().getWindow());
            if (chosen != null) {
                property.set(chosen.getAbsolutePath());
            }
        });
        HBox.setHgrow(path, Priority.ALWAYS);
        HBox row = new HBox(8, path, browse);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static void showWhen(StreamingSettingsViewModel viewModel, Node field, Node label, TlsMode... modes) {
        Runnable update = () -> {
            boolean shown = java.util.Arrays.asList(modes).contains(viewModel.tlsProperty().get());
            for (Node node : new Node[] {field, label}) {
                node.setVisible(shown);
                node.setManaged(shown);
            }
        };
        viewModel.tlsProperty().addListener((obs, old, now) -> update.run());
        update.run();
    }

    private static ColumnConstraints growing() {
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        return values;
    }
}
