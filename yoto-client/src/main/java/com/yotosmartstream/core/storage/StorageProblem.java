package com.yotosmartstream.core.storage;

/**
 * What kind of storage failure a {@link StorageException} reports, told apart by SQLite's result
 * codes and the OS's answers (ADR 0056), so the message can say what to do: free space, check the
 * disk, fix permissions, close another program, or restore a backup.
 */
public enum StorageProblem {
    /** The disk is full ({@code SQLITE_FULL}, {@code SQLITE_IOERR_SHMSIZE}, or an I/O error with no space left). */
    DISK_FULL,
    /** The disk could not be read or written ({@code SQLITE_IOERR_*}): the file is probably fine. */
    DISK_ERROR,
    /** The folder or file may not be written or opened by this user ({@code SQLITE_READONLY}, {@code SQLITE_PERM}, {@code SQLITE_CANTOPEN}). */
    NO_PERMISSION,
    /** Another program holds the database ({@code SQLITE_BUSY}, {@code SQLITE_LOCKED}). */
    IN_USE,
    /** {@code PRAGMA integrity_check} found damage: the only case the database is called damaged. */
    DAMAGED,
    /** The file does not begin as an SQLite database. */
    NOT_A_DATABASE,
    /** Anything else. */
    OTHER
}
