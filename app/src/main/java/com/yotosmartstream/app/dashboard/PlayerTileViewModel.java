package com.yotosmartstream.app.dashboard;

import com.yotosmartstream.app.household.HouseholdConnection;
import com.yotosmartstream.client.model.Card;
import com.yotosmartstream.client.model.PlayerInfo;
import com.yotosmartstream.client.mqtt.CardStart;
import com.yotosmartstream.client.mqtt.Command;
import com.yotosmartstream.client.mqtt.CommandResult;
import com.yotosmartstream.client.mqtt.Volume;
import com.yotosmartstream.client.player.PlaybackStatus;
import com.yotosmartstream.client.player.PlayerField;
import com.yotosmartstream.client.player.PlayerState;
import com.yotosmartstream.core.text.Durations;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One player's tile: what it reports, shown as text and values, and the commands it takes. Update
 * it on the FX thread ({@link #update}, {@link #tick}); commands report back through {@code ui}.
 */
public final class PlayerTileViewModel {

    /** Values older than this without any word from the player are shown as stale. */
    public static final Duration STALE_AFTER = Duration.ofMinutes(6);
    public static final int LOW_BATTERY = 15;

    private final PlayerInfo info;
    private final HouseholdConnection household;
    private final Clock clock;
    private final Executor ui;
    private final PlayingCard playing;
    private PlayerState state;

    private final BooleanProperty online = new SimpleBooleanProperty();
    private final BooleanProperty stale = new SimpleBooleanProperty();
    private final StringProperty lastHeard = new SimpleStringProperty("never heard from");
    private final IntegerProperty battery = new SimpleIntegerProperty(-1);
    private final StringProperty batteryText = new SimpleStringProperty("battery ?");
    private final BooleanProperty charging = new SimpleBooleanProperty();
    private final StringProperty powerText = new SimpleStringProperty("");
    private final IntegerProperty volumeStep = new SimpleIntegerProperty(-1);
    private final IntegerProperty volumeMax = new SimpleIntegerProperty(Volume.MAX_STEP);
    private final StringProperty volumeText = new SimpleStringProperty("volume ?");
    private final ObjectProperty<PlaybackStatus> playback = new SimpleObjectProperty<>(PlaybackStatus.UNKNOWN);
    private final StringProperty cardTitle = new SimpleStringProperty("");
    private final StringProperty coverUrl = new SimpleStringProperty("");
    private final StringProperty iconUrl = new SimpleStringProperty("");
    private final StringProperty chapterText = new SimpleStringProperty("");
    private final StoryChoices story = new StoryChoices();
    private final DoubleProperty position = new SimpleDoubleProperty();
    private final DoubleProperty length = new SimpleDoubleProperty();
    private final StringProperty timeText = new SimpleStringProperty("");
    private final StringProperty sleepTimerText = new SimpleStringProperty("");
    private final StringProperty nightlight = new SimpleStringProperty("");
    private final StringProperty wifiText = new SimpleStringProperty("");
    private final ObjectProperty<CommandFeedback> feedback = new SimpleObjectProperty<>(CommandFeedback.IDLE);
    private final StringProperty feedbackText = new SimpleStringProperty("");
    private final StringProperty nextAlarm = new SimpleStringProperty("");
    private final StringProperty problemText = new SimpleStringProperty("");
    private final TrackProblem problem = new TrackProblem();
    private int sentCommands;
    private String lastCardId;
    private final Consumer<PlayerAlert> alerts;
    private boolean wasOnline;

    public PlayerTileViewModel(PlayerInfo info, HouseholdConnection household, Clock clock, Executor ui) {
        this(info, household, clock, ui, alert -> { });
    }

    /** @param alerts told of low batteries, players going offline and sleep timers ending (on the FX thread) */
    public PlayerTileViewModel(PlayerInfo info, HouseholdConnection household, Clock clock, Executor ui,
            Consumer<PlayerAlert> alerts) {
        this.alerts = alerts;
        this.info = info;
        this.household = household;
        this.clock = clock;
        this.ui = ui;
        this.playing = new PlayingCard(household, ui);
        this.state = household.states().get(info.deviceId());
        update(state);
    }

    /** "alarm 07:00": the player's next alarm, set from its settings ({@code app.players.TileAlarms}). */
    public StringProperty nextAlarmProperty() {
        return nextAlarm;
    }

    public String deviceId() {
        return info.deviceId();
    }

    public String name() {
        return info.name();
    }

    /** "Yoto Player (v3)", "Yoto Mini". */
    public String model() {
        return switch (info.family()) {
            case "mini" -> "Yoto Mini";
            case "v3" -> "Yoto Player (3rd gen)";
            case "v2" -> "Yoto Player (2nd gen)";
            case "v1" -> "Yoto Player (1st gen)";
            default -> "Yoto " + info.family();
        };
    }

    public boolean hasAmbientLight() {
        return info.hasAmbientLight();
    }

    /** Takes a new snapshot of the player. */
    public void update(PlayerState next) {
        PlayerState previous = state;
        state = next;
        alertOnChange(previous, next);
        problemText.set(problem.update(previous, next, next.playbackStatus() == PlaybackStatus.STOPPED
                ? household.playbackProblem(info.deviceId()) : Optional.empty()));
        PlayerState s = next;
        battery.set(s.batteryLevel().orElse(-1));
        charging.set(s.charging().orElse(false));
        batteryText.set(s.batteryLevel().map(b -> b + " %").orElse("battery ?"));
        powerText.set(charging.get() ? powerSource(s) : "On battery");
        volumeStep.set(s.volumeStep().orElse(-1));
        volumeMax.set(s.volumeMaxStep().orElse(Volume.MAX_STEP));
        volumeText.set(s.volumeStep().map(v -> v + "/16" + (volumeMax.get() < Volume.MAX_STEP ? " (max "
                + volumeMax.get() + ")" : "")).orElse("volume ?"));
        playback.set(s.playbackStatus());
        Optional<Card> card = s.cardId().flatMap(id -> playing.show(id, () -> {
            if (state.cardId().filter(id::equals).isPresent()) {
                update(state); // its chapters arrived: show the chapter's icon
            }
        }));
        coverUrl.set(card.flatMap(Card::coverUrl).filter(u -> u.startsWith("https://") || u.startsWith("http://"))
                .orElse(""));
        cardTitle.set(s.playbackStatus() == PlaybackStatus.STOPPED && s.cardId().isEmpty() ? "Nothing playing"
                : card.map(Card::title).or(() -> s.cardId()).orElse("Nothing playing"));
        iconUrl.set(card.flatMap(c -> s.chapterKey().flatMap(key -> c.chapters().stream()
                .filter(ch -> ch.key().equals(key)).findFirst()))
                .flatMap(ch -> s.trackKey().flatMap(key -> ch.tracks().stream().filter(t -> t.key().equals(key))
                        .findFirst()).flatMap(com.yotosmartstream.client.model.Track::icon).or(ch::icon))
                .flatMap(household::iconUrl).orElse(""));
        story.update(card, s);
        String chapter = s.text(PlayerField.CHAPTER_TITLE).orElse("");
        String track = s.text(PlayerField.TRACK_TITLE).orElse("");
        chapterText.set(chapter.equals(track) || track.isEmpty() ? chapter : chapter + " · " + track);
        length.set(s.trackLengthSeconds().orElse(0.0));
        position.set(Math.min(length.get(), s.positionSeconds().orElse(0.0)));
        sleepTimerText.set(s.sleepTimerSeconds().map(t -> "sleep in " + Durations.clock(t)).orElse(""));
        nightlight.set(s.text(PlayerField.NIGHTLIGHT_MODE).filter(n -> !n.equals("off")).orElse(""));
        wifiText.set(s.integer(PlayerField.WIFI_STRENGTH).map(w -> "Wi-Fi " + w + " dBm").orElse(""));
        tick(clock.instant());
    }

    /** Moves the clock-driven parts on: the position between reports, "last heard", staleness. */
    public void tick(Instant now) {
        online.set(state.isOnline(now, household.states().silence()));
        if (wasOnline && !online.get()) {
            alerts.accept(new PlayerAlert(PlayerAlert.Kind.OFFLINE, deviceId(), name() + " is offline",
                    name() + " has gone quiet. It may be switched off, out of battery or out of Wi-Fi range."));
        }
        wasOnline = online.get();
        Optional<Instant> heard = state.lastHeard();
        lastHeard.set(heard.map(h -> "heard " + Durations.ago(Duration.between(h, now))).orElse("never heard from"));
        stale.set(heard.map(h -> Duration.between(h, now).compareTo(STALE_AFTER) > 0).orElse(false));
        double shown = state.positionSeconds().orElse(0.0);
        if (state.playbackStatus() == PlaybackStatus.PLAYING && online.get()) {
            Optional<Instant> at = state.reportedAt(PlayerField.POSITION);
            if (at.isPresent()) {
                shown += Math.max(0, Duration.between(at.get(), now).toMillis() / 1000.0);
            }
        }
        position.set(length.get() > 0 ? Math.min(shown, length.get()) : shown);
        timeText.set(length.get() > 0 ? Durations.clock(position.get()) + " / " + Durations.clock(length.get()) : "");
    }

    private void alertOnChange(PlayerState before, PlayerState after) {
        int was = before.batteryLevel().orElse(100);
        int is = after.batteryLevel().orElse(100);
        if (is < LOW_BATTERY && was >= LOW_BATTERY && !after.charging().orElse(false)) {
            alerts.accept(new PlayerAlert(PlayerAlert.Kind.LOW_BATTERY, deviceId(), name() + ": battery low",
                    name() + " is at " + is + " %. Put it on its charger."));
        }
        boolean timerWasOn = before.flag(PlayerField.SLEEP_TIMER_ACTIVE).orElse(false);
        boolean timerIsOn = after.flag(PlayerField.SLEEP_TIMER_ACTIVE).orElse(false);
        if (timerWasOn && !timerIsOn && after.sleepTimerSeconds().isEmpty()
                && after.integer(PlayerField.SLEEP_TIMER_SECONDS).orElse(0L) == 0) {
            alerts.accept(new PlayerAlert(PlayerAlert.Kind.SLEEP_TIMER_ENDED, deviceId(), name() + ": sleep timer ended",
                    name() + " has stopped for the night."));
        }
    }

    // ---- commands ----

    public CompletableFuture<CommandEnd> playPause() {
        return send(playback.get() == PlaybackStatus.PLAYING ? "Pause" : "Resume",
                playback.get() == PlaybackStatus.PLAYING ? Command.pause() : Command.resume());
    }

    public CompletableFuture<CommandEnd> stop() {
        return send("Stop", Command.stop());
    }

    public CompletableFuture<CommandEnd> nextChapter() {
        return skip(true);
    }

    public CompletableFuture<CommandEnd> previousChapter() {
        return skip(false);
    }

    /** Makes the playing track's left choice, as its left button would (a {@code card/start} at its goto). */
    public void chooseLeft() {
        choose(com.yotosmartstream.client.model.Track.Event.LEFT_BUTTON, story.leftProperty().get());
    }

    public void chooseRight() {
        choose(com.yotosmartstream.client.model.Track.Event.RIGHT_BUTTON, story.rightProperty().get());
    }

    private void choose(com.yotosmartstream.client.model.Track.Event button, String label) {
        story.start(button).ifPresentOrElse(start -> send(label, Command.start(start)),
                () -> refuse("No such choice here."));
    }

    /** A {@code card/start} at the neighbouring chapter's first track, by the keys the card holds. */
    private CompletableFuture<CommandEnd> skip(boolean forward) {
        String label = forward ? "Next chapter" : "Previous chapter";
        String none = forward ? "No next chapter." : "No previous chapter.";
        if (story.interactiveProperty().get()) {
            return refuse("This card is a story: choose with its Left and Right choices.");
        }
        Optional<String> cardId = state.cardId();
        if (cardId.isEmpty() || state.chapterKey().isEmpty()) {
            return refuse(none);
        }
        int number = ++sentCommands;
        report(CommandFeedback.PENDING, label + "\u2026");
        CompletableFuture<CommandEnd> end = new CompletableFuture<>();
        playing.neighbour(cardId.get(), () -> state, forward).whenComplete((start, error) -> {
            if (error != null || start.isEmpty()) {
                String text = error != null ? label + ": the card's chapters could not be read. "
                        + Optional.ofNullable(error.getMessage()).orElse("") : none;
                if (number == sentCommands) { // else another command was sent meanwhile
                    report(CommandFeedback.FAILED, text);
                }
                end.complete(new CommandEnd(CommandResult.FAIL, text));
            } else if (number != sentCommands) {
                end.complete(new CommandEnd(CommandResult.NOT_SENT, label + ": another command came first."));
            } else {
                send(label, Command.start(start.get())).whenComplete((result, failure) -> end.complete(result));
            }
        });
        return end;
    }

    /** Plays the current track from {@code seconds}. */
    public CompletableFuture<CommandEnd> seek(double seconds) {
        Optional<String> cardId = state.cardId();
        if (cardId.isEmpty() || state.chapterKey().isEmpty() || state.trackKey().isEmpty()) {
            return refuse("Nothing to seek in.");
        }
        int to = (int) Math.max(0, Math.round(seconds));
        return send("Seek to " + Durations.clock(to), Command.start(CardStart.of(cardId.get())
                .at(state.chapterKey().get(), state.trackKey().get()).secondsIn(to)));
    }

    /** Sets the volume as a percentage; the player snaps it to its steps and its maximum. */
    public CompletableFuture<CommandEnd> setVolume(int percent) {
        return send("Volume " + Volume.stepFor(percent) + "/16", Command.volume(percent));
    }

    public CompletableFuture<CommandEnd> setSleepTimer(Duration duration) {
        return send(duration.isZero() ? "Sleep timer off" : "Sleep in " + duration.toMinutes() + " min",
                Command.sleepTimer(duration));
    }

    public CompletableFuture<CommandEnd> setAmbientLight(int red, int green, int blue) {
        return send("Night-light colour", Command.ambientLight(red, green, blue));
    }

    public CompletableFuture<CommandEnd> playCard(String cardId) {
        lastCardId = cardId;
        String title = household.card(cardId).map(Card::title).orElse(cardId);
        return send("Play " + title, Command.start(CardStart.of(cardId)));
    }

    /**
     * Starts a card at one of its chapters: a {@code card/start} at the chapter's first track, by
     * the keys the whole card holds (ADR 0041, 0042); refused when the card has no such chapter.
     */
    public CompletableFuture<CommandEnd> playChapter(String cardId, String chapterKey) {
        lastCardId = cardId;
        String title = household.card(cardId).map(Card::title).orElse(cardId);
        CompletableFuture<CommandEnd> end = new CompletableFuture<>();
        household.wholeCardLater(cardId).whenComplete((card, error) -> ui.execute(() -> {
            Optional<com.yotosmartstream.client.model.Chapter> chapter = error != null ? Optional.empty()
                    : card.chapters().stream().filter(c -> c.key().equals(chapterKey)).findFirst();
            Optional<String> track = chapter.flatMap(c -> c.tracks().stream().findFirst())
                    .map(com.yotosmartstream.client.model.Track::key);
            if (chapter.isEmpty() || track.isEmpty()) {
                refuse("Play " + title + ": " + (error != null ? "the card could not be read." : "no such chapter."))
                        .thenAccept(end::complete);
            } else {
                send("Play " + title + ", " + chapter.get().title(), Command.start(CardStart.of(cardId)
                        .at(chapterKey, track.get()))).thenAccept(end::complete);
            }
        }));
        return end;
    }

    /** The card last asked for on this player, offered first the next time. */
    public Optional<String> lastCardId() {
        return Optional.ofNullable(lastCardId);
    }

    public CompletableFuture<CommandEnd> reboot() {
        return send("Restart", Command.reboot());
    }

    /** The cards this player can be asked to play. */
    public List<Card> playableCards() {
        return household.cards();
    }

    /**
     * Sends a command and shows where it is on the tile; the future completes (on {@code ui}) with
     * how it ended, in the tile's words, even when a newer command has taken the tile's line.
     */
    private CompletableFuture<CommandEnd> send(String label, Command command) {
        int number = ++sentCommands;
        report(CommandFeedback.PENDING, label + "…");
        CompletableFuture<CommandResult> result = household.send(deviceId(), command);
        CompletableFuture<CommandEnd> end = new CompletableFuture<>();
        result.whenComplete((r, e) -> ui.execute(() -> {
            CommandResult outcome = e == null ? r : CommandResult.NOT_SENT;
            String text = outcome == CommandResult.OK ? label + ": done" : label + ": " + outcome.describe(name());
            if (number == sentCommands) { // else a newer command is being reported
                report(outcome == CommandResult.OK ? CommandFeedback.CONFIRMED : CommandFeedback.FAILED, text);
            }
            end.complete(new CommandEnd(outcome, text));
        }));
        return end;
    }

    /** A command refused before it was sent: shown on the tile as failed. */
    private CompletableFuture<CommandEnd> refuse(String text) {
        report(CommandFeedback.FAILED, text);
        return CompletableFuture.completedFuture(new CommandEnd(CommandResult.FAIL, text));
    }

    private void report(CommandFeedback value, String text) {
        feedback.set(value);
        feedbackText.set(text);
    }

    private static String powerSource(PlayerState s) {
        return switch (s.integer(PlayerField.POWER_SOURCE).orElse(-1L).intValue()) {
            case 1 -> "Charging on the dock";
            case 2 -> "Charging by USB-C";
            case 3 -> "Charging wirelessly";
            default -> "Charging";
        };
    }

    public PlayerState state() {
        return state;
    }

    public BooleanProperty onlineProperty() {
        return online;
    }

    public BooleanProperty staleProperty() {
        return stale;
    }

    public StringProperty lastHeardProperty() {
        return lastHeard;
    }

    public IntegerProperty batteryProperty() {
        return battery;
    }

    public StringProperty batteryTextProperty() {
        return batteryText;
    }

    /** "On battery", "Charging on the dock"... */
    public StringProperty powerTextProperty() {
        return powerText;
    }

    public BooleanProperty chargingProperty() {
        return charging;
    }

    public IntegerProperty volumeStepProperty() {
        return volumeStep;
    }

    public IntegerProperty volumeMaxProperty() {
        return volumeMax;
    }

    public StringProperty volumeTextProperty() {
        return volumeText;
    }

    public ObjectProperty<PlaybackStatus> playbackProperty() {
        return playback;
    }

    public StringProperty cardTitleProperty() {
        return cardTitle;
    }

    /** The playing chapter's (or track's) 16x16 display icon address, empty when unknown. */
    public StringProperty iconUrlProperty() {
        return iconUrl;
    }

    /** The playing card's cover picture address, empty when there is none. */
    public StringProperty coverUrlProperty() {
        return coverUrl;
    }

    /** Whether the card answers the player's buttons (a story card): no next or previous chapter. */
    public BooleanProperty interactiveProperty() {
        return story.interactiveProperty();
    }

    /** "Left: The cave", or empty when the playing track's left button goes nowhere. */
    public StringProperty leftChoiceProperty() {
        return story.leftProperty();
    }

    public StringProperty rightChoiceProperty() {
        return story.rightProperty();
    }

    public StringProperty chapterTextProperty() {
        return chapterText;
    }

    public DoubleProperty positionProperty() {
        return position;
    }

    public DoubleProperty lengthProperty() {
        return length;
    }

    public StringProperty timeTextProperty() {
        return timeText;
    }

    public StringProperty sleepTimerTextProperty() {
        return sleepTimerText;
    }

    public StringProperty nightlightProperty() {
        return nightlight;
    }

    public StringProperty wifiTextProperty() {
        return wifiText;
    }

    public ObjectProperty<CommandFeedback> feedbackProperty() {
        return feedback;
    }

    public StringProperty feedbackTextProperty() {
        return feedbackText;
    }

    /** Why the last track did not play ("'Chapter 3' could not play: ..."); empty while things play. */
    public StringProperty problemTextProperty() {
        return problemText;
    }
}
