package com.yotosmartstream.app.settings;

import com.yotosmartstream.core.storage.Setting;
import com.yotosmartstream.core.storage.SettingsStore;
import com.yotosmartstream.core.task.BackgroundTask;
import com.yotosmartstream.core.task.TaskExecutor;
import com.yotosmartstream.core.text.Durations;
import com.yotosmartstream.streamer.remote.PairedPhone;
import com.yotosmartstream.streamer.remote.RemoteAccess;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Settings > Phones (ADR 0069): a one-time pairing link for the remote page (shown as a QR code,
 * good for 5 minutes), the paired phones with when each was last seen, revoking one, and whether
 * phones outside the home network may use the page. Properties change on the FX thread; a
 * revocation is written in the background.
 */
public final class PhonesViewModel {

    /** A paired phone as the list shows it. */
    public record Row(long id, String name, String lastSeen) {
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final RemoteAccess remote;
    private final Supplier<Optional<URI>> homeBase;
    private final TaskExecutor executor;
    private final Consumer<Runnable> fx;
    private final Clock clock;
    private final ObservableList<Row> phones = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper link = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper linkNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final BooleanProperty anyNetwork = new SimpleBooleanProperty();

    /**
     * @param homeBase this server on the home network, empty while it is off
     * @param anyNetworkSetting the setting that lets phones outside the home network in
     * @param fx runs a job on the FX thread (pairings complete on the server's threads)
     */
    public PhonesViewModel(RemoteAccess remote, Supplier<Optional<URI>> homeBase, SettingsStore settings,
            Setting<Boolean> anyNetworkSetting, TaskExecutor executor, Consumer<Runnable> fx, Clock clock) {
        this.remote = remote;
        this.homeBase = homeBase;
        this.executor = executor;
        this.fx = fx;
        this.clock = clock;
        anyNetwork.set(settings.get(anyNetworkSetting));
        anyNetwork.addListener((obs, was, now) -> settings.put(anyNetworkSetting, now));
        remote.addListener(() -> fx.accept(this::refresh));
        refresh();
    }

    /** Opens a pairing: the link (for the QR code) replaces any shown before. */
    public void pair() {
        Optional<URI> base = homeBase.get();
        if (base.isEmpty()) {
            problem.set("The streaming server is not running, so no phone can reach this app. Start it under"
                    + " Library and streaming, then pair.");
            return;
        }
        problem.set("");
        RemoteAccess.PairingLink pairing = remote.startPairing(base.get());
        link.set(pairing.url().toString());
        linkNote.set("Scan this with the phone's camera and open the link. It pairs one phone, once, until "
                + TIME.format(pairing.expires().atZone(clock.getZone())) + ".");
    }

    public void cancelPairing() {
        remote.cancelPairing();
    }

    /** Unpairs a phone: its next request is refused and its live page stops at once. */
    public void revoke(Row row) {
        executor.submit(BackgroundTask.of("Unpairing " + row.name(), context -> {
            remote.revoke(row.id());
            return row;
        }).onSuccess(done -> refresh()).onFailure(error -> problem.set("Could not unpair " + row.name() + ": "
                + error.getMessage())));
    }

    /** Reads the phones and the open pairing again (FX thread). */
    public void refresh() {
        Instant now = clock.instant();
        java.util.Set<Long> before = phones.stream().map(Row::id).collect(java.util.stream.Collectors.toSet());
        phones.setAll(remote.phones().stream().map(phone -> row(phone, now)).toList());
        if (remote.pairingExpires().isEmpty() && !link.get().isEmpty()) { // the code shown was used, or expired
            link.set("");
            linkNote.set(phones.stream().filter(row -> !before.contains(row.id())).findFirst()
                    .map(row -> "Paired " + row.name() + ". To add another phone, pair again.")
                    .orElse("The code has expired or was cancelled."));
        }
    }

    private static Row row(PairedPhone phone, Instant now) {
        Duration age = Duration.between(phone.lastSeen(), now);
        return new Row(phone.id(), phone.name(), age.compareTo(Duration.ofMinutes(1)) < 0 ? "seen just now"
                : "seen " + Durations.ago(age));
    }

    public ObservableList<Row> phones() {
        return phones;
    }

    /** The open pairing link, empty when none is open. */
    public ReadOnlyStringProperty linkProperty() {
        return link.getReadOnlyProperty();
    }

    /** What to do with the link, or that the phone paired. */
    public ReadOnlyStringProperty linkNoteProperty() {
        return linkNote.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Whether phones outside the home network may use the page (saved at once). */
    public BooleanProperty anyNetworkProperty() {
        return anyNetwork;
    }
}
