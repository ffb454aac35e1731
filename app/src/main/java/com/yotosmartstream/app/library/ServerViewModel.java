package com.yotosmartstream.app.library;

import com.yotosmartstream.core.task.BackgroundTask;
import com.yotosmartstream.core.task.TaskExecutor;
import com.yotosmartstream.streamer.Streamer;
import com.yotosmartstream.streamer.access.Grant;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The streaming server as the Library page shows it: where players reach it, and who may stream. */
public final class ServerViewModel {

    private final Streamer streamer;
    private final TaskExecutor executor;
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final StringProperty address = new SimpleStringProperty("Starting the streaming server\u2026");
    private final StringProperty problem = new SimpleStringProperty("");
    private final ObservableList<Grant> grants = FXCollections.observableArrayList();

    public ServerViewModel(Streamer streamer, TaskExecutor executor, Executor fxThread) {
        this.streamer = streamer;
        this.executor = executor;
        streamer.addStatusListener(status -> fxThread.execute(() -> show(status)));
        streamer.tokens().addListener(() -> fxThread.execute(() -> grants.setAll(streamer.tokens().all())));
        show(streamer.status());
        grants.setAll(streamer.tokens().all());
    }

    private void show(Streamer.Status status) {
        if (status == Streamer.Status.NOT_STARTED) {
            return;
        }
        running.set(status.running());
        address.set(status.running() ? "Players stream from " + status.base().orElseThrow()
                : status.problem().isEmpty() ? "The streaming server is stopped." : "The streaming server is not running.");
        problem.set(status.problem());
        grants.setAll(streamer.tokens().all());
    }

    /** Ends a grant: its links stop working at once. Renewing the library's gives it a new token. */
    public void revoke(Grant grant) {
        executor.submit(BackgroundTask.of("Revoking a stream link", ctx -> {
            if (grant.scope() == Grant.Scope.LIBRARY) {
                streamer.tokens().renewLibrary();
            } else {
                streamer.tokens().revoke(grant);
            }
            return streamer.tokens().all();
        }).onSuccess(grants::setAll).onFailure(error -> problem.set(error.getMessage())));
    }

    /** Starts the server again with the current settings (port, address, certificate). */
    public void restart() {
        address.set("Restarting the streaming server\u2026");
        executor.submit(BackgroundTask.of("Restarting the streaming server", ctx -> streamer.start()));
    }

    /** "Library (every track)" or "Card: Dinosaurs (3 tracks)". */
    public static String describe(Grant grant) {
        return grant.scope() == Grant.Scope.LIBRARY ? "Library links (every track)"
                : "Card \u201c" + grant.label() + "\u201d (" + grant.trackIds().size() + " tracks)";
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    public ReadOnlyStringProperty addressProperty() {
        return address;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem;
    }

    public ObservableList<Grant> grants() {
        return grants;
    }
}
