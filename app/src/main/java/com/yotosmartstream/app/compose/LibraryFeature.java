package com.yotosmartstream.app.compose;

import com.yotosmartstream.app.library.ImportViewModel;
import com.yotosmartstream.app.library.LibraryViewModel;
import com.yotosmartstream.app.library.PreviewPlayer;
import com.yotosmartstream.app.library.ServerViewModel;
import com.yotosmartstream.core.task.TaskExecutor;
import com.yotosmartstream.streamer.Streamer;
import java.util.concurrent.Executor;

/** What the Library page is given: its view models on the library and its server, and the executor. */
public final class LibraryFeature {

    private final Streamer streamer;
    private final TaskExecutor executor;
    private final Executor fx;

    LibraryFeature(Streamer streamer, TaskExecutor executor, Executor fx) {
        this.streamer = streamer;
        this.executor = executor;
        this.fx = fx;
    }

    /** The track table and details, previewing through {@code player} (the view's media player). */
    public LibraryViewModel library(PreviewPlayer player) {
        return new LibraryViewModel(streamer, executor, fx, player);
    }

    public ImportViewModel imports() {
        return new ImportViewModel(streamer, executor, fx);
    }

    public ServerViewModel server() {
        return new ServerViewModel(streamer, executor, fx);
    }

    public TaskExecutor executor() {
        return executor;
    }
}
