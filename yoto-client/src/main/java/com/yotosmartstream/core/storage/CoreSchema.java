package com.yotosmartstream.core.storage;

/** The tables the foundation itself owns (settings). */
public final class CoreSchema {

    private CoreSchema() {
    }

    public static MigrationSet migrations() {
        return MigrationSet.fromClasspath("core", CoreSchema.class.getClassLoader());
    }
}
