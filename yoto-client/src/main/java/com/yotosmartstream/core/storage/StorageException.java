package com.yotosmartstream.core.storage;

/** A storage problem, with a message that tells the user what happened and what to do. */
public class StorageException extends Exception {

    private static final long serialVersionUID = 1L;

    private final StorageProblem problem;

    public StorageException(String message) {
        this(StorageProblem.OTHER, message, null);
    }

    public StorageException(String message, Throwable cause) {
        this(StorageProblem.OTHER, message, cause);
    }

    public StorageException(StorageProblem problem, String message, Throwable cause) {
        super(message, cause);
        this.problem = problem;
    }

    /** What kind of failure this is (the message says the same in words). */
    public StorageProblem problem() {
        return problem;
    }
}
