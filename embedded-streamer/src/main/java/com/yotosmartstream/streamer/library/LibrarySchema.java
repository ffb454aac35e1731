package com.yotosmartstream.streamer.library;

import com.yotosmartstream.core.storage.MigrationSet;

/** The tables the library owns: tracks and stream grants ({@code db/migration/library}). */
public final class LibrarySchema {

    private LibrarySchema() {
    }

    public static MigrationSet migrations() {
        return MigrationSet.fromClasspath("library", LibrarySchema.class.getClassLoader());
    }
}
