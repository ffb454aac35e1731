package com.yotosmartstream.app.ui.pages;

import com.yotosmartstream.app.shell.CloseGuard;
import java.util.Optional;
import javafx.scene.Node;

/** What {@link PageHost} shows for a page: its view, and its close guard if it may hold unsaved work. */
public record PageView(Node node, Optional<CloseGuard> guard) {

    public static PageView of(Node node) {
        return new PageView(node, Optional.empty());
    }

    public static PageView guarded(Node node, CloseGuard guard) {
        return new PageView(node, Optional.of(guard));
    }

    static PageView guarded(GuardedPage page) {
        return guarded(page.view(), page);
    }
}
