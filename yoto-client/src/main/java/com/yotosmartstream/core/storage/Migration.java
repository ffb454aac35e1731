package com.yotosmartstream.core.storage;

import java.util.Objects;

/**
 * One numbered step of a component's schema. Applied once, in order, each in its own
 * transaction.
 *
 * @param version 1, 2, 3... without gaps
 * @param description what the step does, for logs and messages
 * @param sql one or more SQL statements separated by semicolons
 */
public record Migration(int version, String description, String sql) {

    public Migration {
        if (version < 1) {
            throw new IllegalArgumentException("Migration versions start at 1, got " + version);
        }
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(sql, "sql");
    }
}
