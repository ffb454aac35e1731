package com.yotosmartstream.app.players;

import com.yotosmartstream.client.YotoException;
import com.yotosmartstream.client.model.Alarm;
import com.yotosmartstream.client.model.ConfigValues;
import com.yotosmartstream.client.model.PlayerCapabilities;
import com.yotosmartstream.client.model.PlayerConfig;
import com.yotosmartstream.core.task.BackgroundTask;
import com.yotosmartstream.core.task.TaskExecutor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One player's Settings dialog: its config read from Yoto ({@code GET /device-v2/{id}/config}),
 * edited as text and switches, checked ({@link ConfigValues}: a refused value names why) and
 * written back as only the keys the parent changed, applied onto the block read just before the
 * PUT, so a change made elsewhere in between is kept (ADR 0062). A refused or failed write says so
 * and keeps the edits. What is shown follows the player's family ({@link PlayerCapabilities}).
 */
public final class PlayerSettingsViewModel {

    /** How the view model reads and writes the player's config (the household's REST client). */
    public interface ConfigAccess {
        PlayerConfig read() throws YotoException, InterruptedException;

        /** Reads the block, applies {@code change}, PUTs the whole block; returns what was written. */
        PlayerConfig change(UnaryOperator<PlayerConfig> change) throws YotoException, InterruptedException;
    }

    /** Text fields: config key -> property. */
    private final Map<String, StringProperty> texts = new LinkedHashMap<>();
    /** On/off keys: config key -> property. */
    private final Map<String, BooleanProperty> flags = new LinkedHashMap<>();
    private final BooleanProperty dayAuto = new SimpleBooleanProperty();
    private final BooleanProperty nightAuto = new SimpleBooleanProperty();
    private final ObservableList<AlarmRow> alarms = FXCollections.observableArrayList();
    private final StringProperty problem = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("Reading the settings…");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final String name;
    private final PlayerCapabilities capabilities;
    private final ConfigAccess access;
    private final TaskExecutor executor;
    private final Consumer<PlayerConfig> written;
    private PlayerConfig read;
    private Map<String, String> cards = Map.of();

    /** @param written told of the block after each save (the tile's next alarm) */
    public PlayerSettingsViewModel(String name, PlayerCapabilities capabilities, ConfigAccess access,
            TaskExecutor executor, Consumer<PlayerConfig> written) {
        this.name = name;
        this.capabilities = capabilities;
        this.access = access;
        this.executor = executor;
        this.written = written;
        for (String key : List.of(PlayerConfig.DAY_TIME, PlayerConfig.NIGHT_TIME, PlayerConfig.MAX_VOLUME_LIMIT,
                PlayerConfig.NIGHT_MAX_VOLUME_LIMIT, PlayerConfig.DAY_DISPLAY_BRIGHTNESS,
                PlayerConfig.NIGHT_DISPLAY_BRIGHTNESS, PlayerConfig.AMBIENT_COLOUR, PlayerConfig.NIGHT_AMBIENT_COLOUR,
                PlayerConfig.HOUR_FORMAT, PlayerConfig.SHUTDOWN_TIMEOUT, PlayerConfig.DISPLAY_DIM_TIMEOUT)) {
            texts.put(key, new SimpleStringProperty(""));
        }
        for (String key : List.of(PlayerConfig.REPEAT_ALL, PlayerConfig.BLUETOOTH_ENABLED,
                PlayerConfig.BT_HEADPHONES_ENABLED, PlayerConfig.HEADPHONES_VOLUME_LIMITED)) {
            flags.put(key, new SimpleBooleanProperty());
        }
    }

    /** Reads the player's settings in the background. */
    public void load() {
        busy.set(true);
        executor.submit(BackgroundTask.of("Reading the settings of " + name, context -> access.read())
                .onSuccess(config -> {
                    busy.set(false);
                    show(config);
                    status.set("");
                })
                .onFailure(error -> {
                    busy.set(false);
                    status.set("");
                    problem.set("Could not read the settings of " + name + ": " + error.getMessage());
                }));
    }

    /**
     * Checks every field; if one is refused, says why and writes nothing. Otherwise writes the
     * changed keys in the background; {@code done} runs once the player's settings are saved.
     */
    public void save(Runnable done) {
        if (read == null || busy.get()) {
            return;
        }
        Optional<String> refused = check();
        if (refused.isPresent()) {
            problem.set(refused.get());
            return;
        }
        PlayerConfig before = read;
        PlayerConfig edited = edited();
        if (edited.equals(before)) {
            problem.set("");
            done.run();
            return;
        }
        problem.set("");
        busy.set(true);
        status.set("Saving…");
        executor.submit(BackgroundTask.of("Saving the settings of " + name, context -> {
            access.change(now -> now.withChangesBetween(before, edited));
            return access.read(); // what the player now reports
        }).onSuccess(config -> {
            busy.set(false);
            status.set("Saved.");
            show(config);
            written.accept(config);
            done.run();
        }).onFailure(error -> {
            busy.set(false);
            status.set("");
            problem.set("Yoto did not take the new settings: " + error.getMessage()
                    + " Your changes are still here: try again.");
        }));
    }

    /**
     * Why the settings as edited cannot be saved, if they cannot. Only what the parent changed is
     * checked: a value the player already holds is never a reason to refuse the rest.
     */
    public Optional<String> check() {
        List<Optional<String>> checks = new ArrayList<>();
        checks.add(changed(PlayerConfig.DAY_TIME, "Day starts", ConfigValues::timeProblem));
        checks.add(changed(PlayerConfig.NIGHT_TIME, "Night starts", ConfigValues::timeProblem));
        checks.add(changed(PlayerConfig.MAX_VOLUME_LIMIT, "Day volume limit", ConfigValues::volumeProblem));
        checks.add(changed(PlayerConfig.NIGHT_MAX_VOLUME_LIMIT, "Night volume limit", ConfigValues::volumeProblem));
        if (!dayAuto.get()) {
            checks.add(changed(PlayerConfig.DAY_DISPLAY_BRIGHTNESS, "Day brightness",
                    v -> ConfigValues.brightnessProblem(v, false)));
        }
        if (!nightAuto.get()) {
            checks.add(changed(PlayerConfig.NIGHT_DISPLAY_BRIGHTNESS, "Night brightness",
                    v -> ConfigValues.brightnessProblem(v, false)));
        }
        if (capabilities.ambientLight()) {
            checks.add(changed(PlayerConfig.AMBIENT_COLOUR, "Day light", ConfigValues::colourProblem));
            checks.add(changed(PlayerConfig.NIGHT_AMBIENT_COLOUR, "Night light", ConfigValues::colourProblem));
        }
        checks.add(changed(PlayerConfig.HOUR_FORMAT, "Clock", v -> v.equals("12") || v.equals("24") ? Optional.empty()
                : Optional.of("'" + v + "' is not a clock format (12 or 24)")));
        checks.add(changed(PlayerConfig.SHUTDOWN_TIMEOUT, "Switch off after", ConfigValues::secondsProblem));
        checks.add(changed(PlayerConfig.DISPLAY_DIM_TIMEOUT, "Dim the display after", ConfigValues::secondsProblem));
        alarms.stream().filter(AlarmRow::changed).forEach(alarm -> checks.add(alarm.problem()));
        return checks.stream().flatMap(Optional::stream).findFirst();
    }

    private Optional<String> changed(String key, String label, java.util.function.Function<String, Optional<String>> check) {
        String value = text(key);
        if (read == null || value.equals(read.get(key).orElse(""))) {
            return Optional.empty();
        }
        return check.apply(value).map(reason -> label + ": " + reason);
    }

    private String text(String key) {
        return texts.get(key).get() == null ? "" : texts.get(key).get().strip();
    }

    /** The block as read with every field as the dialog has it; untouched fields give back what was read. */
    private PlayerConfig edited() {
        PlayerConfig config = read;
        for (Map.Entry<String, StringProperty> field : texts.entrySet()) {
            String key = field.getKey();
            String value = text(key);
            if (key.equals(PlayerConfig.DAY_DISPLAY_BRIGHTNESS) && dayAuto.get()
                    || key.equals(PlayerConfig.NIGHT_DISPLAY_BRIGHTNESS) && nightAuto.get()) {
                value = PlayerConfig.AUTO;
            }
            if (!value.equals(read.get(key).orElse(""))) {
                config = config.with(key, value);
            }
        }
        for (Map.Entry<String, BooleanProperty> flag : flags.entrySet()) {
            if (!read.flag(flag.getKey()).equals(Optional.of(flag.getValue().get()))
                    && (read.flag(flag.getKey()).isPresent() || flag.getValue().get())) {
                config = config.withFlag(flag.getKey(), flag.getValue().get());
            }
        }
        return config.withAlarms(alarms.stream().map(AlarmRow::toAlarm).toList());
    }

    private void show(PlayerConfig config) {
        read = config;
        texts.forEach((key, property) -> property.set(config.get(key).orElse("")));
        dayAuto.set(PlayerConfig.AUTO.equals(texts.get(PlayerConfig.DAY_DISPLAY_BRIGHTNESS).get()));
        nightAuto.set(PlayerConfig.AUTO.equals(texts.get(PlayerConfig.NIGHT_DISPLAY_BRIGHTNESS).get()));
        if (dayAuto.get()) {
            texts.get(PlayerConfig.DAY_DISPLAY_BRIGHTNESS).set("100"); // the level the Yoto app writes when auto goes off (yoto_api client.py _BRIGHTNESS_WHEN_AUTO_OFF)
        }
        if (nightAuto.get()) {
            texts.get(PlayerConfig.NIGHT_DISPLAY_BRIGHTNESS).set("100");
        }
        flags.forEach((key, property) -> property.set(config.flag(key).orElse(false)));
        alarms.setAll(config.alarms().stream().map(AlarmRow::new).toList());
        loaded.set(true);
    }

    /** The cards an alarm can play: id -> title, in the order to offer them. */
    public Map<String, String> cards() {
        return cards;
    }

    public void setCards(Map<String, String> cards) {
        this.cards = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(cards));
    }

    /** Adds a new alarm (weekdays 07:00), returned for the view to select. */
    public AlarmRow addAlarm() {
        AlarmRow row = AlarmRow.fresh();
        alarms.add(row);
        return row;
    }

    public void deleteAlarm(AlarmRow row) {
        alarms.remove(row);
    }

    /** The dialog's title. */
    public String title() {
        return name + ": settings";
    }

    public PlayerCapabilities capabilities() {
        return capabilities;
    }

    /** "auto" brightness is there only for a player with a light sensor (a Player, 3rd gen). */
    public boolean autoBrightnessOffered() {
        return capabilities.lightSensor();
    }

    /** A text setting by its config key ({@link PlayerConfig} constants). */
    public StringProperty textProperty(String key) {
        StringProperty property = texts.get(key);
        if (property == null) {
            throw new IllegalArgumentException("Not a text setting: " + key);
        }
        return property;
    }

    /** An on/off setting by its config key. */
    public BooleanProperty flagProperty(String key) {
        BooleanProperty property = flags.get(key);
        if (property == null) {
            throw new IllegalArgumentException("Not an on/off setting: " + key);
        }
        return property;
    }

    public BooleanProperty dayAutoBrightnessProperty() {
        return dayAuto;
    }

    public BooleanProperty nightAutoBrightnessProperty() {
        return nightAuto;
    }

    public ObservableList<AlarmRow> alarms() {
        return alarms;
    }

    /** Why the settings were refused, or could not be read or saved; empty when all is well. */
    public StringProperty problemProperty() {
        return problem;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The alarms as they would be saved (for the tile's summary). */
    public List<Alarm> editedAlarms() {
        return alarms.stream().map(AlarmRow::toAlarm).toList();
    }
}
