package com.yotosmartstream.app.ui.library;

import atlantafx.base.theme.Styles;
import com.yotosmartstream.app.library.ServerViewModel;
import com.yotosmartstream.streamer.access.Grant;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** Where players reach the server, what went wrong with it, and the stream links that may be revoked. */
final class ServerPanel {

    private final VBox view;

    ServerPanel(ServerViewModel viewModel) {
        FontIcon icon = new FontIcon("fth-radio");
        Label address = new Label();
        address.setId("library-server-address");
        address.textProperty().bind(viewModel.addressProperty());
        Label problem = new Label();
        problem.setId("library-server-problem");
        problem.setWrapText(true);
        problem.getStyleClass().add(Styles.WARNING);
        problem.textProperty().bind(viewModel.problemProperty());
        problem.visibleProperty().bind(viewModel.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        Button restart = new Button("Restart", new FontIcon("fth-refresh-cw"));
        restart.setId("library-server-restart");
        restart.setTooltip(new Tooltip("Start the server again with the settings (port, public address, certificate)"));
        restart.getStyleClass().add(Styles.SMALL);
        restart.setOnAction(e -> viewModel.restart());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox line = new HBox(8, icon, address, spacer, restart);
        line.setAlignment(Pos.CENTER_LEFT);

        ListView<Grant> grants = new ListView<>(viewModel.grants());
        grants.setId("library-grants");
        grants.setPrefHeight(110);
        grants.setCellFactory(list -> new GrantCell(viewModel));
        Label none = new Label("No stream link has been given out yet.");
        none.getStyleClass().add(Styles.TEXT_MUTED);
        grants.setPlaceholder(none);
        TitledPane links = new TitledPane("Stream links (revoke to stop a player streaming)", grants);
        links.setId("library-grants-pane");
        links.setExpanded(false);
        links.setAnimated(false);
        links.getStyleClass().add(Styles.DENSE);

        view = new VBox(8, line, problem, links);
        view.getStyleClass().add("server-panel");
    }

    VBox view() {
        return view;
    }

    /** One grant: what it covers, and a button to revoke (or, for the library's, renew) it. Nodes made once per cell. */
    private static final class GrantCell extends ListCell<Grant> {
        private final Label label = new Label();
        private final Button revoke = new Button();
        private final HBox box;

        GrantCell(ServerViewModel viewModel) {
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            revoke.getStyleClass().addAll(Styles.SMALL, Styles.DANGER);
            revoke.setOnAction(e -> {
                if (getItem() != null) {
                    viewModel.revoke(getItem());
                }
            });
            box = new HBox(8, label, spacer, revoke);
            box.setAlignment(Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(Grant grant, boolean empty) {
            super.updateItem(grant, empty);
            setText(null);
            if (empty || grant == null) {
                setGraphic(null);
                return;
            }
            boolean library = grant.scope() == Grant.Scope.LIBRARY;
            label.setText(ServerViewModel.describe(grant));
            revoke.setId("library-revoke-" + grant.id());
            revoke.setText(library ? "Renew" : "Revoke");
            revoke.setGraphic(new FontIcon(library ? "fth-refresh-cw" : "fth-slash"));
            revoke.setTooltip(new Tooltip(library ? "Every library link stops working; new ones are made"
                    : "Links of this card stop working"));
            setGraphic(box);
        }
    }
}
