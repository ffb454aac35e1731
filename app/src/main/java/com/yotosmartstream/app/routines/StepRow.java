package com.yotosmartstream.app.routines;

import com.yotosmartstream.client.model.Alarm;
import com.yotosmartstream.client.routine.RoutineStep;
import java.time.LocalTime;
import java.util.Optional;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One step as the routine editor edits it: its kind and up to three text values (what each means
 * depends on the kind: {@link Kind#first()}, {@link Kind#second()}), and a card. {@link #toStep()}
 * makes the {@link RoutineStep} or says why it cannot.
 */
public final class StepRow {

    /** The kinds of step, in the order the editor offers them, with what their fields mean. */
    public enum Kind {
        NIGHT_LIGHT("Night light", "Colour", null, false),
        VOLUME("Volume", "Step (0-16)", null, false),
        DAY_LIMIT("Day volume limit", "Step (0-16)", null, false),
        NIGHT_LIMIT("Night volume limit", "Step (0-16)", null, false),
        SLEEP_TIMER("Sleep timer", "Minutes", null, false),
        PLAY_CARD("Play a card", "Chapter key (optional)", null, true),
        DAY_AND_NIGHT("Day and night times", "Day starts", "Night starts", false),
        ALARM("Alarm", "Time", "Volume (0-16)", true);

        private final String label;
        private final String first;
        private final String second;
        private final boolean card;

        Kind(String label, String first, String second, boolean card) {
            this.label = label;
            this.first = first;
            this.second = second;
            this.card = card;
        }

        public String label() {
            return label;
        }

        /** What the first field holds. */
        public String first() {
            return first;
        }

        /** What the second field holds; null when the kind has none. */
        public String second() {
            return second;
        }

        /** Whether the kind plays a card (a card chooser is shown). */
        public boolean card() {
            return card;
        }

        /** Whether steps of this kind need the app running or live on the player. */
        public RoutineStep.Where where() {
            return this == DAY_LIMIT || this == NIGHT_LIMIT || this == DAY_AND_NIGHT || this == ALARM
                    ? RoutineStep.Where.PLAYER : RoutineStep.Where.APP;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** The days an alarm rings, as the editor offers them (Yoto keeps seven flags, Monday first). */
    public enum Days {
        EVERY_DAY("Every day", "1111111"), WEEKDAYS("Mon-Fri", "1111100"), WEEKENDS("Weekends", "0000011");

        private final String label;
        private final String flags;

        Days(String label, String flags) {
            this.label = label;
            this.flags = flags;
        }

        public String flags() {
            return flags;
        }

        static Days of(String flags) {
            for (Days days : values()) {
                if (days.flags.equals(flags)) {
                    return days;
                }
            }
            return EVERY_DAY;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private final Kind kind;
    private final StringProperty first = new SimpleStringProperty("");
    private final StringProperty second = new SimpleStringProperty("");
    private final StringProperty card = new SimpleStringProperty("");
    private final javafx.beans.property.ObjectProperty<Days> days =
            new javafx.beans.property.SimpleObjectProperty<>(Days.EVERY_DAY);
    private String cardTitle = "";

    /** A new step of {@code kind} with the values a parent most likely wants. */
    public StepRow(Kind kind) {
        this.kind = kind;
        switch (kind) {
            case NIGHT_LIGHT -> first.set("#ff8c00");
            case VOLUME -> first.set("5");
            case DAY_LIMIT -> first.set("12");
            case NIGHT_LIMIT -> first.set("8");
            case SLEEP_TIMER -> first.set("30");
            case DAY_AND_NIGHT -> {
                first.set("07:00");
                second.set("19:00");
            }
            case ALARM -> {
                first.set("07:00");
                second.set("6");
            }
            default -> { }
        }
    }

    /** The row of a saved step. */
    public static StepRow of(RoutineStep step) {
        StepRow row;
        if (step instanceof RoutineStep.NightLight s) {
            row = new StepRow(Kind.NIGHT_LIGHT);
            row.first.set(s.colour());
        } else if (step instanceof RoutineStep.SetVolume s) {
            row = new StepRow(Kind.VOLUME);
            row.first.set(Integer.toString(s.step()));
        } else if (step instanceof RoutineStep.VolumeLimit s) {
            row = new StepRow(s.night() ? Kind.NIGHT_LIMIT : Kind.DAY_LIMIT);
            row.first.set(Integer.toString(s.step()));
        } else if (step instanceof RoutineStep.SleepTimer s) {
            row = new StepRow(Kind.SLEEP_TIMER);
            row.first.set(Integer.toString(s.minutes()));
        } else if (step instanceof RoutineStep.PlayCard s) {
            row = new StepRow(Kind.PLAY_CARD);
            row.first.set(s.chapterKey().orElse(""));
            row.card.set(s.cardId());
            row.cardTitle = s.title();
        } else if (step instanceof RoutineStep.DayAndNight s) {
            row = new StepRow(Kind.DAY_AND_NIGHT);
            row.first.set(hhmm(s.dayStarts()));
            row.second.set(hhmm(s.nightStarts()));
        } else {
            RoutineStep.WakeAlarm s = (RoutineStep.WakeAlarm) step;
            row = new StepRow(Kind.ALARM);
            row.first.set(hhmm(s.time()));
            row.second.set(Integer.toString(s.volume()));
            row.card.set(s.cardId());
            row.days.set(Days.of(s.days()));
        }
        return row;
    }

    /**
     * The step as edited, or why it cannot be one (a time like 25:00, a volume above 16, a colour
     * that is not one).
     *
     * @param cardTitles id -> title, to name a chosen card
     */
    public Result toStep(java.util.Map<String, String> cardTitles) {
        String a = text(first);
        String b = text(second);
        try {
            RoutineStep step = switch (kind) {
                case NIGHT_LIGHT -> new RoutineStep.NightLight(a);
                case VOLUME -> new RoutineStep.SetVolume(number(a, "Volume"));
                case DAY_LIMIT -> new RoutineStep.VolumeLimit(false, number(a, "Day volume limit"));
                case NIGHT_LIMIT -> new RoutineStep.VolumeLimit(true, number(a, "Night volume limit"));
                case SLEEP_TIMER -> new RoutineStep.SleepTimer(number(a, "Sleep timer"));
                case PLAY_CARD -> new RoutineStep.PlayCard(text(card), cardTitles.getOrDefault(text(card), cardTitle),
                        a.isEmpty() ? Optional.empty() : Optional.of(a));
                case DAY_AND_NIGHT -> new RoutineStep.DayAndNight(time(a, "Day starts"), time(b, "Night starts"));
                case ALARM -> new RoutineStep.WakeAlarm(days.get().flags(), time(a, "Alarm"), text(card),
                        number(b, "Alarm volume"));
            };
            return step.problem().map(Result::refused).orElse(new Result(Optional.of(step), Optional.empty()));
        } catch (IllegalArgumentException e) {
            return Result.refused(e.getMessage());
        }
    }

    /** A step, or why not. */
    public record Result(Optional<RoutineStep> step, Optional<String> problem) {
        static Result refused(String why) {
            return new Result(Optional.empty(), Optional.of(why));
        }
    }

    private static int number(String text, String what) {
        if (!text.matches("\\d{1,5}")) {
            throw new IllegalArgumentException(what + ": '" + text + "' is not a number");
        }
        return Integer.parseInt(text);
    }

    private static LocalTime time(String text, String what) {
        return Alarm.parseTime(text).filter(t -> text.contains(":")).orElseThrow(() -> new IllegalArgumentException(
                what + ": '" + text + "' is not a time of day (00:00 to 23:59)"));
    }

    private static String text(StringProperty property) {
        return property.get() == null ? "" : property.get().strip();
    }

    private static String hhmm(LocalTime time) {
        return String.format(java.util.Locale.ROOT, "%02d:%02d", time.getHour(), time.getMinute());
    }

    public Kind kind() {
        return kind;
    }

    public StringProperty firstProperty() {
        return first;
    }

    public StringProperty secondProperty() {
        return second;
    }

    /** The chosen card's id. */
    public StringProperty cardProperty() {
        return card;
    }

    public javafx.beans.property.ObjectProperty<Days> daysProperty() {
        return days;
    }
}
