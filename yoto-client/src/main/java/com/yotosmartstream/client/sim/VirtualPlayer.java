package com.yotosmartstream.client.sim;

import static com.yotosmartstream.client.sim.CommandBodies.chapter;
import static com.yotosmartstream.client.sim.CommandBodies.intField;
import static com.yotosmartstream.client.sim.CommandBodies.optionalText;
import static com.yotosmartstream.client.sim.CommandBodies.track;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.yotosmartstream.client.model.Card;
import com.yotosmartstream.client.model.Chapter;
import com.yotosmartstream.client.model.Track;
import com.yotosmartstream.client.mqtt.CardStart;
import com.yotosmartstream.client.mqtt.Topics;
import com.yotosmartstream.client.mqtt.Volume;
import com.yotosmartstream.client.player.PlaybackStatus;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A simulated Yoto player. It takes commands from its topics and answers on {@code response};
 * publishes partial events deltas (only while events were requested in the last 5 minutes, like
 * real players) and statuses, each as real firmware does ({@link PlayerWire}); plays cards by loading
 * each track as a real player would (a track that cannot play stops the player); follows
 * interactive cards' {@code onLhb}/{@code onRhb}/{@code onEnd}; drains and charges its battery;
 * honours the sleep timer and the volume limit. Time moves only through {@link #advance}.
 */
public final class VirtualPlayer {

    private static final Logger LOG = LoggerFactory.getLogger(VirtualPlayer.class);
    static final Duration EVENTS_LAPSE = Duration.ofMinutes(5);
    static final Duration STATUS_EVERY = Duration.ofMinutes(5);
    static final Duration POSITION_EVERY = Duration.ofSeconds(5);

    /** How the player sends messages (the simulated broker). */
    @FunctionalInterface
    public interface Publisher {
        void publish(String topic, byte[] payload);
    }

    private final String deviceId;
    private final Clock clock;
    private final PlayerWire wire;
    private final Function<String, Optional<Card>> cards;
    private final TrackLoader loader;

    private boolean poweredOn = true;
    private Instant eventsRequestedAt;
    private double sinceStatus;
    private double sincePosition;

    private Card card;
    private Chapter chapter;
    private Track track;
    private PlaybackStatus playback = PlaybackStatus.STOPPED;
    private double position;
    private double trackLength;
    private Integer cutOff;
    private long loadGeneration;
    private String lastProblem;

    private int volumeStep = 8;
    /** A status's {@code volume} in %: how it follows the steps is not captured, so it is set, not derived. */
    private int systemVolume = 55;
    private double upSeconds;
    private int volumeMax = Volume.MAX_STEP;
    private final SleepTimer sleepTimer = new SleepTimer();
    private final Battery battery = new Battery();
    private String nightlight = "0x194a55";
    private boolean bluetooth;
    private final List<String> commandsReceived = new ArrayList<>();
    private PlayerSchedule schedule;
    private final ScheduleHook obey = new ScheduleHook();
    private boolean day = true;
    private String displayBrightness = "";
    private final List<String> alarmsRung = new ArrayList<>();

    VirtualPlayer(String deviceId, PlayerModel model, Clock clock, Publisher out, Function<String, Optional<Card>> cards,
            TrackLoader loader, ScheduledExecutorService scheduler) {
        this.deviceId = deviceId;
        this.clock = clock;
        this.wire = new PlayerWire(deviceId, model, clock, out, scheduler);
        this.cards = cards;
        this.loader = loader;
    }

    public String deviceId() {
        return deviceId;
    }

    public PlayerModel model() {
        return wire.model();
    }

    // ---- what a person does to the player ----

    /** Presses the left hardware button. */
    public void pressLeft() {
        button(Track.Event.LEFT_BUTTON);
    }

    /** Presses the right hardware button. */
    public void pressRight() {
        button(Track.Event.RIGHT_BUTTON);
    }

    /** Lets the current track run to its end. */
    public synchronized void finishTrack() {
        if (playback == PlaybackStatus.PLAYING) {
            position = trackLength;
            trackEnded();
        }
    }

    public synchronized void setCharging(boolean charging) {
        battery.charging(charging);
        publishStatus();
    }

    public synchronized void setBattery(int percent) {
        battery.set(percent);
        publishStatus();
    }

    /** The system volume in % that statuses report (a player setting; see {@link #systemVolume}). */
    public synchronized void setSystemVolume(int percent) {
        systemVolume = Math.max(0, Math.min(100, percent));
        publishStatus();
    }

    /** The volume limit in 0-16 steps (the parents' maximum volume setting). */
    public synchronized void setVolumeLimit(int maxStep) {
        volumeMax = Math.max(0, Math.min(Volume.MAX_STEP, maxStep));
        if (volumeStep > volumeMax) {
            volumeStep = volumeMax;
        }
        JsonObject delta = new JsonObject();
        delta.addProperty("volume", volumeStep);
        delta.addProperty("volumeMax", volumeMax);
        emit(delta);
    }

    /**
     * Switches the player off (the long legacy status with {@code shutDown: "userShutdown"}, as
     * captured, then an offline presence) or on again (online, then its start-up statuses).
     */
    public synchronized void setPoweredOn(boolean on) {
        if (on == poweredOn) {
            return;
        }
        if (!on) {
            switchOff("userShutdown");
            return;
        }
        poweredOn = on;
        publishPresence();
        if (on) {
            upSeconds = 0;
            sinceStatus = 0;
            wire.started(facts());
        }
    }

    /** Switches off, the long status naming {@code reason}, then an offline presence. */
    private void switchOff(String reason) {
        stopPlayback(null);
        eventsRequestedAt = null;
        wire.shuttingDown(facts(), reason);
        poweredOn = false;
        publishPresence();
    }

    /**
     * From now on the player obeys the config the cloud keeps for it ({@link PlayerSchedule}), its
     * times read in {@code zone}.
     */
    synchronized void followConfig(java.util.function.Supplier<Optional<JsonObject>> config, java.time.ZoneId zone) {
        schedule = new PlayerSchedule(config, zone);
    }

    // ---- observation, for tests and demo ----

    /** Whether day mode holds (the status's {@code day}). */
    public synchronized boolean dayMode() {
        return day;
    }

    /** The display brightness of the current mode, as the config gives it ("auto" or "0".."100"). */
    public synchronized String displayBrightness() {
        return displayBrightness;
    }

    /** The night light's colour as a status names it ("0x194a55", "off"). */
    public synchronized String nightlight() {
        return wire.model().ambientLight() ? nightlight : "off";
    }

    /** The sounds (card ids) of the alarms that rang, in order. */
    public synchronized List<String> alarmsRung() {
        return List.copyOf(alarmsRung);
    }

    public synchronized boolean poweredOn() {
        return poweredOn;
    }

    public synchronized PlaybackStatus playback() {
        return playback;
    }

    public synchronized Optional<String> chapterKey() {
        return Optional.ofNullable(chapter).map(Chapter::key);
    }

    public synchronized Optional<String> trackKey() {
        return Optional.ofNullable(track).map(Track::key);
    }

    public synchronized double positionSeconds() {
        return position;
    }

    public synchronized double trackLengthSeconds() {
        return trackLength;
    }

    public synchronized int volumeStep() {
        return volumeStep;
    }

    public synchronized int batteryLevel() {
        return battery.percent();
    }

    public synchronized boolean eventsActive() {
        return poweredOn && eventsRequestedAt != null
                && Duration.between(eventsRequestedAt, clock.instant()).compareTo(EVENTS_LAPSE) < 0;
    }

    /** Why the last track would not play, if it would not. */
    public synchronized Optional<String> lastProblem() {
        return Optional.ofNullable(lastProblem);
    }

    public synchronized List<String> commandsReceived() {
        return List.copyOf(commandsReceived);
    }

    /** How many status requests went unanswered because another came before the answer. */
    public int statusRepliesLost() {
        return wire.statusRepliesLost();
    }

    // ---- commands ----

    /** A message on one of the player's command topics. */
    synchronized void command(String topic, byte[] payload) {
        Optional<String> name = Topics.commandName(deviceId, topic);
        if (name.isEmpty() || !poweredOn) {
            return;
        }
        String command = name.get();
        commandsReceived.add(command);
        if (schedule != null) {
            schedule.touched();
        }
        String text = new String(payload, StandardCharsets.UTF_8);
        // a body that is not JSON is taken as no body: the Mini answered OK to an events/request
        // whose body was the text "interactive-<ms>" (captured)
        JsonObject body;
        try {
            JsonElement parsed = text.strip().startsWith("{") ? JsonParser.parseString(text) : new JsonObject();
            body = parsed.isJsonObject() ? parsed.getAsJsonObject() : null;
        } catch (JsonParseException e) {
            body = null;
        }
        boolean ok = body != null && run(command, body);
        wire.reply(command, ok, text);
    }

    private boolean run(String command, JsonObject body) {
        switch (command) {
            case "events/request" -> {
                eventsRequestedAt = clock.instant();
                emit(fullEvents());
                return true;
            }
            case "status/request" -> {
                wire.statusRequested(this::facts);
                return true;
            }
            case "volume/set" -> {
                return intField(body, "volume", 0, 100).map(percent -> {
                    volumeStep = Math.min(Volume.stepFor(percent), volumeMax);
                    JsonObject delta = new JsonObject();
                    delta.addProperty("volume", volumeStep);
                    delta.addProperty("volumeMax", volumeMax);
                    emit(delta);
                    return true;
                }).orElse(false);
            }
            case "ambients/set" -> {
                return ambient(body);
            }
            case "sleep-timer/set" -> {
                return intField(body, "seconds", 0, 24 * 3600).map(seconds -> {
                    emit(sleepTimer.set(seconds));
                    return true;
                }).orElse(false);
            }
            case "card/start" -> {
                return start(body);
            }
            case "card/stop" -> {
                stopPlayback(null);
                return true;
            }
            case "card/pause" -> {
                return setPlayback(PlaybackStatus.PLAYING, PlaybackStatus.PAUSED);
            }
            case "card/resume" -> {
                return setPlayback(PlaybackStatus.PAUSED, PlaybackStatus.PLAYING);
            }
            case "bluetooth/on", "bluetooth/off" -> {
                bluetooth = command.endsWith("on");
                return true;
            }
            case "display/preview" -> {
                return body.has("uri");
            }
            case "reboot" -> {
                stopPlayback(null);
                eventsRequestedAt = null;
                wire.presence(false);
                wire.presence(true);
                upSeconds = 0;
                wire.started(facts());
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    private boolean ambient(JsonObject body) {
        if (!wire.model().ambientLight()) {
            return false;
        }
        Optional<Integer> r = intField(body, "r", 0, 255);
        Optional<Integer> g = intField(body, "g", 0, 255);
        Optional<Integer> b = intField(body, "b", 0, 255);
        if (r.isEmpty() || g.isEmpty() || b.isEmpty()) {
            return false;
        }
        nightlight = String.format(Locale.ROOT, "0x%02x%02x%02x", r.get(), g.get(), b.get());
        wire.legacyChanged(facts());
        return true;
    }

    private boolean start(JsonObject body) {
        JsonElement uri = body.get("uri");
        Optional<String> cardId = uri != null && uri.isJsonPrimitive() ? CardStart.cardIdOf(uri.getAsString())
                : Optional.empty();
        Optional<Card> found = cardId.flatMap(cards);
        if (found.isEmpty() || found.get().chapters().isEmpty()) {
            return false;
        }
        Card next = found.get();
        Chapter startChapter = optionalText(body, "chapterKey").map(k -> chapter(next, k))
                .orElse(Optional.of(next.chapters().get(0))).orElse(null);
        if (startChapter == null || startChapter.tracks().isEmpty()) {
            return false;
        }
        Track startTrack = optionalText(body, "trackKey").map(k -> track(startChapter, k))
                .orElse(Optional.of(startChapter.tracks().get(0))).orElse(null);
        if (startTrack == null) {
            return false;
        }
        card = next;
        cutOff = intField(body, "cutOff", 1, Integer.MAX_VALUE).orElse(null);
        int secondsIn = intField(body, "secondsIn", 0, Integer.MAX_VALUE).orElse(0);
        play(startChapter, startTrack, secondsIn);
        return true;
    }

    private boolean setPlayback(PlaybackStatus from, PlaybackStatus to) {
        if (playback != from) {
            return false;
        }
        playback = to;
        JsonObject delta = new JsonObject();
        delta.addProperty("playbackStatus", to.wireName());
        delta.addProperty("position", Math.floor(position));
        emit(delta);
        return true;
    }

    // ---- playback ----

    private void play(Chapter nextChapter, Track nextTrack, int secondsIn) {
        chapter = nextChapter;
        track = nextTrack;
        playback = PlaybackStatus.LOADING;
        position = secondsIn;
        trackLength = nextTrack.durationSeconds().orElse(0.0);
        lastProblem = null;
        long generation = ++loadGeneration;
        JsonObject delta = new JsonObject();
        delta.addProperty("cardId", card.cardId().orElse("none"));
        delta.addProperty("chapterKey", nextChapter.key());
        delta.addProperty("chapterTitle", nextChapter.title());
        delta.addProperty("trackKey", nextTrack.key());
        delta.addProperty("trackTitle", nextTrack.title());
        delta.addProperty("playbackStatus", playback.wireName());
        delta.addProperty("position", secondsIn);
        delta.addProperty("source", "MQTT");
        delta.addProperty("streaming", "stream".equals(nextTrack.type()));
        emit(delta);
        loader.load(nextTrack).whenComplete((duration, error) -> loaded(generation, duration, error));
    }

    private synchronized void loaded(long generation, Duration duration, Throwable error) {
        if (generation != loadGeneration || playback != PlaybackStatus.LOADING) {
            return;
        }
        if (error != null) {
            Throwable cause = error.getCause() != null ? error.getCause() : error;
            stopPlayback("'" + track.title() + "' could not play: " + cause.getMessage() + ".");
            LOG.info("Simulated player {} stopped: {}", deviceId, lastProblem);
            return;
        }
        trackLength = duration.toMillis() / 1000.0;
        if (position >= trackLength) {
            position = 0;
        }
        playback = PlaybackStatus.PLAYING;
        JsonObject delta = new JsonObject();
        delta.addProperty("playbackStatus", playback.wireName());
        delta.addProperty("trackLength", Math.round(trackLength));
        delta.addProperty("position", Math.floor(position));
        emit(delta);
    }

    private void stopPlayback(String problem) {
        loadGeneration++;
        boolean wasActive = playback != PlaybackStatus.STOPPED;
        playback = PlaybackStatus.STOPPED;
        lastProblem = problem;
        if (wasActive || problem != null) {
            JsonObject delta = new JsonObject();
            delta.addProperty("playbackStatus", playback.wireName());
            delta.addProperty("position", Math.floor(position));
            emit(delta);
        }
    }

    private synchronized void button(Track.Event event) {
        if (!poweredOn || card == null || track == null || playback == PlaybackStatus.STOPPED) {
            return;
        }
        follow(event);
    }

    private void trackEnded() {
        follow(Track.Event.END);
    }

    /** What the card says to do for an event ({@link CardNavigation}). */
    private void follow(Track.Event event) {
        CardNavigation.after(card, chapter, track, event).ifPresent(step -> {
            if (!step.plays()) {
                stopPlayback(step.problem());
                return;
            }
            if (card.isInteractive()) {
                cutOff = null;
            }
            play(step.chapter(), step.track(), 0);
        });
    }

    // ---- time ----

    /** Moves the player's own time on (position, sleep timer, battery, periodic status). */
    synchronized void advance(Duration elapsed) {
        if (!poweredOn) {
            return;
        }
        double remaining = elapsed.toNanos() / 1e9;
        while (remaining > 0 && poweredOn) {
            double step = Math.min(remaining, 1.0);
            remaining -= step;
            tick(step);
        }
    }

    private void tick(double seconds) {
        if (schedule != null) {
            schedule.tick(clock.instant(), seconds, obey);
            if (!poweredOn) {
                return;
            }
        }
        if (battery.tick(seconds, playback == PlaybackStatus.PLAYING)) {
            LOG.info("Simulated player {} ran out of battery", deviceId);
            setPoweredOn(false);
        }
        upSeconds += seconds;
        sinceStatus += seconds;
        if (sinceStatus >= STATUS_EVERY.toSeconds()) {
            sinceStatus = 0;
            wire.periodic(facts());
        }
        sleepTimer.tick(seconds).ifPresent(delta -> {
            emit(delta);
            if (playback == PlaybackStatus.PLAYING) {
                setPlayback(PlaybackStatus.PLAYING, PlaybackStatus.PAUSED);
            }
        });
        if (playback != PlaybackStatus.PLAYING) {
            return;
        }
        position = Math.min(trackLength, position + seconds);
        if (cutOff != null && position >= cutOff) {
            cutOff = null;
            stopPlayback(null);
            return;
        }
        if (position >= trackLength) {
            trackEnded();
            return;
        }
        sincePosition += seconds;
        if (sincePosition >= POSITION_EVERY.toSeconds()) {
            sincePosition = 0;
            JsonObject delta = new JsonObject();
            delta.addProperty("position", Math.floor(position));
            if (sleepTimer.active()) {
                delta.addProperty("sleepTimerSeconds", sleepTimer.remaining());
            }
            emit(delta);
        }
    }

    // ---- messages ----

    void publishPresence() {
        wire.presence(poweredOn);
    }

    /** A change a status carries (battery, charging, system volume), pushed as a status. */
    private void publishStatus() {
        if (poweredOn) {
            sinceStatus = 0;
            wire.changed(facts());
        }
    }

    private synchronized PlayerWire.StatusFacts facts() {
        boolean active = card != null && playback != PlaybackStatus.STOPPED;
        return new PlayerWire.StatusFacts(battery.percent(), battery.charging(),
                active ? card.cardId().orElse("none") : "none", active ? 2 : 0,
                playback == PlaybackStatus.PLAYING ? 1 : 0, volumeStep, systemVolume, nightlight, (long) upSeconds, day);
    }

    private JsonObject fullEvents() {
        JsonObject events = new JsonObject();
        events.addProperty("cardId", card == null ? "none" : card.cardId().orElse("none"));
        if (chapter != null) {
            events.addProperty("chapterKey", chapter.key());
            events.addProperty("chapterTitle", chapter.title());
        }
        if (track != null) {
            events.addProperty("trackKey", track.key());
            events.addProperty("trackTitle", track.title());
            events.addProperty("trackLength", Math.round(trackLength));
        }
        events.addProperty("position", Math.floor(position));
        events.addProperty("playbackStatus", playback.wireName());
        events.addProperty("repeatAll", false);
        events.addProperty("streaming", track != null && "stream".equals(track.type()));
        events.addProperty("volume", volumeStep);
        events.addProperty("volumeMax", volumeMax);
        events.addProperty("sleepTimerActive", sleepTimer.active());
        events.addProperty("sleepTimerSeconds", sleepTimer.remaining());
        events.addProperty("playbackWait", false);
        return events;
    }

    /** Publishes an events delta, if events are flowing. */
    private void emit(JsonObject delta) {
        if (eventsActive()) {
            wire.events(delta);
        }
    }

    /** What {@link PlayerSchedule} does to this player (called on its time, with the player's lock held). */
    private final class ScheduleHook implements PlayerSchedule.Player {

        @Override
        public void limitVolume(int maxStep) {
            setVolumeLimit(maxStep);
        }

        @Override
        public void nightLight(String colour, boolean isDay, String brightness) {
            day = isDay;
            displayBrightness = brightness;
            if (wire.model().ambientLight()) {
                nightlight = colour;
            }
            wire.legacyChanged(facts());
        }

        @Override
        public void alarm(String sound, Optional<Integer> volume) {
            alarmsRung.add(sound);
            volume.ifPresent(step -> volumeStep = Math.max(0, Math.min(step, volumeMax)));
            JsonObject body = new JsonObject();
            body.addProperty("uri", "https://yoto.io/" + sound);
            if (sound.isEmpty() || !start(body)) {
                LOG.info("Simulated player {}: alarm rang with sound '{}' (no card of that id)", deviceId, sound);
            }
        }

        @Override
        public boolean playing() {
            return playback == PlaybackStatus.PLAYING || playback == PlaybackStatus.LOADING;
        }

        @Override
        public void switchOffIdle() {
            LOG.info("Simulated player {} switched itself off after its shutdown timeout", deviceId);
            switchOff(IDLE_SHUTDOWN_REASON);
        }
    }

    /**
     * The {@code shutDown} reason a player names when its shutdown timeout switches it off: not
     * captured (only {@code userShutdown} is), so the captured one is sent.
     */
    static final String IDLE_SHUTDOWN_REASON = "userShutdown";
}
