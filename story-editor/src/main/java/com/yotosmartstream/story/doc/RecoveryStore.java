package com.yotosmartstream.story.doc;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.yotosmartstream.story.model.Story;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Recovery copies of stories being edited, one file per editing session in one folder. The editor
 * writes its session's copy every few seconds while there are unsaved changes and deletes it when
 * the story is saved or closed; a copy still there at the next start is from a session that ended
 * without saving (a crash, a killed process), and is offered back.
 */
public final class RecoveryStore {

    private static final Logger LOG = LoggerFactory.getLogger(RecoveryStore.class);
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9-]{1,64}");
    private static final String SUFFIX = ".recovery.json";

    /** A recovery copy found on disk. */
    public record Recovered(String key, Optional<Path> file, Instant savedAt, Story story) {
    }

    private final Path folder;

    public RecoveryStore(Path folder) {
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }

    /** Writes (replaces) the session's copy. {@code file} is where the story is saved, if anywhere. */
    public void save(String key, Optional<Path> file, Story story, Instant now) throws IOException {
        JsonObject json = new JsonObject();
        json.addProperty("file", file.map(Path::toString).orElse(""));
        json.addProperty("savedAt", now.toString());
        json.addProperty("story", StoryJson.write(story));
        StoryFiles.writeAtomically(path(key), StoryJson.pretty(json));
    }

    public void discard(String key) {
        try {
            Files.deleteIfExists(path(key));
        } catch (IOException e) {
            LOG.warn("Could not delete the recovery copy {}", path(key), e);
        }
    }

    /** Every readable copy, newest first. Unreadable ones are logged and left in place. */
    public List<Recovered> list() {
        List<Recovered> found = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return found;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + SUFFIX)) {
            for (Path file : files) {
                read(file).ifPresent(found::add);
            }
        } catch (IOException e) {
            LOG.warn("Could not list the recovery folder {}", folder, e);
        }
        found.sort(Comparator.comparing(Recovered::savedAt).reversed());
        return found;
    }

    private Optional<Recovered> read(Path file) {
        String name = file.getFileName().toString();
        String key = name.substring(0, name.length() - SUFFIX.length());
        try {
            JsonElement parsed = JsonParser.parseString(StoryFiles.readText(file));
            if (!(parsed instanceof JsonObject json) || !json.has("story") || !json.has("savedAt")) {
                LOG.warn("Ignoring the recovery copy {}: it is not one this app wrote", file);
                return Optional.empty();
            }
            String original = json.get("file").getAsString();
            Story story = StoryJson.read(json.get("story").getAsString()).story();
            return Optional.of(new Recovered(key, original.isBlank() ? Optional.empty() : Optional.of(Path.of(original)),
                    Instant.parse(json.get("savedAt").getAsString()), story));
        } catch (IOException | StoryFormatException | JsonParseException | DateTimeParseException
                | IllegalStateException | UnsupportedOperationException | java.nio.file.InvalidPathException e) {
            LOG.warn("Ignoring the unreadable recovery copy {}: {}", file, e.getMessage());
            return Optional.empty();
        }
    }

    private Path path(String key) {
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("Recovery keys are letters, digits and dashes: " + key);
        }
        return folder.resolve(key + SUFFIX);
    }
}
