package com.yotosmartstream.app.ui.pages;

import atlantafx.base.theme.Styles;
import com.yotosmartstream.app.dashboard.DashboardViewModel;
import com.yotosmartstream.app.dashboard.PlayerTileViewModel;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;

/** Every player of the household as a live tile with its controls. */
final class DashboardPage {

    private final ScrollPane view;
    private final FlowPane tiles = new FlowPane(16, 16);
    private final Timeline ticker;
    private final java.util.function.Function<PlayerTileViewModel, PlayerDetailDialog> details;
    private final java.util.function.Consumer<PlayerTileViewModel> settings;

    DashboardPage(DashboardViewModel viewModel, Runnable signIn,
            java.util.function.Function<PlayerTileViewModel, PlayerDetailDialog> details) {
        this(viewModel, signIn, details, tile -> { });
    }

    DashboardPage(DashboardViewModel viewModel, Runnable signIn,
            java.util.function.Function<PlayerTileViewModel, PlayerDetailDialog> details,
            java.util.function.Consumer<PlayerTileViewModel> settings) {
        this(viewModel, signIn, details, settings, null);
    }

    /**
     * @param settings opens a tile's Settings dialog
     * @param routines the routines' bar (run, edit, what the last run did), or null for none
     */
    DashboardPage(DashboardViewModel viewModel, Runnable signIn,
            java.util.function.Function<PlayerTileViewModel, PlayerDetailDialog> details,
            java.util.function.Consumer<PlayerTileViewModel> settings, RoutinesBar routines) {
        this.details = details;
        this.settings = settings;
        Label title = new Label("Dashboard", new FontIcon("fth-activity"));
        title.getStyleClass().addAll(Styles.TITLE_2, "page-title");

        Label banner = new Label("Demo mode: these are simulated players on this computer. Sign in with your Yoto"
                + " account to see your own.", new FontIcon("fth-info"));
        banner.setId("demo-banner");
        banner.setWrapText(true);
        javafx.scene.control.Button signInButton = new javafx.scene.control.Button("Sign in…");
        signInButton.setId("demo-sign-in");
        signInButton.setOnAction(e -> signIn.run());
        // the banner's text wraps when the window is narrow; the button keeps its label
        signInButton.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        banner.setMinWidth(0);
        HBox.setHgrow(banner, javafx.scene.layout.Priority.SOMETIMES);
        javafx.scene.layout.Region gap = new javafx.scene.layout.Region();
        HBox.setHgrow(gap, javafx.scene.layout.Priority.ALWAYS);
        HBox bannerBox = new HBox(12, banner, gap, signInButton);
        bannerBox.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        bannerBox.getStyleClass().add("demo-banner");
        bannerBox.visibleProperty().bind(viewModel.demoProperty());
        bannerBox.managedProperty().bind(viewModel.demoProperty());

        Label message = new Label();
        message.setId("dashboard-message");
        message.setWrapText(true);
        message.getStyleClass().add(Styles.TEXT_MUTED);
        message.textProperty().bind(viewModel.messageProperty());
        message.visibleProperty().bind(viewModel.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());

        tiles.setId("dashboard-tiles");
        viewModel.tiles().addListener((ListChangeListener<PlayerTileViewModel>) change -> rebuild(viewModel));
        rebuild(viewModel);

        VBox body = new VBox(16, title, bannerBox, message);
        if (routines != null) {
            body.getChildren().add(routines.view());
        }
        body.getChildren().add(tiles);
        body.getStyleClass().add("page");
        view = new ScrollPane(body);
        view.setFitToWidth(true);

        ticker = new Timeline(new KeyFrame(Duration.millis(250), e -> viewModel.tick()));
        ticker.setCycleCount(Timeline.INDEFINITE);
        ticker.play();
    }

    private void rebuild(DashboardViewModel viewModel) {
        tiles.getChildren().setAll(viewModel.tiles().stream().map(t -> new PlayerTile(t, tile -> details.apply(tile).show(), settings).view()).toList());
    }

    ScrollPane view() {
        return view;
    }
}
