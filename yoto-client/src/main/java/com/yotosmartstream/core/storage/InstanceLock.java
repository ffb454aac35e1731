package com.yotosmartstream.core.storage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;

/**
 * Keeps a second copy of the app out of a data folder while one is using it: two copies writing
 * one database and one library would corrupt both. The OS releases the lock when the process
 * ends, even after a crash, so a stale lock never keeps the app from starting.
 */
public final class InstanceLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private InstanceLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock, or says plainly that another copy holds it. */
    public static InstanceLock acquire(DataFolder folder) throws StorageException {
        FileChannel channel = null;
        try {
            channel = FileChannel.open(folder.lockFile(), StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                String holder = readHolder(folder);
                channel.close();
                throw new StorageException("Yoto Smart Stream is already running" + holder + " with the data folder "
                        + folder.root() + ". Switch to its window, or close it and start again. To run a second copy,"
                        + " start it with --data-dir and another folder.");
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(Long.toString(ProcessHandle.current().pid()).getBytes(StandardCharsets.UTF_8)));
            channel.force(false);
            OwnerOnly.restrict(folder.lockFile());
            return new InstanceLock(channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StorageException("Cannot lock the data folder " + folder.root() + " (" + e.getMessage()
                    + "). Check that you may write there, or choose another folder with --data-dir.", e);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null; // held by this very process
        }
    }

    private static String readHolder(DataFolder folder) {
        try {
            String pid = Files.readString(folder.lockFile(), StandardCharsets.UTF_8).trim();
            return pid.matches("\\d{1,10}") ? " (process " + pid + ")" : "";
        } catch (IOException e) {
            return "";
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // already failing; the first error is the one to report
            }
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
