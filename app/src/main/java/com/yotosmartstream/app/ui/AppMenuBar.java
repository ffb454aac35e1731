package com.yotosmartstream.app.ui;

import com.yotosmartstream.app.shell.Page;
import com.yotosmartstream.app.shell.ShellViewModel;
import com.yotosmartstream.app.theme.ThemeManager;
import com.yotosmartstream.app.theme.ThemePreference;
import com.yotosmartstream.core.storage.DataFolder;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * File, View and Help menus. Their accelerators are the app's keyboard shortcuts: Shortcut+1..6
 * for the pages, Shortcut+Shift+L for light/dark, Shortcut+Q to quit, F1 for About.
 */
final class AppMenuBar {

    private static final KeyCode[] DIGITS = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4,
        KeyCode.DIGIT5, KeyCode.DIGIT6, KeyCode.DIGIT7, KeyCode.DIGIT8, KeyCode.DIGIT9};

    private final MenuBar view = new MenuBar();

    AppMenuBar(ShellViewModel viewModel, ThemeManager theme, DataFolder folders,
            Desktop desktop,
            Runnable showAbout, Runnable quit, Runnable signIn, Runnable signOut) {
        view.setUseSystemMenuBar(true);

        MenuItem quitItem = item("menu-quit", "Quit", quit);
        quitItem.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        Menu file = new Menu("_File", null, item("menu-sign-in", "Sign in to Yoto…", signIn),
                item("menu-sign-out", "Sign out", signOut), new SeparatorMenuItem(), quitItem);
        file.setId("menu-file");

        Menu view = new Menu("_View");
        view.setId("menu-view");
        for (Page page : Page.values()) {
            MenuItem go = item("menu-page-" + page.id(), page.title(), () -> viewModel.navigate(page));
            go.setAccelerator(shortcut(page));
            view.getItems().add(go);
        }
        view.getItems().add(new SeparatorMenuItem());
        ToggleGroup themes = new ToggleGroup();
        for (ThemePreference preference : ThemePreference.values()) {
            RadioMenuItem choice = new RadioMenuItem(preference.label());
            choice.setId("menu-theme-" + preference.id());
            choice.setToggleGroup(themes);
            choice.setSelected(theme.preferenceProperty().get() == preference);
            choice.setOnAction(e -> theme.preferenceProperty().set(preference));
            theme.preferenceProperty().addListener((obs, old, now) -> choice.setSelected(now == preference));
            view.getItems().add(choice);
        }
        MenuItem toggle = item("menu-theme-toggle", "Switch light/dark", theme::toggle);
        toggle.setAccelerator(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN));
        view.getItems().add(toggle);

        MenuItem about = item("menu-about", "About Yoto Smart Stream", showAbout);
        about.setAccelerator(new KeyCodeCombination(KeyCode.F1));
        Menu help = new Menu("_Help", null,
                item("menu-open-data", "Open the data folder", () -> desktop.open(folders.root())),
                item("menu-open-logs", "Open the log folder", () -> desktop.open(folders.logs())),
                new SeparatorMenuItem(), about);
        help.setId("menu-help");

        this.view.getMenus().addAll(file, view, help);
    }

    MenuBar view() {
        return view;
    }

    static KeyCombination shortcut(Page page) {
        return new KeyCodeCombination(DIGITS[page.shortcutDigit() - 1], KeyCombination.SHORTCUT_DOWN);
    }

    static String shortcutText(Page page) {
        return shortcut(page).getDisplayText();
    }

    private static MenuItem item(String id, String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }
}
