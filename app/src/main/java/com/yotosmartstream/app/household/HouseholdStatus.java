package com.yotosmartstream.app.household;

import com.yotosmartstream.app.shell.ServiceStatus;
import com.yotosmartstream.client.mqtt.ConnectionState;
import com.yotosmartstream.client.mqtt.ConnectionStatus;
import com.yotosmartstream.client.model.PlayerInfo;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The status bar's words for the household's connections. */
public final class HouseholdStatus {

    private HouseholdStatus() {
    }

    public static ServiceStatus describe(HouseholdService service, Instant now) {
        String where = service.connection().map(c -> c.demo() ? "Demo" : "Yoto").orElse("Cloud");
        return switch (service.stateProperty().get()) {
            case NONE -> new ServiceStatus(ServiceStatus.Level.OFF, "Cloud: not signed in",
                    "Sign in with your Yoto account to see your players.");
            case STARTING -> new ServiceStatus(ServiceStatus.Level.BUSY, "Cloud: connecting…",
                    "Listing the players and connecting to them.");
            case FAILED -> new ServiceStatus(ServiceStatus.Level.ERROR, "Cloud: failed",
                    service.problemProperty().get());
            case READY -> connections(where, service.connection().orElseThrow(), now);
        };
    }

    private static ServiceStatus connections(String where, HouseholdConnection household, Instant now) {
        List<PlayerInfo> players = household.players();
        List<ConnectionStatus> statuses = players.stream().map(p -> household.mqtt().connectionStatus(p.deviceId()))
                .flatMap(Optional::stream).toList();
        long connected = statuses.stream().filter(ConnectionStatus::connected).count();
        if (players.isEmpty()) {
            return new ServiceStatus(ServiceStatus.Level.OK, where + ": no players", "The account has no players yet.");
        }
        if (statuses.stream().anyMatch(s -> s.state() == ConnectionState.SIGNED_OUT)) {
            return new ServiceStatus(ServiceStatus.Level.ERROR, where + ": signed out",
                    "Yoto no longer accepts this sign-in. Sign in again.");
        }
        if (connected == players.size()) {
            return new ServiceStatus(ServiceStatus.Level.OK, where + ": " + connected + " of " + players.size()
                    + " players connected", "Live over MQTT.");
        }
        Optional<ConnectionStatus> waiting = statuses.stream()
                .filter(s -> s.state() == ConnectionState.WAITING_TO_RETRY).findFirst();
        if (waiting.isPresent()) {
            long seconds = waiting.get().retryAt().map(t -> Math.max(0, Duration.between(now, t).toSeconds()))
                    .orElse(0L);
            return new ServiceStatus(ServiceStatus.Level.ERROR, where + ": reconnecting in " + seconds + " s ("
                    + connected + " of " + players.size() + " connected)",
                    "Last failure: " + waiting.get().reason().orElse("unknown") + ". Retrying by itself.");
        }
        return new ServiceStatus(ServiceStatus.Level.BUSY, where + ": connecting (" + connected + " of "
                + players.size() + ")", "Connecting to the players.");
    }
}
