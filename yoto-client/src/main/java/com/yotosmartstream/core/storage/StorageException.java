package com.yotosmartstream.core.storage;

/** A storage problem, with a message that tells the user what happened and what to do. */
public class StorageException extends Exception {

    private static final long serialVersionUID = 1L;

    public StorageException(String message) {
        super(message);
    }

    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
