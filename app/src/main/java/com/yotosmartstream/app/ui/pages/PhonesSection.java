package com.yotosmartstream.app.ui.pages;

import atlantafx.base.theme.Styles;
import com.yotosmartstream.app.settings.PhonesViewModel;
import com.yotosmartstream.app.ui.QrCode;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Settings page's "Phones" section (ADR 0069): pair a phone with the remote page by a QR code,
 * list the paired phones, unpair any at once, and let phones outside the home network in.
 */
final class PhonesSection {

    static final String ABOUT = "A phone on your home Wi-Fi can show and control the players, with nothing to"
            + " install: pair it once by scanning a code. Until a phone is paired the page is off.";

    private final VBox view;

    PhonesSection(PhonesViewModel viewModel) {
        Label about = new Label(ABOUT);
        about.setWrapText(true);
        about.getStyleClass().add(Styles.TEXT_MUTED);

        Button pair = new Button("Pair a phone", new FontIcon("fth-smartphone"));
        pair.setId("phones-pair");
        pair.getStyleClass().add(Styles.ACCENT);
        pair.setMinWidth(Region.USE_PREF_SIZE);
        pair.setOnAction(e -> viewModel.pair());

        ImageView qr = new ImageView();
        qr.setId("phones-qr");
        qr.setFitWidth(180);
        qr.setFitHeight(180);
        TextField link = new TextField();
        link.setId("phones-link");
        link.setEditable(false);
        link.textProperty().bind(viewModel.linkProperty());
        Label note = new Label();
        note.setId("phones-link-note");
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE);
        note.textProperty().bind(viewModel.linkNoteProperty());
        note.visibleProperty().bind(viewModel.linkNoteProperty().isNotEmpty());
        note.managedProperty().bind(note.visibleProperty());
        Button cancel = new Button("Cancel", new FontIcon("fth-x"));
        cancel.setId("phones-cancel");
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        cancel.setOnAction(e -> viewModel.cancelPairing());
        VBox linkBox = new VBox(8, note, link, cancel);
        HBox.setHgrow(linkBox, Priority.ALWAYS);
        linkBox.setMinWidth(0);
        HBox pairing = new HBox(16, qr, linkBox);
        pairing.setId("phones-pairing");
        pairing.setAlignment(Pos.TOP_LEFT);
        viewModel.linkProperty().addListener((obs, old, url) -> qr.setImage(url.isEmpty() ? null : QrCode.of(url, 180)));
        pairing.visibleProperty().bind(viewModel.linkProperty().isNotEmpty());
        pairing.managedProperty().bind(pairing.visibleProperty());
        Label paired = new Label();
        paired.setId("phones-paired-note");
        paired.setWrapText(true);
        paired.textProperty().bind(viewModel.linkNoteProperty());
        paired.visibleProperty().bind(viewModel.linkProperty().isEmpty().and(viewModel.linkNoteProperty().isNotEmpty()));
        paired.managedProperty().bind(paired.visibleProperty());

        VBox list = new VBox(6);
        list.setId("phones-list");
        Label none = new Label("No phone is paired.");
        none.setId("phones-none");
        none.getStyleClass().add(Styles.TEXT_MUTED);
        Runnable fill = () -> {
            list.getChildren().clear();
            if (viewModel.phones().isEmpty()) {
                list.getChildren().add(none);
            }
            for (PhonesViewModel.Row row : viewModel.phones()) {
                list.getChildren().add(row(viewModel, row));
            }
        };
        viewModel.phones().addListener((ListChangeListener<PhonesViewModel.Row>) change -> fill.run());
        fill.run();

        CheckBox anyNetwork = new CheckBox("Also answer phones outside the home network (only behind a tunnel or"
                + " proxy you trust)");
        anyNetwork.setId("phones-any-network");
        anyNetwork.setWrapText(true);
        anyNetwork.selectedProperty().bindBidirectional(viewModel.anyNetworkProperty());

        Label problem = new Label();
        problem.setId("phones-problem");
        problem.setWrapText(true);
        problem.getStyleClass().add(Styles.DANGER);
        problem.textProperty().bind(viewModel.problemProperty());
        problem.visibleProperty().bind(viewModel.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());

        Label title = new Label("Phones");
        title.getStyleClass().add(Styles.TITLE_4);
        view = new VBox(10, title, about, pair, problem, pairing, paired, list, anyNetwork);
        view.getStyleClass().add("settings-section");
        view.setId("settings-phones");
    }

    VBox view() {
        return view;
    }

    private static HBox row(PhonesViewModel viewModel, PhonesViewModel.Row row) {
        Label name = new Label(row.name(), new FontIcon("fth-smartphone"));
        name.getStyleClass().add("phone-name");
        name.setMinWidth(0);
        Label seen = new Label(row.lastSeen());
        seen.getStyleClass().add(Styles.TEXT_MUTED);
        seen.setMinWidth(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button revoke = new Button("Unpair", new FontIcon("fth-slash"));
        revoke.setId("phones-revoke-" + row.id());
        revoke.getStyleClass().add(Styles.DANGER);
        revoke.setMinWidth(Region.USE_PREF_SIZE);
        revoke.setOnAction(e -> viewModel.revoke(row));
        HBox box = new HBox(12, name, seen, gap, revoke);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("phone-row");
        return box;
    }
}
