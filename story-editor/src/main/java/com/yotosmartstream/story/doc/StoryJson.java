package com.yotosmartstream.story.doc;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.yotosmartstream.story.model.AudioRef;
import com.yotosmartstream.story.model.Exit;
import com.yotosmartstream.story.model.Position;
import com.yotosmartstream.story.model.PublishedCard;
import com.yotosmartstream.story.model.Story;
import com.yotosmartstream.story.model.StoryInfo;
import com.yotosmartstream.story.model.StoryNode;
import com.yotosmartstream.story.model.Target;
import com.yotosmartstream.story.model.Voice;
import com.yotosmartstream.story.model.TwineOrigin;
import com.yotosmartstream.story.model.Waiting;
import com.yotosmartstream.story.state.StoryLogic;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Story files: readable JSON with a fixed field order, nodes in id order and two-space indents, so
 * the same story always gives the same bytes and a change shows as a small diff. Reading is
 * forgiving: a damaged node or field is reported as a warning and the rest of the story still
 * opens; only a file that is not a story at all, or is from a newer version, is refused.
 */
public final class StoryJson {

    public static final String FORMAT = "yoto-smart-stream/story";
    /**
     * 2 added "waiting" (what a question does when nobody answers; ADR 0054). A version 1 file has
     * none and reads as "stop", which is what its questions did. 3 added variables ("variables",
     * and each node's "sets" and "onlyIf"; ADR 0082); only a story that uses them is written as 3,
     * so an older app still opens every other story, and refuses (rather than flattens) one that does.
     */
    public static final int VERSION = 3;
    /** The version of a story without variables. */
    static final int WITHOUT_VARIABLES = 2;

    private static final Gson PRETTY = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    /** A story read from a file, and what could not be read in it. */
    public record Read(Story story, List<String> warnings) {
    }

    private StoryJson() {
    }

    public static String write(Story story) {
        JsonObject json = new JsonObject();
        json.addProperty("format", FORMAT);
        json.addProperty("version", StoryLogic.uses(story) ? VERSION : WITHOUT_VARIABLES);
        StoryInfo info = story.info();
        json.addProperty("id", info.id());
        json.addProperty("title", info.title());
        json.addProperty("author", info.author());
        json.addProperty("description", info.description());
        json.addProperty("cover", info.cover());
        json.add("waiting", waiting(info.waiting()));
        json.add("voice", voice(info.voice()));
        json.addProperty("start", info.startId());
        info.card().ifPresent(card -> json.add("card", card(card)));
        info.twine().ifPresent(twine -> {
            JsonObject origin = new JsonObject();
            origin.addProperty("format", twine.format());
            origin.addProperty("formatVersion", twine.formatVersion());
            origin.addProperty("passages", twine.passages());
            json.add("twine", origin);
        });
        StoryLogicJson.writeVariables(json, info.variables());
        json.add("nodes", nodes(story.nodes()));
        return pretty(json);
    }

    /** The card the story was published as: its id and each node's chapter key, in node order. */
    private static JsonObject card(PublishedCard card) {
        JsonObject json = new JsonObject();
        json.addProperty("id", card.cardId());
        if (!card.chapterKeys().isEmpty()) {
            JsonObject keys = new JsonObject();
            card.chapterKeys().forEach(keys::addProperty);
            json.add("chapters", keys);
        }
        return json;
    }

    /** The nodes alone (the clipboard's format). */
    public static JsonArray nodes(Collection<StoryNode> nodes) {
        JsonArray array = new JsonArray();
        nodes.forEach(n -> array.add(node(n)));
        return array;
    }

    static JsonObject node(StoryNode node) {
        JsonObject json = new JsonObject();
        json.addProperty("id", node.id());
        json.addProperty("title", node.title());
        json.addProperty("narration", node.narration());
        node.audio().ifPresent(audio -> {
            JsonObject a = new JsonObject();
            a.addProperty("track", audio.trackId());
            a.addProperty("title", audio.title());
            a.add("seconds", number(audio.seconds()));
            json.add("audio", a);
        });
        node.icon().ifPresent(icon -> json.addProperty("icon", icon));
        if (!node.tags().isEmpty()) {
            JsonArray tags = new JsonArray();
            node.tags().forEach(tags::add);
            json.add("tags", tags);
        }
        json.add("x", number(node.position().x()));
        json.add("y", number(node.position().y()));
        if (node.isEnding()) {
            json.addProperty("ending", true);
        }
        node.waiting().ifPresent(w -> json.add("waiting", waiting(w)));
        if (!node.exits().isEmpty()) {
            JsonObject exits = new JsonObject();
            for (Map.Entry<Exit, Target> exit : node.exits().entrySet()) {
                JsonObject target = new JsonObject();
                if (exit.getValue() instanceof Target.Goto go) {
                    target.addProperty("goto", go.nodeId());
                } else {
                    target.addProperty("stop", true);
                }
                exits.add(exit.getKey().id(), target);
            }
            json.add("exits", exits);
        }
        if (!node.labels().isEmpty()) {
            JsonObject labels = new JsonObject();
            node.labels().forEach((exit, label) -> labels.addProperty(exit.id(), label));
            json.add("labels", labels);
        }
        if (!node.source().isEmpty()) {
            json.addProperty("source", node.source());
        }
        StoryLogicJson.writeNode(json, node);
        return json;
    }

    private static JsonObject voice(Voice voice) {
        JsonObject json = new JsonObject();
        json.addProperty("name", voice.name());
        json.addProperty("rate", voice.rate());
        json.addProperty("pitch", voice.pitch());
        json.addProperty("choicePrompts", voice.choicePrompts());
        return json;
    }

    /**
     * A "voice" field. A file without one was written before stories could speak: it keeps sounding
     * as it did, so its prompts are off (a new story has them on, ADR 0077).
     */
    private static Voice readVoice(JsonElement element) {
        if (!(element instanceof JsonObject json)) {
            return Voice.DEFAULT.withChoicePrompts(false);
        }
        double rate = number(json, "rate");
        double pitch = number(json, "pitch");
        return new Voice(string(json, "name"), rate > 0 ? (int) Math.round(Math.min(rate, Voice.MAX_RATE)) : Voice.DEFAULT_RATE,
                json.get("pitch") instanceof JsonPrimitive p && p.isNumber() ? (int) Math.round(Math.min(Math.max(pitch, 0), 99))
                        : Voice.DEFAULT_PITCH,
                !(json.get("choicePrompts") instanceof JsonPrimitive p && p.isBoolean()) || p.getAsBoolean());
    }

    private static JsonObject waiting(Waiting waiting) {
        JsonObject json = new JsonObject();
        json.addProperty("mode", waiting.mode().id());
        if (waiting.mode() == Waiting.Mode.PAUSE) {
            json.addProperty("seconds", waiting.pauseSeconds());
        }
        return json;
    }

    /** A "waiting" field; null when there is none, and a warning (and null) when it cannot be read. */
    private static Waiting readWaiting(JsonElement element, String whose, List<String> warnings) {
        if (element == null || element.isJsonNull()) {
            return null;
        }
        Optional<Waiting.Mode> mode = element instanceof JsonObject json ? Waiting.Mode.fromId(string(json, "mode"))
                : Optional.empty();
        if (mode.isEmpty()) {
            warnings.add("What " + whose + " does when nobody answers could not be read; it stops the story now.");
            return null;
        }
        double seconds = number((JsonObject) element, "seconds");
        // clamped before the cast, so a huge number is the longest pause rather than a wrapped int
        return new Waiting(mode.get(), Double.isFinite(seconds)
                ? (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, Math.round(seconds))) : Waiting.DEFAULT_PAUSE);
    }

    /**
     * Whole numbers without ".0"; others rounded to two decimals. A number too large to round
     * through a long (value * 100 would saturate at 2^63, moving a node far away at every save,
     * a fuzzing finding) is written as it is.
     */
    private static JsonPrimitive number(double value) {
        if (Math.abs(value) >= 1e13) {
            return new JsonPrimitive(value);
        }
        double rounded = Math.round(value * 100) / 100.0;
        if (rounded == Math.rint(rounded) && Math.abs(rounded) < 1e15) {
            return new JsonPrimitive((long) rounded);
        }
        return new JsonPrimitive(rounded);
    }

    static String pretty(JsonElement json) {
        return PRETTY.toJson(json) + "\n";
    }

    public static Read read(String text) throws StoryFormatException {
        JsonElement parsed;
        try {
            parsed = JsonParser.parseString(text);
        } catch (JsonParseException e) {
            throw new StoryFormatException("This file is not a story: it is not valid JSON ("
                    + firstLine(e.getMessage()) + ").", e);
        }
        if (!parsed.isJsonObject() || !FORMAT.equals(string(parsed.getAsJsonObject(), "format"))) {
            throw new StoryFormatException("This file is not a Yoto Smart Stream story (it has no \"format\": \""
                    + FORMAT + "\"). To bring in a Twine story, use Import instead.");
        }
        Optional<String> twice = DuplicateKeys.first(text);
        if (twice.isPresent()) {
            throw new StoryFormatException("This story file names \"" + twice.get() + "\" twice in one place, so it"
                    + " was damaged or edited by hand. Keep one of the two in a text editor, then open it again.");
        }
        JsonObject json = parsed.getAsJsonObject();
        double declared = json.get("version") instanceof JsonPrimitive p && p.isNumber() ? p.getAsDouble() : -1;
        int version = declared == Math.rint(declared) && Math.abs(declared) <= Integer.MAX_VALUE ? (int) declared : -1;
        if (version > VERSION) {
            throw new StoryFormatException("This story was saved by a newer version of Yoto Smart Stream (story format "
                    + version + "; this version reads up to " + VERSION + "). Update the app to open it.");
        }
        if (version < 1) {
            throw new StoryFormatException("This story file has no valid \"version\"; it may be damaged.");
        }
        List<String> warnings = new ArrayList<>();
        String id = string(json, "id");
        StoryInfo info = new StoryInfo(id.isBlank() ? UUID.randomUUID().toString().toUpperCase(java.util.Locale.ROOT) : id,
                string(json, "title"), string(json, "author"), string(json, "description"), string(json, "cover"),
                string(json, "start"), readCard(json.get("card"), warnings),
                readWaiting(json.get("waiting"), "the story", warnings), readVoice(json.get("voice")),
                json.get("twine") instanceof JsonObject twine && !string(twine, "format").isBlank()
                        ? Optional.of(new TwineOrigin(string(twine, "format"), string(twine, "formatVersion"),
                                string(twine, "passages"))) : Optional.empty(),
                StoryLogicJson.readVariables(json.get("variables"), warnings));
        List<StoryNode> nodes = readNodes(json.get("nodes"), warnings);
        return new Read(Story.of(info, nodes), List.copyOf(warnings));
    }

    private static Optional<PublishedCard> readCard(JsonElement element, List<String> warnings) {
        if (element == null || element.isJsonNull()) {
            return Optional.empty();
        }
        if (!(element instanceof JsonObject json) || string(json, "id").isBlank()) {
            warnings.add("The card this story was published as could not be read; publishing it again makes a new card.");
            return Optional.empty();
        }
        Map<String, String> keys = new java.util.LinkedHashMap<>();
        if (json.get("chapters") instanceof JsonObject chapters) {
            for (Map.Entry<String, JsonElement> entry : chapters.entrySet()) {
                if (entry.getValue().isJsonPrimitive() && !entry.getValue().getAsString().isBlank()) {
                    keys.put(entry.getKey(), entry.getValue().getAsString());
                }
            }
        }
        return Optional.of(new PublishedCard(string(json, "id"), keys));
    }

    /** Reads an array of nodes (a story's or the clipboard's); bad entries become warnings. */
    public static List<StoryNode> readNodes(JsonElement element, List<String> warnings) {
        List<StoryNode> nodes = new ArrayList<>();
        if (element == null || !element.isJsonArray()) {
            if (element != null) {
                warnings.add("\"nodes\" is not a list; the story opens without nodes.");
            }
            return nodes;
        }
        Set<String> seen = new LinkedHashSet<>();
        int index = 0;
        for (JsonElement item : element.getAsJsonArray()) {
            index++;
            if (!item.isJsonObject() || string(item.getAsJsonObject(), "id").isBlank()) {
                warnings.add("Node " + index + " has no id and was left out.");
                continue;
            }
            StoryNode node = readNode(item.getAsJsonObject(), warnings);
            if (!seen.add(node.id())) {
                warnings.add("Two nodes have the id " + node.id() + "; the second ('" + node.title() + "') was left out.");
                continue;
            }
            nodes.add(node);
        }
        return nodes;
    }

    private static StoryNode readNode(JsonObject json, List<String> warnings) {
        String id = string(json, "id");
        String title = string(json, "title");
        StoryNode node = StoryNode.create(id, title, position(json, id, warnings))
                .withNarration(string(json, "narration"))
                .withIcon(string(json, "icon"))
                .withEnding(json.get("ending") instanceof JsonPrimitive p && p.isBoolean() && p.getAsBoolean())
                .withWaiting(readWaiting(json.get("waiting"), "node '" + title + "' (" + id + ")", warnings));
        if (json.get("audio") instanceof JsonObject audio) {
            String track = string(audio, "track");
            if (track.isBlank()) {
                warnings.add("Node '" + title + "' (" + id + ") names audio without a track id; it has no audio now.");
            } else {
                node = node.withAudio(new AudioRef(track, string(audio, "title"), number(audio, "seconds")));
            }
        }
        if (json.get("tags") instanceof JsonArray tags) {
            List<String> list = new ArrayList<>();
            tags.forEach(t -> {
                if (t.isJsonPrimitive()) {
                    list.add(t.getAsString());
                }
            });
            node = node.withTags(list);
        }
        if (json.get("exits") instanceof JsonObject exits) {
            for (Map.Entry<String, JsonElement> entry : exits.entrySet()) {
                var exit = Exit.fromId(entry.getKey());
                Target target = target(entry.getValue());
                if (exit.isEmpty() || target == null) {
                    warnings.add("Node '" + title + "' (" + id + ") has an exit \"" + entry.getKey()
                            + "\" that could not be read; it was left out.");
                } else {
                    node = node.withExit(exit.get(), target);
                }
            }
        }
        if (json.get("labels") instanceof JsonObject labels) {
            for (Map.Entry<String, JsonElement> entry : labels.entrySet()) {
                var exit = Exit.fromId(entry.getKey());
                if (exit.isPresent() && entry.getValue() instanceof JsonPrimitive label) {
                    node = node.withLabel(exit.get(), label.getAsString());
                }
            }
        }
        return StoryLogicJson.readNode(json, node.withSource(string(json, "source")), warnings);
    }

    private static Target target(JsonElement element) {
        if (!(element instanceof JsonObject json)) {
            return null;
        }
        if (json.get("goto") instanceof JsonPrimitive p && !p.getAsString().isBlank()) {
            return Target.to(p.getAsString());
        }
        if (json.get("stop") instanceof JsonPrimitive p && p.isBoolean() && p.getAsBoolean()) {
            return Target.STOP;
        }
        return null;
    }

    private static Position position(JsonObject json, String id, List<String> warnings) {
        double x = number(json, "x");
        double y = number(json, "y");
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            warnings.add("Node " + id + " had no valid place; it is at the top left now.");
            return Position.ORIGIN;
        }
        return new Position(x, y);
    }

    private static String string(JsonObject json, String name) {
        JsonElement value = json.get(name);
        return value != null && value.isJsonPrimitive() ? value.getAsString() : "";
    }

    private static double number(JsonObject json, String name) {
        JsonElement value = json.get(name);
        if (value == null) {
            return 0;
        }
        if (value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber()) {
            return value.getAsDouble();
        }
        return Double.NaN;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
