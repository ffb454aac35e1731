package com.yotosmartstream.app.shell;

import java.util.List;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The main window's state: the page shown and the status of the cloud connection and of the
 * streaming server. The services that own those states set them (on the FX thread).
 */
public final class ShellViewModel {

    static final ServiceStatus CLOUD_SIGNED_OUT = new ServiceStatus(ServiceStatus.Level.OFF, "Cloud: not signed in",
            "No Yoto account is connected to this app.");
    static final ServiceStatus SERVER_STOPPED = new ServiceStatus(ServiceStatus.Level.OFF, "Streaming: stopped",
            "The streaming server is not running, so players cannot stream from this computer.");

    private final ObjectProperty<Page> currentPage;
    private final ObjectProperty<ServiceStatus> cloudStatus = new SimpleObjectProperty<>(CLOUD_SIGNED_OUT);
    private final ObjectProperty<ServiceStatus> serverStatus = new SimpleObjectProperty<>(SERVER_STOPPED);
    private final ObjectProperty<ServiceStatus> warningStatus = new SimpleObjectProperty<>();

    public ShellViewModel(Page initialPage) {
        currentPage = new SimpleObjectProperty<>(Objects.requireNonNull(initialPage));
    }

    public ReadOnlyObjectProperty<Page> currentPageProperty() {
        return currentPage;
    }

    public Page currentPage() {
        return currentPage.get();
    }

    public void navigate(Page page) {
        currentPage.set(Objects.requireNonNull(page));
    }

    public ObjectProperty<ServiceStatus> cloudStatusProperty() {
        return cloudStatus;
    }

    public ObjectProperty<ServiceStatus> serverStatusProperty() {
        return serverStatus;
    }

    /** Start-up's warnings (no log file, a folder not private, ...) as one status; null when there are none. */
    public ReadOnlyObjectProperty<ServiceStatus> warningStatusProperty() {
        return warningStatus;
    }

    /** Shows what was wrong at start-up but did not stop it (AppServices.warnings). */
    public void setWarnings(List<String> warnings) {
        warningStatus.set(warnings.isEmpty() ? null : new ServiceStatus(ServiceStatus.Level.ERROR,
                warnings.size() == 1 ? "1 warning" : warnings.size() + " warnings", String.join("\n\n", warnings)));
    }
}
