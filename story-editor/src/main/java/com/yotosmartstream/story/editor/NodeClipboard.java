package com.yotosmartstream.story.editor;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.yotosmartstream.story.doc.StoryJson;
import com.yotosmartstream.story.model.StoryNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Copied nodes as clipboard text: a small JSON document, so they paste into another story or window. */
public final class NodeClipboard {

    static final String FORMAT = "yoto-smart-stream/nodes";

    private NodeClipboard() {
    }

    public static String write(Collection<StoryNode> nodes) {
        JsonObject json = new JsonObject();
        json.addProperty("format", FORMAT);
        json.add("nodes", StoryJson.nodes(nodes));
        return json.toString();
    }

    /** The nodes in clipboard text; empty when the text is not copied nodes. */
    public static List<StoryNode> read(String text) {
        if (text == null || !text.contains(FORMAT)) {
            return List.of();
        }
        try {
            JsonElement json = JsonParser.parseString(text);
            if (json instanceof JsonObject object && object.has("format")
                    && FORMAT.equals(object.get("format").getAsString())) {
                return StoryJson.readNodes(object.get("nodes"), new ArrayList<>());
            }
        } catch (JsonParseException | IllegalStateException | UnsupportedOperationException e) {
            return List.of();
        }
        return List.of();
    }
}
