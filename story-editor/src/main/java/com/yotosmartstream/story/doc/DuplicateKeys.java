package com.yotosmartstream.story.doc;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the first name an object of a JSON text holds twice. Gson keeps the last of two, so a story
 * with {@code "version": 1} and a later {@code "version": 99} was refused as "from a newer version"
 * (issue 16); a file edited by hand or damaged so is told as such instead.
 */
final class DuplicateKeys {

    private DuplicateKeys() {
    }

    /** The first duplicated name with the path of its object ("" for the top level), or empty. */
    static Optional<String> first(String text) {
        try (JsonReader reader = new JsonReader(new StringReader(text))) {
            reader.setLenient(true); // as JsonParser.parseString reads it
            Deque<Set<String>> objects = new ArrayDeque<>();
            while (true) {
                JsonToken token = reader.peek();
                switch (token) {
                    case BEGIN_OBJECT -> {
                        reader.beginObject();
                        objects.push(new HashSet<>());
                    }
                    case END_OBJECT -> {
                        reader.endObject();
                        objects.pop();
                    }
                    case BEGIN_ARRAY -> {
                        reader.beginArray();
                        objects.push(Set.of()); // a marker: names only occur in objects
                    }
                    case END_ARRAY -> {
                        reader.endArray();
                        objects.pop();
                    }
                    case NAME -> {
                        String name = reader.nextName();
                        if (!objects.peek().add(name)) {
                            return Optional.of(name);
                        }
                    }
                    case END_DOCUMENT -> {
                        return Optional.empty();
                    }
                    default -> reader.skipValue();
                }
            }
        } catch (IOException | IllegalStateException e) {
            return Optional.empty(); // not valid JSON: the parser says so, with its own message
        }
    }
}
