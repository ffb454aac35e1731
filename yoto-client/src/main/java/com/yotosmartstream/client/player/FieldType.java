package com.yotosmartstream.client.player;

import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;
import java.util.Optional;

/**
 * How a reported field is read from JSON. Players are loose about types (a boolean may come as
 * {@code 0}/{@code 1}, a number as a string), so each type accepts the spellings seen in the wild
 * and refuses the rest: a refused value never replaces a good one.
 */
enum FieldType {
    TEXT {
        @Override
        Optional<Object> read(JsonElement value) {
            return primitive(value).filter(p -> p.isString() || p.isNumber()).map(JsonPrimitive::getAsString);
        }
    },
    NUMBER {
        @Override
        Optional<Object> read(JsonElement value) {
            return primitive(value).flatMap(FieldType::number).filter(d -> !d.isNaN() && !d.isInfinite())
                    .map(d -> (Object) d);
        }
    },
    INTEGER {
        @Override
        Optional<Object> read(JsonElement value) {
            return primitive(value).flatMap(FieldType::number).filter(d -> d == Math.rint(d) && Math.abs(d) < 1e15)
                    .map(d -> (Object) d.longValue());
        }
    },
    BOOLEAN {
        @Override
        Optional<Object> read(JsonElement value) {
            return primitive(value).flatMap(p -> {
                if (p.isBoolean()) {
                    return Optional.of(p.getAsBoolean());
                }
                if (p.isNumber()) {
                    double d = p.getAsDouble();
                    return d == 0 || d == 1 ? Optional.of(d == 1) : Optional.empty();
                }
                String s = p.getAsString().strip().toLowerCase(java.util.Locale.ROOT);
                return switch (s) {
                    case "true", "1", "on" -> Optional.of(Boolean.TRUE);
                    case "false", "0", "off" -> Optional.of(Boolean.FALSE);
                    default -> Optional.empty();
                };
            });
        }
    };

    /** The value, or empty when the JSON cannot be this type (null counts as unreadable). */
    abstract Optional<Object> read(JsonElement value);

    private static Optional<JsonPrimitive> primitive(JsonElement value) {
        return value != null && value.isJsonPrimitive() ? Optional.of(value.getAsJsonPrimitive()) : Optional.empty();
    }

    private static Optional<Double> number(JsonPrimitive p) {
        if (p.isNumber()) {
            return Optional.of(p.getAsDouble());
        }
        if (p.isString()) {
            try {
                return Optional.of(Double.parseDouble(p.getAsString().strip()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
