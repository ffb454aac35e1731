package com.yotosmartstream.client.routine;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A routine as this app keeps it (its own format, not Yoto's): {@code {"name", "players":[ids],
 * "steps":[{"type":..., ...}], "schedule":{"days":"1111100","at":"19:00"}}}. Reading refuses
 * what it cannot take with an {@link IllegalArgumentException} that says what.
 */
public final class RoutineJson {

    private RoutineJson() {
    }

    public static String write(Routine routine) {
        JsonObject json = new JsonObject();
        json.addProperty("name", routine.name());
        JsonArray players = new JsonArray();
        routine.players().forEach(players::add);
        json.add("players", players);
        JsonArray steps = new JsonArray();
        routine.steps().forEach(step -> steps.add(step(step)));
        json.add("steps", steps);
        routine.schedule().ifPresent(schedule -> {
            JsonObject at = new JsonObject();
            at.addProperty("days", schedule.days());
            at.addProperty("at", RoutineStep.hhmm(schedule.at()));
            json.add("schedule", at);
        });
        return json.toString();
    }

    public static Routine read(String text) {
        try {
            JsonObject json = JsonParser.parseString(text).getAsJsonObject();
            List<String> players = new ArrayList<>();
            json.getAsJsonArray("players").forEach(id -> players.add(id.getAsString()));
            List<RoutineStep> steps = new ArrayList<>();
            for (JsonElement step : json.getAsJsonArray("steps")) {
                steps.add(step(step.getAsJsonObject()));
            }
            Optional<Routine.Schedule> schedule = Optional.empty();
            if (json.has("schedule") && json.get("schedule").isJsonObject()) {
                JsonObject at = json.getAsJsonObject("schedule");
                schedule = Optional.of(new Routine.Schedule(at.get("days").getAsString(), time(at, "at")));
            }
            return new Routine(json.get("name").getAsString(), players, steps, schedule);
        } catch (RuntimeException e) { // JsonParseException, IllegalStateException, NullPointerException, ...
            throw new IllegalArgumentException("Not a routine: " + e.getMessage(), e);
        }
    }

    private static JsonObject step(RoutineStep step) {
        JsonObject json = new JsonObject();
        if (step instanceof RoutineStep.NightLight s) {
            json.addProperty("type", "nightLight");
            json.addProperty("colour", s.colour());
        } else if (step instanceof RoutineStep.SetVolume s) {
            json.addProperty("type", "volume");
            json.addProperty("step", s.step());
        } else if (step instanceof RoutineStep.VolumeLimit s) {
            json.addProperty("type", "volumeLimit");
            json.addProperty("night", s.night());
            json.addProperty("step", s.step());
        } else if (step instanceof RoutineStep.SleepTimer s) {
            json.addProperty("type", "sleepTimer");
            json.addProperty("minutes", s.minutes());
        } else if (step instanceof RoutineStep.PlayCard s) {
            json.addProperty("type", "playCard");
            json.addProperty("cardId", s.cardId());
            json.addProperty("title", s.title());
            s.chapterKey().ifPresent(k -> json.addProperty("chapterKey", k));
        } else if (step instanceof RoutineStep.DayAndNight s) {
            json.addProperty("type", "dayAndNight");
            json.addProperty("dayStarts", RoutineStep.hhmm(s.dayStarts()));
            json.addProperty("nightStarts", RoutineStep.hhmm(s.nightStarts()));
        } else if (step instanceof RoutineStep.WakeAlarm s) {
            json.addProperty("type", "alarm");
            json.addProperty("days", s.days());
            json.addProperty("time", RoutineStep.hhmm(s.time()));
            json.addProperty("cardId", s.cardId());
            json.addProperty("volume", s.volume());
        }
        return json;
    }

    private static RoutineStep step(JsonObject json) {
        String type = json.get("type").getAsString();
        return switch (type) {
            case "nightLight" -> new RoutineStep.NightLight(json.get("colour").getAsString());
            case "volume" -> new RoutineStep.SetVolume(json.get("step").getAsInt());
            case "volumeLimit" -> new RoutineStep.VolumeLimit(json.get("night").getAsBoolean(),
                    json.get("step").getAsInt());
            case "sleepTimer" -> new RoutineStep.SleepTimer(json.get("minutes").getAsInt());
            case "playCard" -> new RoutineStep.PlayCard(json.get("cardId").getAsString(),
                    json.has("title") ? json.get("title").getAsString() : "",
                    json.has("chapterKey") ? Optional.of(json.get("chapterKey").getAsString()) : Optional.empty());
            case "dayAndNight" -> new RoutineStep.DayAndNight(time(json, "dayStarts"), time(json, "nightStarts"));
            case "alarm" -> new RoutineStep.WakeAlarm(json.get("days").getAsString(), time(json, "time"),
                    json.get("cardId").getAsString(), json.get("volume").getAsInt());
            default -> throw new IllegalArgumentException("unknown step '" + type + "'");
        };
    }

    private static LocalTime time(JsonObject json, String key) {
        String text = json.get(key).getAsString();
        return com.yotosmartstream.client.model.Alarm.parseTime(text)
                .orElseThrow(() -> new IllegalArgumentException("'" + text + "' is not a time"));
    }
}
