package com.yotosmartstream.core.storage;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A typed setting: its key, its default and how its value is written as text. A stored value
 * that does not parse or is out of range reads as the default (and is left in place, untouched).
 *
 * @param <T> the value's type
 */
public final class Setting<T> {

    private final String key;
    private final T defaultValue;
    private final Function<String, Optional<T>> parser;
    private final Function<T, String> formatter;

    private Setting(String key, T defaultValue, Function<String, Optional<T>> parser, Function<T, String> formatter) {
        if (!key.matches("[a-z][a-zA-Z0-9]*(\\.[a-z][a-zA-Z0-9]*)*")) {
            throw new IllegalArgumentException("Setting keys are dotted camelCase words: " + key);
        }
        this.key = key;
        this.defaultValue = Objects.requireNonNull(defaultValue, "defaultValue");
        this.parser = parser;
        this.formatter = formatter;
    }

    public static Setting<String> ofString(String key, String defaultValue) {
        return new Setting<>(key, defaultValue, Optional::of, value -> value);
    }

    public static Setting<Boolean> ofBoolean(String key, boolean defaultValue) {
        return new Setting<>(key, defaultValue, text -> switch (text) {
            case "true" -> Optional.of(Boolean.TRUE);
            case "false" -> Optional.of(Boolean.FALSE);
            default -> Optional.empty();
        }, String::valueOf);
    }

    public static Setting<Integer> ofInt(String key, int defaultValue, int min, int max) {
        if (defaultValue < min || defaultValue > max) {
            throw new IllegalArgumentException("Default " + defaultValue + " of " + key + " is outside " + min + ".." + max);
        }
        return new Setting<>(key, defaultValue, text -> {
            try {
                int value = Integer.parseInt(text.strip());
                return value >= min && value <= max ? Optional.of(value) : Optional.empty();
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }, String::valueOf);
    }

    public static Setting<Double> ofDouble(String key, double defaultValue) {
        return new Setting<>(key, defaultValue, text -> {
            try {
                double value = Double.parseDouble(text.strip());
                return Double.isFinite(value) ? Optional.of(value) : Optional.empty();
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }, String::valueOf);
    }

    public static <E extends Enum<E>> Setting<E> ofEnum(String key, Class<E> type, E defaultValue) {
        return new Setting<>(key, defaultValue, text -> {
            try {
                return Optional.of(Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }, value -> value.name().toLowerCase(Locale.ROOT));
    }

    public String key() {
        return key;
    }

    public T defaultValue() {
        return defaultValue;
    }

    /** The stored text as a value, or empty when it is not a valid value of this setting. */
    public Optional<T> parse(String text) {
        return parser.apply(text);
    }

    public String format(T value) {
        String text = formatter.apply(Objects.requireNonNull(value, "value"));
        if (parse(text).isEmpty()) {
            throw new IllegalArgumentException("'" + text + "' is not a valid value for " + key);
        }
        return text;
    }

    @Override
    public String toString() {
        return key;
    }
}
