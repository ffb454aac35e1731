package com.yotosmartstream.app.ui.pages;

import com.yotosmartstream.app.shell.CloseGuard;
import javafx.scene.Node;

/** A page with a view that may hold unsaved work. */
interface GuardedPage extends CloseGuard {

    Node view();
}
