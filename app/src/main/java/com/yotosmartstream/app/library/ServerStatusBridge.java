package com.yotosmartstream.app.library;

import com.yotosmartstream.app.shell.ServiceStatus;
import com.yotosmartstream.streamer.Streamer;
import java.util.concurrent.Executor;
import javafx.beans.property.ObjectProperty;

/** Shows the streaming server's state in the status bar, moved onto the FX thread. */
public final class ServerStatusBridge {

    private ServerStatusBridge() {
    }

    public static void bind(Streamer streamer, ObjectProperty<ServiceStatus> target, Executor fxThread) {
        streamer.addStatusListener(status -> fxThread.execute(() -> target.set(describe(status))));
        if (streamer.status().running()) {
            target.set(describe(streamer.status()));
        }
    }

    static ServiceStatus describe(Streamer.Status status) {
        if (!status.running()) {
            return new ServiceStatus(status.problem().isEmpty() ? ServiceStatus.Level.OFF : ServiceStatus.Level.ERROR,
                    "Streaming: stopped", status.problem().isEmpty()
                    ? "The streaming server is not running, so players cannot stream from this computer."
                    : status.problem());
        }
        String where = status.base().map(Object::toString).orElse("");
        // Streamer.start says "HTTPS is off: <why>" when a chosen certificate cannot be used and the server
        // fell back to plain HTTP: that must show on the bar itself, not only in the tooltip
        boolean httpsOff = !status.secure() && status.problem().startsWith("HTTPS is off");
        return new ServiceStatus(status.problem().isEmpty() ? ServiceStatus.Level.OK : ServiceStatus.Level.ERROR,
                "Streaming: " + (status.secure() ? "HTTPS" : "HTTP") + " on port " + status.port()
                        + (httpsOff ? " (HTTPS off: certificate problem)" : ""),
                "Players stream from " + where + (status.problem().isEmpty() ? "" : ". " + status.problem()));
    }
}
