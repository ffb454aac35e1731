package com.yotosmartstream.core.storage;

/** The database was written by a newer version of the app; it is left exactly as it was. */
public final class DatabaseTooNewException extends StorageException {

    private static final long serialVersionUID = 1L;

    public DatabaseTooNewException(String message) {
        super(message);
    }
}
