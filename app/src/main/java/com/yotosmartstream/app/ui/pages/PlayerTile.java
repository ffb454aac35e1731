package com.yotosmartstream.app.ui.pages;

import com.yotosmartstream.app.ui.Dialogs;
import atlantafx.base.theme.Styles;
import com.yotosmartstream.app.dashboard.CommandFeedback;
import com.yotosmartstream.app.dashboard.PlayerTileViewModel;
import com.yotosmartstream.client.model.Card;
import com.yotosmartstream.client.mqtt.Volume;
import com.yotosmartstream.client.player.PlaybackStatus;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Slider;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import org.kordamp.ikonli.javafx.FontIcon;

/** One player on the dashboard: what it is doing, and its remote controls. */
final class PlayerTile {

    private final VBox view = new VBox(8);
    private final PlayerTileViewModel vm;

    private final java.util.function.Consumer<PlayerTileViewModel> openDetails;
    private final java.util.function.Consumer<PlayerTileViewModel> openSettings;

    PlayerTile(PlayerTileViewModel vm, java.util.function.Consumer<PlayerTileViewModel> openDetails) {
        this(vm, openDetails, tile -> { });
    }

    PlayerTile(PlayerTileViewModel vm, java.util.function.Consumer<PlayerTileViewModel> openDetails,
            java.util.function.Consumer<PlayerTileViewModel> openSettings) {
        this.vm = vm;
        this.openDetails = openDetails;
        this.openSettings = openSettings;
        view.getStyleClass().add("player-tile");
        view.setId("tile-" + vm.deviceId());
        view.setPrefWidth(340);
        view.setMinWidth(300);
        view.getChildren().addAll(header(), nowPlaying(), facts(), controls(), feedback());
        vm.staleProperty().addListener((obs, was, now) -> view.pseudoClassStateChanged(STALE, now));
        vm.onlineProperty().addListener((obs, was, now) -> view.pseudoClassStateChanged(OFFLINE, !now));
        view.pseudoClassStateChanged(STALE, vm.staleProperty().get());
        view.pseudoClassStateChanged(OFFLINE, !vm.onlineProperty().get());
    }

    private static final javafx.css.PseudoClass STALE = javafx.css.PseudoClass.getPseudoClass("stale");
    private static final javafx.css.PseudoClass OFFLINE = javafx.css.PseudoClass.getPseudoClass("offline");

    VBox view() {
        return view;
    }

    private Node header() {
        Circle dot = new Circle(5);
        dot.getStyleClass().add("online-dot");
        dot.styleProperty().bind(Bindings.when(vm.onlineProperty()).then("-fx-fill: -color-success-emphasis;")
                .otherwise("-fx-fill: -color-fg-subtle;"));
        Label name = new Label(vm.name());
        name.getStyleClass().addAll(Styles.TITLE_4, "tile-name");
        Label model = new Label(vm.model());
        model.getStyleClass().add(Styles.TEXT_MUTED);
        Label heard = new Label();
        heard.setId("heard-" + vm.deviceId());
        heard.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        heard.textProperty().bind(Bindings.when(vm.onlineProperty()).then(vm.lastHeardProperty())
                .otherwise(Bindings.concat("offline · ", vm.lastHeardProperty())));
        Label stale = new Label("stale");
        stale.setId("stale-" + vm.deviceId());
        stale.getStyleClass().addAll(Styles.TEXT_SMALL, "stale-badge");
        stale.visibleProperty().bind(vm.staleProperty());
        stale.managedProperty().bind(vm.staleProperty());
        stale.setTooltip(new Tooltip("Nothing heard from this player for a while: these values may be out of date."));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(8, dot, name, spacer, stale, heard);
        top.setAlignment(Pos.CENTER_LEFT);
        return new VBox(2, top, model);
    }

    private Node nowPlaying() {
        Label card = new Label();
        card.setId("card-" + vm.deviceId());
        card.getStyleClass().add(Styles.TEXT_BOLD);
        card.textProperty().bind(vm.cardTitleProperty());
        Label chapter = new Label();
        chapter.getStyleClass().add(Styles.TEXT_MUTED);
        chapter.textProperty().bind(vm.chapterTextProperty());
        Label status = new Label();
        status.setId("playback-" + vm.deviceId());
        status.textProperty().bind(vm.playbackProperty().map(p -> p == PlaybackStatus.UNKNOWN ? "" : p.wireName()));
        status.getStyleClass().addAll(Styles.TEXT_SMALL, "playback-status");
        ProgressBar progress = new ProgressBar();
        progress.setId("progress-" + vm.deviceId());
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(Bindings.createDoubleBinding(() -> vm.lengthProperty().get() <= 0 ? 0
                : vm.positionProperty().get() / vm.lengthProperty().get(), vm.positionProperty(), vm.lengthProperty()));
        progress.setTooltip(new Tooltip("Click to play from there"));
        progress.setOnMouseClicked(e -> {
            if (vm.lengthProperty().get() > 0 && progress.getWidth() > 0) {
                vm.seek(e.getX() / progress.getWidth() * vm.lengthProperty().get());
            }
        });
        Label time = new Label();
        time.setId("time-" + vm.deviceId());
        time.getStyleClass().add(Styles.TEXT_SMALL);
        time.textProperty().bind(vm.timeTextProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox line = new HBox(8, status, spacer, time);
        javafx.scene.image.ImageView cover = new javafx.scene.image.ImageView();
        cover.setId("cover-" + vm.deviceId());
        cover.setFitWidth(44);
        cover.setFitHeight(44);
        cover.setPreserveRatio(true);
        cover.imageProperty().bind(vm.coverUrlProperty().map(url -> url.isEmpty() ? null
                : new javafx.scene.image.Image(url, 88, 88, true, true, true)));
        cover.visibleProperty().bind(vm.coverUrlProperty().isNotEmpty());
        cover.managedProperty().bind(cover.visibleProperty());
        javafx.scene.image.ImageView icon = new javafx.scene.image.ImageView();
        icon.setId("icon-" + vm.deviceId());
        icon.setFitWidth(32);
        icon.setFitHeight(32);
        icon.setSmooth(false);
        icon.imageProperty().bind(vm.iconUrlProperty().map(url -> url.isEmpty() ? null
                : new javafx.scene.image.Image(url, 16, 16, false, false, true)));
        icon.visibleProperty().bind(vm.iconUrlProperty().isNotEmpty());
        icon.managedProperty().bind(icon.visibleProperty());
        Region titleGap = new Region();
        HBox.setHgrow(titleGap, Priority.ALWAYS);
        HBox titles = new HBox(10, cover, new VBox(2, card, chapter), titleGap, icon);
        titles.setAlignment(Pos.CENTER_LEFT);
        Label problem = new Label();
        problem.setId("problem-" + vm.deviceId());
        problem.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.DANGER);
        problem.setGraphic(new FontIcon("fth-alert-triangle"));
        problem.setWrapText(true);
        problem.textProperty().bind(vm.problemTextProperty());
        problem.managedProperty().bind(vm.problemTextProperty().isNotEmpty());
        problem.visibleProperty().bind(problem.managedProperty());
        return new VBox(4, titles, progress, line, problem);
    }

    private Node facts() {
        Label battery = fact("battery-" + vm.deviceId(), "fth-battery", vm.batteryTextProperty());
        Tooltip batteryTip = new Tooltip();
        batteryTip.textProperty().bind(vm.powerTextProperty());
        battery.setTooltip(batteryTip);
        battery.graphicProperty().bind(vm.chargingProperty().map(c -> new FontIcon(c ? "fth-battery-charging" : "fth-battery")));
        battery.styleProperty().bind(Bindings.when(vm.batteryProperty().lessThan(PlayerTileViewModel.LOW_BATTERY)
                .and(vm.batteryProperty().greaterThanOrEqualTo(0)).and(vm.chargingProperty().not()))
                .then("-fx-text-fill: -color-danger-fg;").otherwise(""));
        Label volume = fact("volume-" + vm.deviceId(), "fth-volume-2", vm.volumeTextProperty());
        Label sleep = fact("sleep-" + vm.deviceId(), "fth-moon", vm.sleepTimerTextProperty());
        sleep.visibleProperty().bind(vm.sleepTimerTextProperty().isNotEmpty());
        sleep.managedProperty().bind(sleep.visibleProperty());
        Label wifi = fact("wifi-" + vm.deviceId(), "fth-wifi", vm.wifiTextProperty());
        wifi.visibleProperty().bind(vm.wifiTextProperty().isNotEmpty());
        wifi.managedProperty().bind(wifi.visibleProperty());
        Circle light = new Circle(6);
        light.setId("nightlight-" + vm.deviceId());
        light.fillProperty().bind(vm.nightlightProperty().map(PlayerTile::colour));
        light.visibleProperty().bind(vm.nightlightProperty().isNotEmpty());
        light.managedProperty().bind(light.visibleProperty());
        Tooltip.install(light, new Tooltip("Night-light colour"));
        Label alarm = fact("alarm-" + vm.deviceId(), "fth-bell", vm.nextAlarmProperty());
        alarm.visibleProperty().bind(vm.nextAlarmProperty().isNotEmpty());
        alarm.managedProperty().bind(alarm.visibleProperty());
        // the facts wrap onto a second line when they do not fit (a sleep timer, Wi-Fi, an alarm), never cut short
        javafx.scene.layout.FlowPane facts = new javafx.scene.layout.FlowPane(14, 4, battery, volume, sleep, light, wifi,
                alarm);
        facts.setAlignment(Pos.CENTER_LEFT);
        facts.setMinWidth(0);
        facts.setPrefWrapLength(240);
        for (Label fact : java.util.List.of(battery, volume, sleep, wifi, alarm)) {
            fact.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        return facts;
    }

    private static Label fact(String id, String icon, javafx.beans.value.ObservableValue<String> text) {
        Label label = new Label();
        label.setId(id);
        label.setGraphic(new FontIcon(icon));
        label.textProperty().bind(text);
        label.getStyleClass().add(Styles.TEXT_SMALL);
        return label;
    }

    /** A story card's choices on the playing track: "Left: The cave", "Right: The river". */
    private Node choices() {
        Button left = choiceButton("choice-left-" + vm.deviceId(), "fth-chevron-left", vm.leftChoiceProperty(),
                vm::chooseLeft);
        Button right = choiceButton("choice-right-" + vm.deviceId(), "fth-chevron-right", vm.rightChoiceProperty(),
                vm::chooseRight);
        // one above the other: a story's part titles are longer than a tile is wide
        VBox row = new VBox(4, left, right);
        row.visibleProperty().bind(vm.leftChoiceProperty().isNotEmpty().or(vm.rightChoiceProperty().isNotEmpty()));
        row.managedProperty().bind(row.visibleProperty());
        return row;
    }

    private static Button choiceButton(String id, String icon, javafx.beans.property.StringProperty text,
            Runnable action) {
        Button button = new Button(null, new FontIcon(icon));
        button.setId(id);
        button.textProperty().bind(text);
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(text);
        button.setTooltip(tip);
        button.setMaxWidth(Double.MAX_VALUE);
        button.setMinWidth(0);
        button.setAlignment(Pos.CENTER_LEFT);
        button.visibleProperty().bind(text.isNotEmpty());
        button.managedProperty().bind(button.visibleProperty());
        button.setOnAction(e -> action.run());
        return button;
    }

    private Node controls() {
        Button previous = iconButton("previous-" + vm.deviceId(), "fth-skip-back", "Previous chapter", vm::previousChapter);
        Button playPause = iconButton("playpause-" + vm.deviceId(), "fth-play", "Play or pause", vm::playPause);
        playPause.graphicProperty().bind(vm.playbackProperty().map(p -> new FontIcon(p == PlaybackStatus.PLAYING
                ? "fth-pause" : "fth-play")));
        Button stop = iconButton("stop-" + vm.deviceId(), "fth-square", "Stop", vm::stop);
        Button next = iconButton("next-" + vm.deviceId(), "fth-skip-forward", "Next chapter", vm::nextChapter);

        MenuButton more = new MenuButton(null, new FontIcon("fth-more-horizontal"));
        more.setId("more-" + vm.deviceId());
        MenuItem playCard = new MenuItem("Play a card…", new FontIcon("fth-play-circle"));
        playCard.setId("play-card-" + vm.deviceId());
        playCard.setOnAction(e -> chooseCard(vm.playableCards()).ifPresent(vm::playCard));
        MenuItem reboot = new MenuItem("Restart the player…", new FontIcon("fth-refresh-cw"));
        reboot.setId("reboot-" + vm.deviceId());
        reboot.setOnAction(e -> confirmReboot());
        MenuItem details = new MenuItem("Event log and history…", new FontIcon("fth-list"));
        details.setId("details-" + vm.deviceId());
        details.setOnAction(e -> openDetails.accept(vm));
        MenuItem settings = new MenuItem("Settings…", new FontIcon("fth-settings"));
        settings.setId("settings-" + vm.deviceId());
        settings.setOnAction(e -> openSettings.accept(vm));
        more.getItems().addAll(playCard, settings, details, reboot);

        Slider volume = new Slider(0, 100, 50);
        volume.setId("volume-slider-" + vm.deviceId());
        volume.setPrefWidth(110);
        volume.setTooltip(new Tooltip("Volume: the player snaps it to 17 steps and its maximum"));
        vm.volumeStepProperty().addListener((obs, old, step) -> {
            if (!volume.isValueChanging() && step.intValue() >= 0) {
                volume.setValue(Volume.percentFor(step.intValue()));
            }
        });
        if (vm.volumeStepProperty().get() >= 0) {
            volume.setValue(Volume.percentFor(vm.volumeStepProperty().get()));
        }
        volume.valueChangingProperty().addListener((obs, was, changing) -> {
            if (!changing) {
                vm.setVolume((int) Math.round(volume.getValue()));
            }
        });
        volume.setOnMouseReleased(e -> {
            if (!volume.isValueChanging()) {
                vm.setVolume((int) Math.round(volume.getValue()));
            }
        });

        MenuButton sleep = new MenuButton(null, new FontIcon("fth-moon"));
        sleep.setId("sleep-menu-" + vm.deviceId());
        sleep.setTooltip(new Tooltip("Sleep timer"));
        for (int minutes : new int[] {5, 10, 15, 30, 45, 60}) {
            MenuItem item = new MenuItem(minutes + " minutes");
            item.setId("sleep-" + minutes + "-" + vm.deviceId());
            item.setOnAction(e -> vm.setSleepTimer(Duration.ofMinutes(minutes)));
            sleep.getItems().add(item);
        }
        MenuItem custom = new MenuItem("Other…");
        custom.setOnAction(e -> askSleepMinutes().ifPresent(m -> vm.setSleepTimer(Duration.ofMinutes(m))));
        MenuItem off = new MenuItem("Off");
        off.setId("sleep-off-" + vm.deviceId());
        off.setOnAction(e -> vm.setSleepTimer(Duration.ZERO));
        sleep.getItems().addAll(custom, off);


        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox transport = new HBox(4, previous, playPause, stop, next, gap, more);
        transport.setAlignment(Pos.CENTER_LEFT);
        // a story card has no chapters to skip: its tracks' left and right choices stand in for them
        for (Button skip : new Button[] {previous, next}) {
            skip.visibleProperty().bind(vm.interactiveProperty().not());
            skip.managedProperty().bind(skip.visibleProperty());
        }
        FontIcon quiet = new FontIcon("fth-volume");
        HBox.setHgrow(volume, Priority.ALWAYS);
        volume.setMaxWidth(Double.MAX_VALUE);
        HBox row = new HBox(8, quiet, volume, sleep);
        if (vm.hasAmbientLight()) {
            ColorPicker colour = new ColorPicker(Color.web("#194a55"));
            colour.setId("ambient-" + vm.deviceId());
            colour.getStyleClass().addAll(ColorPicker.STYLE_CLASS_BUTTON, "colour-only");
            colour.setTooltip(new Tooltip("Night-light colour"));
            colour.setOnAction(e -> {
                Color c = colour.getValue();
                vm.setAmbientLight((int) Math.round(c.getRed() * 255), (int) Math.round(c.getGreen() * 255),
                        (int) Math.round(c.getBlue() * 255));
            });
            row.getChildren().add(colour);
        }
        row.setAlignment(Pos.CENTER_LEFT);
        return new VBox(6, transport, choices(), row);
    }

    private Node feedback() {
        Label label = new Label();
        label.setId("feedback-" + vm.deviceId());
        label.getStyleClass().add(Styles.TEXT_SMALL);
        label.textProperty().bind(vm.feedbackTextProperty());
        label.setWrapText(true);
        label.managedProperty().bind(vm.feedbackTextProperty().isNotEmpty());
        label.visibleProperty().bind(label.managedProperty());
        label.graphicProperty().bind(vm.feedbackProperty().map(f -> switch (f) {
            case PENDING -> new FontIcon("fth-loader");
            case CONFIRMED -> new FontIcon("fth-check");
            case FAILED -> new FontIcon("fth-alert-triangle");
            case IDLE -> null;
        }));
        label.styleProperty().bind(vm.feedbackProperty().map(f -> f == CommandFeedback.FAILED
                ? "-fx-text-fill: -color-danger-fg;" : ""));
        return label;
    }

    private static Button iconButton(String id, String icon, String tip, Runnable action) {
        Button button = new Button(null, new FontIcon(icon));
        button.setId(id);
        button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        button.setTooltip(new Tooltip(tip));
        button.setOnAction(e -> action.run());
        return button;
    }

    private Optional<Integer> askSleepMinutes() {
        TextInputDialog dialog = new TextInputDialog("20");
        Dialogs.owned(dialog, view.getScene().getWindow());
        dialog.setTitle("Sleep timer");
        dialog.setHeaderText("Sleep timer for " + vm.name());
        dialog.setContentText("Minutes (1-720):");
        return dialog.showAndWait().map(String::strip).filter(s -> s.matches("\\d{1,3}")).map(Integer::parseInt)
                .filter(m -> m >= 1 && m <= 720);
    }

    private Optional<String> chooseCard(List<Card> cards) {
        if (cards.isEmpty()) {
            Alert none = new Alert(Alert.AlertType.INFORMATION, "This account has no cards to play yet.");
            none.setTitle("Play a card");
            Dialogs.owned(none, view.getScene().getWindow());
            none.show();
            return Optional.empty();
        }
        List<String> titles = cards.stream().map(Card::title).toList();
        String last = vm.lastCardId().flatMap(id -> cards.stream().filter(c -> c.cardId().filter(id::equals).isPresent())
                .findFirst()).map(Card::title).orElse(titles.get(0));
        ChoiceDialog<String> dialog = new ChoiceDialog<>(last, titles);
        Dialogs.owned(dialog, view.getScene().getWindow());
        dialog.setTitle("Play a card");
        dialog.setHeaderText("Play a card on " + vm.name());
        dialog.setContentText("Card:");
        return dialog.showAndWait().flatMap(t -> cards.stream().filter(c -> c.title().equals(t)).findFirst())
                .flatMap(Card::cardId);
    }

    private void confirmReboot() {
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, "Restart " + vm.name() + "? It stops playing and is"
                + " offline for a moment.", ButtonType.CANCEL, ButtonType.OK);
        Dialogs.owned(confirm, view.getScene().getWindow());
        confirm.setTitle("Restart the player");
        confirm.setHeaderText("Restart the player");
        confirm.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> vm.reboot());
    }

    private static Color colour(String nightlight) {
        try {
            return Color.web(nightlight.startsWith("0x") ? "#" + nightlight.substring(2) : nightlight);
        } catch (IllegalArgumentException e) {
            return Color.TRANSPARENT;
        }
    }
}
