package com.yotosmartstream.app.remote;

import com.yotosmartstream.app.dashboard.CommandEnd;
import com.yotosmartstream.app.dashboard.DashboardViewModel;
import com.yotosmartstream.app.dashboard.PlayerTileViewModel;
import com.yotosmartstream.app.household.HouseholdConnection;
import com.yotosmartstream.app.household.HouseholdService;
import com.yotosmartstream.app.routines.RoutinesViewModel;
import com.yotosmartstream.client.routine.Routine;
import com.yotosmartstream.client.routine.StepOutcome;
import com.yotosmartstream.client.model.Card;
import com.yotosmartstream.client.mqtt.CommandResult;
import com.yotosmartstream.client.mqtt.Volume;
import com.yotosmartstream.client.player.PlaybackStatus;
import com.yotosmartstream.streamer.remote.CommandOutcome;
import com.yotosmartstream.streamer.remote.RemoteCommand;
import com.yotosmartstream.streamer.remote.RemoteHousehold;
import com.yotosmartstream.streamer.remote.RemotePlayer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;

/**
 * The remote page's household (ADR 0069): the dashboard's own tiles, so the phone shows what the
 * dashboard shows, taken once per frame as the dashboard applies the players' reports, and commands
 * sent through the tiles, so they take the dashboard's pending-command handling and show on its
 * tiles too. Players are named to the page by a digest of their device id with a salt made at
 * start, so no serial leaves the app.
 */
public final class DashboardRemote implements RemoteHousehold, AutoCloseable {

    private final DashboardViewModel dashboard;
    private final HouseholdService household;
    private final Executor fx;
    private final byte[] salt = new byte[16];
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final AutoCloseable following;
    private volatile List<Shown> shown = List.of();
    private volatile RoutinesViewModel routines;
    private volatile List<Choice> routineChoices = List.of();
    private final Map<String, CompletableFuture<CommandOutcome>> runningRoutines = new ConcurrentHashMap<>();

    /** A tile as the page sees it, with the tile it came from (touched on the FX thread only). */
    private record Shown(RemotePlayer player, PlayerTileViewModel tile) {
    }

    /** Call on the FX thread. */
    public DashboardRemote(DashboardViewModel dashboard, HouseholdService household, Executor fx) {
        this.dashboard = dashboard;
        this.household = household;
        this.fx = fx;
        new SecureRandom().nextBytes(salt);
        following = dashboard.addChangeListener(this::take);
        take();
    }

    /**
     * Lets the page run the household's routines (issue 21, "run a routine"), through the same view
     * model as the dashboard's Routines bar, so a run from the phone shows there too. Call on the FX thread.
     */
    public void attachRoutines(RoutinesViewModel viewModel) {
        routines = viewModel;
        Runnable take = () -> routineChoices = viewModel.routines().stream()
                .map(r -> new Choice(r.name(), r.name())).toList();
        viewModel.routines().addListener((javafx.collections.ListChangeListener<Routine>) change -> take.run());
        take.run();
        // a step that failed makes the run read as failed on the page (its words say how many were done)
        viewModel.onReport(report -> Optional.ofNullable(runningRoutines.remove(report.routine()))
                .ifPresent(run -> run.complete(report.count(StepOutcome.Result.FAILED) > 0
                        ? CommandOutcome.failed(report.summary()) : CommandOutcome.done(report.summary()))));
        viewModel.statusProperty().addListener((obs, old, status) -> {
            if (!viewModel.runningProperty().get() && status.contains(" stopped: ")) { // the run failed whole
                runningRoutines.values().forEach(run -> run.complete(CommandOutcome.failed(status)));
                runningRoutines.clear();
            }
        });
    }

    @Override
    public List<Choice> routines() {
        return routineChoices;
    }

    @Override
    public CompletableFuture<CommandOutcome> runRoutine(String id) {
        CompletableFuture<CommandOutcome> run = new CompletableFuture<>();
        fx.execute(() -> {
            RoutinesViewModel viewModel = routines;
            Optional<Routine> routine = viewModel == null ? Optional.empty() : viewModel.find(id);
            if (routine.isEmpty()) {
                run.complete(CommandOutcome.failed("There is no routine called " + id + "."));
            } else if (viewModel.runningProperty().get()) {
                run.complete(CommandOutcome.failed("Another routine is still running; wait for it to finish."));
            } else {
                runningRoutines.put(routine.get().name(), run);
                viewModel.run(routine.get());
                if (!viewModel.runningProperty().get()) { // refused at once: no household open
                    runningRoutines.remove(routine.get().name());
                    run.complete(CommandOutcome.failed(viewModel.statusProperty().get()));
                }
            }
        });
        return run.completeOnTimeout(CommandOutcome.failed("The routine did not finish within two minutes; the"
                + " dashboard shows how far it got."), 2, java.util.concurrent.TimeUnit.MINUTES);
    }

    /** Takes the tiles as they are now (FX thread) and tells the page. */
    private void take() {
        shown = dashboard.tiles().stream().map(tile -> new Shown(player(tile), tile)).toList();
        listeners.forEach(Runnable::run);
    }

    private RemotePlayer player(PlayerTileViewModel tile) {
        PlaybackStatus status = tile.playbackProperty().get();
        return new RemotePlayer(idOf(tile.deviceId()), tile.name(), tile.model(), tile.onlineProperty().get(),
                tile.lastHeardProperty().get(), tile.batteryProperty().get(), tile.chargingProperty().get(),
                switch (status) {
                    case PLAYING -> "playing";
                    case PAUSED -> "paused";
                    case STOPPED -> "stopped";
                    default -> "unknown";
                }, tile.cardTitleProperty().get(), tile.chapterTextProperty().get(),
                tile.coverUrlProperty().get().startsWith("https://") ? tile.coverUrlProperty().get() : "",
                tile.positionProperty().get(), tile.lengthProperty().get(), tile.volumeStepProperty().get(),
                tile.volumeMaxProperty().get(), tile.sleepTimerTextProperty().get(), tile.nightlightProperty().get(),
                tile.hasAmbientLight(), tile.problemTextProperty().get(), tile.feedbackTextProperty().get());
    }

    /** The page's name for a player: 12 hex digits of SHA-256(salt, device id). */
    String idOf(String deviceId) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(salt);
            return HexFormat.of().formatHex(digest.digest(deviceId.getBytes(StandardCharsets.UTF_8)), 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    @Override
    public List<RemotePlayer> players() {
        return shown.stream().map(Shown::player).toList();
    }

    @Override
    public List<Choice> cards() {
        return household.connection().map(HouseholdConnection::cards).orElse(List.of()).stream()
                .filter(card -> card.cardId().isPresent())
                .map(card -> new Choice(card.cardId().get(), card.title())).toList();
    }

    @Override
    public CompletableFuture<List<Choice>> chapters(String cardId) {
        Optional<HouseholdConnection> connection = household.connection();
        if (connection.isEmpty() || connection.get().card(cardId).isEmpty()) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("No such card"));
        }
        return connection.get().wholeCardLater(cardId).thenApply(DashboardRemote::chapters);
    }

    private static List<Choice> chapters(Card card) {
        return card.chapters().stream().map(chapter -> new Choice(chapter.key(), chapter.title())).toList();
    }

    @Override
    public CompletableFuture<CommandOutcome> send(String playerId, RemoteCommand command) {
        CompletableFuture<CommandOutcome> outcome = new CompletableFuture<>();
        fx.execute(() -> {
            Optional<PlayerTileViewModel> tile = shown.stream().filter(s -> s.player().id().equals(playerId))
                    .map(Shown::tile).findFirst();
            if (tile.isEmpty()) {
                outcome.complete(CommandOutcome.failed("That player is no longer in the household."));
                return;
            }
            run(tile.get(), command).whenComplete((end, error) -> outcome.complete(error != null
                    ? CommandOutcome.failed("The command could not be sent.") : outcomeOf(end)));
        });
        return outcome;
    }

    private CompletableFuture<CommandEnd> run(PlayerTileViewModel tile, RemoteCommand command) {
        return switch (command.action()) {
            case PLAY_PAUSE -> tile.playPause();
            case STOP -> tile.stop();
            case NEXT -> tile.nextChapter();
            case PREVIOUS -> tile.previousChapter();
            case VOLUME -> tile.setVolume(Volume.percentFor(command.value()));
            case SLEEP -> tile.setSleepTimer(Duration.ofMinutes(command.value()));
            case LIGHT -> {
                int[] rgb = command.rgb();
                yield tile.setAmbientLight(rgb[0], rgb[1], rgb[2]);
            }
            case PLAY -> household.connection().flatMap(c -> c.card(command.card())).isEmpty()
                    ? CompletableFuture.completedFuture(new CommandEnd(CommandResult.FAIL, "No such card."))
                    : command.chapter().map(chapter -> tile.playChapter(command.card(), chapter))
                            .orElseGet(() -> tile.playCard(command.card()));
        };
    }

    static CommandOutcome outcomeOf(CommandEnd end) {
        CommandOutcome.State state = switch (end.result()) {
            case OK -> CommandOutcome.State.DONE;
            case TIMED_OUT -> CommandOutcome.State.TIMED_OUT;
            case FAIL, NOT_SENT -> CommandOutcome.State.FAILED;
        };
        return new CommandOutcome(state, end.text());
    }

    @Override
    public AutoCloseable onChange(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @Override
    public void close() throws Exception {
        following.close();
    }

    @Override
    public String toString() {
        return "DashboardRemote[" + shown.size() + " players]";
    }
}
