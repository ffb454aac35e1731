package com.yotosmartstream.streamer.testing;

import com.yotosmartstream.core.storage.CoreSchema;
import com.yotosmartstream.core.storage.Database;
import com.yotosmartstream.streamer.convert.ConversionProfile;
import com.yotosmartstream.streamer.library.Library;
import com.yotosmartstream.streamer.library.LibrarySchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** A library in a temporary folder with its own database; profile and size limit can be changed. */
public final class LibraryFixture implements AutoCloseable {

    public final Path dir;
    public final Database database;
    public final Library library;
    public volatile ConversionProfile profile = ConversionProfile.DEFAULT;
    public volatile long maxImportBytes = 100L * 1024 * 1024;

    public LibraryFixture(Path dir) throws Exception {
        this.dir = Files.createDirectories(dir);
        this.database = Database.open(dir.resolve("library.db"), List.of(CoreSchema.migrations(),
                LibrarySchema.migrations()), dir.resolve("backups"));
        this.library = Library.open(dir.resolve("library"), database, () -> profile, () -> maxImportBytes);
    }

    /** A folder for files to import, outside the library. */
    public Path inbox(String name) throws IOException {
        return Files.createDirectories(dir.resolve("inbox").resolve(name));
    }

    /** Every file under the library's folder {@code sub} ("originals", "covers", "incoming"...). */
    public List<Path> filesIn(String sub) throws IOException {
        try (Stream<Path> files = Files.walk(library.folder().root().resolve(sub))) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    /** How many rows the track table holds, deleted ones included. */
    public int rows() throws Exception {
        return database.read(c -> {
            try (var s = c.createStatement(); var r = s.executeQuery("SELECT COUNT(*) FROM track")) {
                r.next();
                return r.getInt(1);
            }
        });
    }

    @Override
    public void close() {
        database.close();
    }
}
