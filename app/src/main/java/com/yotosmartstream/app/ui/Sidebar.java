package com.yotosmartstream.app.ui;

import atlantafx.base.theme.Styles;
import com.yotosmartstream.app.shell.Page;
import com.yotosmartstream.app.shell.ShellViewModel;
import com.yotosmartstream.app.theme.ThemeManager;
import com.yotosmartstream.app.theme.ThemePreference;
import java.util.EnumMap;
import java.util.Map;
import javafx.animation.PauseTransition;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;

/** The page list on the left, and a light/dark switch at its foot. */
final class Sidebar {

    /** How long a drag is held still over a page's button before that page opens. */
    static final Duration DRAG_HOLD = Duration.millis(450);
    /** How far the pointer may wander during the hold: a drag passing over a button is not a hold. */
    static final double STEADY_PIXELS = 5;

    private final VBox view = new VBox();
    private final Map<Page, ToggleButton> buttons = new EnumMap<>(Page.class);

    Sidebar(ShellViewModel viewModel, ThemeManager theme) {
        view.getStyleClass().add("sidebar");
        Label title = new Label("Yoto Smart Stream", new FontIcon("fth-radio"));
        title.getStyleClass().add("app-title");
        view.getChildren().add(title);

        ToggleGroup group = new ToggleGroup();
        for (Page page : Page.values()) {
            ToggleButton button = new ToggleButton(page.title(), new FontIcon(page.iconLiteral()));
            button.setId("nav-" + page.id());
            button.getStyleClass().add("nav-button");
            button.setMaxWidth(Double.MAX_VALUE);
            button.setToggleGroup(group);
            button.setFocusTraversable(true);
            button.setTooltip(new Tooltip(page.title() + " (" + AppMenuBar.shortcutText(page) + ")"));
            button.setOnAction(e -> viewModel.navigate(page));
            openWhileDragging(button, page, viewModel);
            buttons.put(page, button);
            view.getChildren().add(button);
        }
        // a click on the selected page keeps it selected: the sidebar always shows where you are
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null && old != null) {
                old.setSelected(true);
            }
        });
        buttons.get(viewModel.currentPage()).setSelected(true);
        viewModel.currentPageProperty().addListener((obs, old, page) -> buttons.get(page).setSelected(true));

        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        Button themeSwitch = new Button();
        themeSwitch.setId("theme-toggle");
        themeSwitch.getStyleClass().addAll(Styles.FLAT, "theme-toggle");
        themeSwitch.setOnAction(e -> theme.toggle());
        theme.effective().addListener((obs, old, now) -> describeThemeSwitch(themeSwitch, now));
        describeThemeSwitch(themeSwitch, theme.effective().get());
        view.getChildren().addAll(spacer, themeSwitch);
    }

    /**
     * A drag held still over a page's button for a moment opens that page, so that something dragged
     * on one page (a Library track) can be dropped on another (a story node). Passing over other
     * buttons on the way opens nothing: the hold starts again whenever the pointer moves more than
     * {@link #STEADY_PIXELS}. The button takes the drag while it is over it (and refuses a drop on
     * itself), so the gesture stays alive while the page under it changes.
     */
    private static void openWhileDragging(ToggleButton button, Page page, ShellViewModel viewModel) {
        PauseTransition hold = new PauseTransition(DRAG_HOLD);
        double[] anchor = {Double.NaN, Double.NaN};
        hold.setOnFinished(e -> {
            button.pseudoClassStateChanged(DRAG_HOVER, false);
            viewModel.navigate(page);
        });
        button.addEventHandler(DragEvent.DRAG_OVER, e -> {
            e.acceptTransferModes(TransferMode.ANY);
            e.consume();
            if (viewModel.currentPage() == page) {
                return;
            }
            if (Double.isNaN(anchor[0]) || Math.hypot(e.getSceneX() - anchor[0], e.getSceneY() - anchor[1])
                    > STEADY_PIXELS) {
                anchor[0] = e.getSceneX();
                anchor[1] = e.getSceneY();
                button.pseudoClassStateChanged(DRAG_HOVER, true);
                hold.playFromStart();
            }
        });
        button.addEventHandler(DragEvent.DRAG_EXITED, e -> {
            hold.stop();
            anchor[0] = Double.NaN;
            button.pseudoClassStateChanged(DRAG_HOVER, false);
        });
        button.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            hold.stop();
            anchor[0] = Double.NaN;
            button.pseudoClassStateChanged(DRAG_HOVER, false);
            e.setDropCompleted(false);
            e.consume();
        });
    }

    private static final javafx.css.PseudoClass DRAG_HOVER = javafx.css.PseudoClass.getPseudoClass("drag-hover");

    VBox view() {
        return view;
    }

    private static void describeThemeSwitch(Button button, ThemePreference shown) {
        boolean dark = shown == ThemePreference.DARK;
        button.setText(dark ? "Light theme" : "Dark theme");
        button.setGraphic(new FontIcon(dark ? "fth-sun" : "fth-moon"));
        button.setTooltip(new Tooltip("Switch to the " + (dark ? "light" : "dark") + " theme"));
    }
}
