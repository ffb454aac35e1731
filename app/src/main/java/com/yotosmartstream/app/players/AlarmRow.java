package com.yotosmartstream.app.players;

import com.yotosmartstream.client.model.Alarm;
import com.yotosmartstream.client.model.ConfigValues;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One alarm being edited: its fields as properties over the {@link Alarm} it was read as, so an
 * alarm goes back exactly as it came unless one of its fields was changed.
 */
public final class AlarmRow {

    /** Day names, Monday first, as the days flags are (see {@link Alarm}). */
    public static final List<String> DAY_NAMES = List.of("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun");

    private final Alarm original;
    private final List<BooleanProperty> days = new ArrayList<>();
    private final StringProperty time = new SimpleStringProperty();
    private final StringProperty sound = new SimpleStringProperty();
    private final StringProperty volume = new SimpleStringProperty();
    private final BooleanProperty enabled = new SimpleBooleanProperty();
    private final List<String> initial;

    AlarmRow(Alarm original) {
        this.original = original;
        String flags = original.days();
        for (int i = 0; i < 7; i++) {
            days.add(new SimpleBooleanProperty(flags.length() == 7 && flags.charAt(i) == '1'));
        }
        time.set(timeText(original));
        sound.set(original.sound());
        volume.set(original.volume().map(String::valueOf).orElse(""));
        enabled.set(original.enabled());
        initial = fields();
    }

    /** A new alarm: weekdays at 07:00, volume 8, on. */
    static AlarmRow fresh() {
        return new AlarmRow(Alarm.of("1111100", LocalTime.of(7, 0), "", 8, true));
    }

    /** Why this alarm cannot be saved, if it cannot. */
    public Optional<String> problem() {
        Optional<String> why = ConfigValues.daysProblem(daysText())
                .or(() -> ConfigValues.timeProblem(time.get()))
                .or(() -> ConfigValues.volumeProblem(volume.get()));
        return why.map(reason -> "Alarm " + (time.get().isBlank() ? "" : time.get() + " ") + ": " + reason);
    }

    /** Whether any field differs from the alarm as read. */
    public boolean changed() {
        return !fields().equals(initial);
    }

    /** The alarm as edited: the one read if nothing changed, else it with only the changed fields set. */
    Alarm toAlarm() {
        if (!changed()) {
            return original;
        }
        Alarm alarm = original;
        if (!daysText().equals(initial.get(0))) {
            alarm = alarm.withDays(daysText());
        }
        if (!time.get().strip().equals(initial.get(1))) {
            alarm = alarm.withTime(Alarm.parseTime(time.get()).orElseThrow());
        }
        if (!sound.get().strip().equals(initial.get(2))) {
            alarm = alarm.withSound(sound.get().strip());
        }
        if (!volume.get().strip().equals(initial.get(3))) {
            alarm = alarm.withVolume(Integer.parseInt(volume.get().strip()));
        }
        return enabled.get() == original.enabled() ? alarm : alarm.withEnabled(enabled.get());
    }

    private List<String> fields() {
        return List.of(daysText(), time.get().strip(), sound.get().strip(), volume.get().strip(),
                Boolean.toString(enabled.get()));
    }

    private static String timeText(Alarm alarm) {
        return alarm.time().map(t -> String.format("%02d:%02d", t.getHour(), t.getMinute())).orElse("");
    }

    private String daysText() {
        StringBuilder flags = new StringBuilder();
        days.forEach(day -> flags.append(day.get() ? '1' : '0'));
        return flags.toString();
    }

    /** "07:00 weekdays · Wake-up songs · volume 8", "(off)" when switched off: the list's line (cards: id -> title). */
    public String summary(java.util.Map<String, String> cards) {
        String d = daysText();
        String when = switch (d) {
            case "1111111" -> "every day";
            case "1111100" -> "weekdays";
            case "0000011" -> "weekends";
            default -> {
                List<String> names = new ArrayList<>();
                for (int i = 0; i < 7; i++) {
                    if (d.charAt(i) == '1') {
                        names.add(DAY_NAMES.get(i));
                    }
                }
                yield names.isEmpty() ? "no day" : String.join(" ", names);
            }
        };
        return time.get() + " " + when + (sound.get().isBlank() ? "" : " · " + cards.getOrDefault(sound.get(), sound.get())) + " · volume "
                + volume.get() + (enabled.get() ? "" : " (off)");
    }

    public BooleanProperty dayProperty(int index) {
        return days.get(index);
    }

    public StringProperty timeProperty() {
        return time;
    }

    /** The card (its id) or sound the alarm plays. */
    public StringProperty soundProperty() {
        return sound;
    }

    public StringProperty volumeProperty() {
        return volume;
    }

    public BooleanProperty enabledProperty() {
        return enabled;
    }
}
