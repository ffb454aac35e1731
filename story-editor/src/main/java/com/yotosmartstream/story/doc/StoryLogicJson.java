package com.yotosmartstream.story.doc;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.yotosmartstream.story.model.Exit;
import com.yotosmartstream.story.model.StoryNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The variable fields of story files (version 3, ADR 0082): the story's "variables" (declarations),
 * each node's "sets" and "onlyIf" by exit. Texts are kept as written; the lint and the compiler
 * read them. A file without them reads as a story without variables.
 */
final class StoryLogicJson {

    private StoryLogicJson() {
    }

    static void writeVariables(JsonObject json, List<String> variables) {
        if (!variables.isEmpty()) {
            json.add("variables", strings(variables));
        }
    }

    static List<String> readVariables(JsonElement element, List<String> warnings) {
        return readStrings(element, "The story's variables", warnings);
    }

    static void writeNode(JsonObject json, StoryNode node) {
        if (!node.sets().isEmpty()) {
            json.add("sets", strings(node.sets()));
        }
        if (!node.onlyIf().isEmpty()) {
            JsonObject conditions = new JsonObject();
            node.onlyIf().forEach((exit, condition) -> conditions.addProperty(exit.id(), condition));
            json.add("onlyIf", conditions);
        }
    }

    /** The node with the sets and conditions of its JSON (read after its exits, as conditions are kept only on set exits). */
    static StoryNode readNode(JsonObject json, StoryNode node, List<String> warnings) {
        String whose = "Node '" + node.title() + "' (" + node.id() + ")";
        StoryNode read = node.withSets(readStrings(json.get("sets"), whose + "'s sets", warnings));
        if (json.get("onlyIf") instanceof JsonObject conditions) {
            for (Map.Entry<String, JsonElement> entry : conditions.entrySet()) {
                var exit = Exit.fromId(entry.getKey());
                if (exit.isEmpty() || !(entry.getValue() instanceof JsonPrimitive p) || !p.isString()
                        || !read.exits().containsKey(exit.get())) {
                    warnings.add(whose + " has a condition on \"" + entry.getKey() + "\" that could not be read; the"
                            + " exit is always there now.");
                } else {
                    read = read.withOnlyIf(exit.get(), p.getAsString());
                }
            }
        } else if (json.has("onlyIf")) {
            warnings.add(whose + "'s conditions could not be read; its exits are always there now.");
        }
        return read;
    }

    private static JsonArray strings(List<String> values) {
        JsonArray array = new JsonArray();
        values.forEach(array::add);
        return array;
    }

    private static List<String> readStrings(JsonElement element, String what, List<String> warnings) {
        List<String> out = new ArrayList<>();
        if (element == null || element.isJsonNull()) {
            return out;
        }
        if (!(element instanceof JsonArray array)) {
            warnings.add(what + " could not be read and were left out.");
            return out;
        }
        for (JsonElement item : array) {
            if (item instanceof JsonPrimitive p && p.isString()) {
                out.add(p.getAsString());
            } else {
                warnings.add(what + ": an entry that is not text was left out.");
            }
        }
        return out;
    }
}
