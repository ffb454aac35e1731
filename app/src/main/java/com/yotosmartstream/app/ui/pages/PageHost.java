package com.yotosmartstream.app.ui.pages;

import com.yotosmartstream.app.shell.CloseGuard;
import com.yotosmartstream.app.shell.Page;
import com.yotosmartstream.app.shell.ShellViewModel;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Map;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;

/**
 * Shows the current page. Each page is built by its factory the first time it is opened and then
 * kept, so it keeps its state (scroll, selection, edits) when the user comes back to it.
 */
public final class PageHost {

    private final StackPane view = new StackPane();
    private final Map<Page, Supplier<PageView>> factories;
    private final Map<Page, Node> built = new EnumMap<>(Page.class);
    /** The built pages that may hold unsaved work, in page order. */
    private final Map<Page, CloseGuard> guards = new EnumMap<>(Page.class);
    private final ShellViewModel viewModel;

    /** @param factories the view of each page ({@link PageViews#factories()}) */
    public PageHost(ShellViewModel viewModel, Map<Page, Supplier<PageView>> factories) {
        this.viewModel = viewModel;
        this.factories = Map.copyOf(factories);
        view.getStyleClass().add("page-host");
        show(viewModel.currentPage());
        viewModel.currentPageProperty().addListener((obs, old, page) -> show(page));
    }

    public StackPane view() {
        return view;
    }

    /**
     * Before the app closes: each page with unsaved work is shown and asks the user; {@code close}
     * runs once every one of them has agreed. A page that cancels (or fails to save) keeps the app
     * open.
     */
    public void confirmClose(Runnable close) {
        confirmClose(new ArrayList<>(guards.entrySet()).iterator(), close);
    }

    private void confirmClose(Iterator<Map.Entry<Page, CloseGuard>> pending, Runnable close) {
        while (pending.hasNext()) {
            Map.Entry<Page, CloseGuard> next = pending.next();
            if (next.getValue().hasUnsavedChanges()) {
                viewModel.navigate(next.getKey());
                next.getValue().confirmClose(() -> confirmClose(pending, close));
                return;
            }
        }
        close.run();
    }

    private void show(Page page) {
        Node node = built.computeIfAbsent(page, this::build);
        node.setId("page-" + page.id());
        view.getChildren().setAll(node);
    }

    private Node build(Page page) {
        PageView made = factories.get(page).get();
        made.guard().ifPresent(guard -> guards.put(page, guard));
        return made.node();
    }
}
