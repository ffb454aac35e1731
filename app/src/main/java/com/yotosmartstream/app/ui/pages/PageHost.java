package com.yotosmartstream.app.ui.pages;

import com.yotosmartstream.app.AppServices;
import com.yotosmartstream.app.settings.SettingsViewModel;
import com.yotosmartstream.app.shell.Page;
import com.yotosmartstream.app.shell.ShellViewModel;
import com.yotosmartstream.app.theme.ThemeManager;
import com.yotosmartstream.app.ui.Desktop;
import com.yotosmartstream.app.ui.library.LibraryPage;
import java.util.EnumMap;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;

/**
 * Shows the current page. Each page is built the first time it is opened and then kept, so it
 * keeps its state (scroll, selection, edits) when the user comes back to it.
 */
public final class PageHost {

    private final StackPane view = new StackPane();
    private final Map<Page, Node> built = new EnumMap<>(Page.class);
    private final ThemeManager theme;
    private final AppServices services;
    private final Desktop desktop;
    private final Runnable showAbout;

    public PageHost(ShellViewModel viewModel, ThemeManager theme, AppServices services, Desktop desktop,
            Runnable showAbout) {
        this.theme = theme;
        this.services = services;
        this.desktop = desktop;
        this.showAbout = showAbout;
        view.getStyleClass().add("page-host");
        show(viewModel.currentPage());
        viewModel.currentPageProperty().addListener((obs, old, page) -> show(page));
    }

    public StackPane view() {
        return view;
    }

    private void show(Page page) {
        Node node = built.computeIfAbsent(page, this::build);
        node.setId("page-" + page.id());
        view.getChildren().setAll(node);
    }

    private Node build(Page page) {
        return switch (page) {
            case LIBRARY -> new LibraryPage(services).view();
            case SETTINGS -> new SettingsPage(new SettingsViewModel(theme, services), desktop, showAbout).view();
            default -> new PlannedPage(page).view();
        };
    }
}
