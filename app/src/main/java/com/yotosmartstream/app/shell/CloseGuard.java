package com.yotosmartstream.app.shell;

/**
 * A page holding work that closing the app would lose (an unsaved story, an unsaved icon). Before
 * the main window closes, the shell shows each such page in turn and lets it ask the user.
 */
public interface CloseGuard {

    /** Whether there are changes that closing now would lose. */
    boolean hasUnsavedChanges();

    /**
     * Asks what to do with the unsaved changes. Call {@code proceed} (at once, or later, for
     * example once a save in the background has finished) to let the app close; not calling it
     * (the user cancelled, or the save failed and the page said why) keeps the app open.
     */
    void confirmClose(Runnable proceed);
}
