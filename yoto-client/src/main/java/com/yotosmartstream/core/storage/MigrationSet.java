package com.yotosmartstream.core.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The schema of one component (for example "app", "library", "icons"): its numbered migrations.
 * Each module owns its tables and declares its set; the app passes all sets to {@link
 * Database#open}. Versions are kept per component, so modules never renumber each other.
 */
public record MigrationSet(String component, List<Migration> migrations) {

    public MigrationSet {
        Objects.requireNonNull(component, "component");
        if (!component.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("Component names are lower-case words: " + component);
        }
        migrations = List.copyOf(migrations);
        for (int i = 0; i < migrations.size(); i++) {
            if (migrations.get(i).version() != i + 1) {
                throw new IllegalArgumentException("Migrations of '" + component + "' must be numbered 1.."
                        + migrations.size() + " without gaps; found " + migrations.get(i).version() + " at position "
                        + (i + 1));
            }
        }
    }

    /** The newest schema version this build knows. */
    public int latestVersion() {
        return migrations.size();
    }

    /**
     * Loads {@code db/migration/<component>/V1.sql}, {@code V2.sql}... from the class path until
     * the next number is missing. A file's first line, a {@code --} comment, is its description.
     */
    public static MigrationSet fromClasspath(String component, ClassLoader loader) {
        List<Migration> found = new ArrayList<>();
        for (int version = 1; ; version++) {
            String name = "db/migration/" + component + "/V" + version + ".sql";
            try (InputStream in = loader.getResourceAsStream(name)) {
                if (in == null) {
                    break;
                }
                String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                found.add(new Migration(version, describe(sql, name), sql));
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read the migration " + name + " bundled with the app", e);
            }
        }
        return new MigrationSet(component, found);
    }

    private static String describe(String sql, String fallback) {
        String first = sql.strip().lines().findFirst().orElse("");
        return first.startsWith("--") ? first.substring(2).strip() : fallback;
    }
}
