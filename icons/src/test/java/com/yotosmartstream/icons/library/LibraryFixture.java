package com.yotosmartstream.icons.library;

import com.yotosmartstream.core.storage.CoreSchema;
import com.yotosmartstream.core.storage.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** A fresh database with the icons schema, and a clock the test moves. */
public final class LibraryFixture implements AutoCloseable {

    public final Database database;
    public final MovingClock clock = new MovingClock();
    public final IconLibrary library;

    public LibraryFixture(Path temp) throws Exception {
        database = Database.open(temp.resolve("test.db"), List.of(CoreSchema.migrations(), IconLibrary.migrations()),
                temp.resolve("backups"));
        library = new IconLibrary(database, clock);
    }

    @Override
    public void close() {
        database.close();
    }

    /** A clock that moves a second every time it is read, so every change has its own time. */
    public static final class MovingClock extends Clock {
        private long millis = Instant.parse("2026-11-21T10:00:00Z").toEpochMilli();

        @Override
        public synchronized long millis() {
            millis += 1000;
            return millis;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis());
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
