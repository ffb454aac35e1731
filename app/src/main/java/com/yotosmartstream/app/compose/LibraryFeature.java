package com.yotosmartstream.app.compose;

import com.yotosmartstream.app.cards.CardDraft;
import com.yotosmartstream.app.library.ImportViewModel;
import com.yotosmartstream.app.library.LibraryViewModel;
import com.yotosmartstream.app.library.PreviewPlayer;
import com.yotosmartstream.app.library.ServerViewModel;
import com.yotosmartstream.core.task.TaskExecutor;
import com.yotosmartstream.streamer.Streamer;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * What the Library page is given: its view models on the library and its server, the executor, and
 * the way to the Cards page for a card made from an audiobook.
 */
public final class LibraryFeature {

    private final Streamer streamer;
    private final TaskExecutor executor;
    private final Executor fx;
    private final Consumer<CardDraft> openCard;

    /** @param openCard shows a card draft made from an audiobook on the Cards page */
    LibraryFeature(Streamer streamer, TaskExecutor executor, Executor fx, Consumer<CardDraft> openCard) {
        this.streamer = streamer;
        this.executor = executor;
        this.fx = fx;
        this.openCard = openCard;
    }

    /** The track table and details, previewing through {@code player} (the view's media player). */
    public LibraryViewModel library(PreviewPlayer player) {
        return new LibraryViewModel(streamer, executor, fx, player, openCard);
    }

    public ImportViewModel imports() {
        return new ImportViewModel(streamer, executor, fx, openCard);
    }

    public ServerViewModel server() {
        return new ServerViewModel(streamer, executor, fx);
    }

    public TaskExecutor executor() {
        return executor;
    }
}
