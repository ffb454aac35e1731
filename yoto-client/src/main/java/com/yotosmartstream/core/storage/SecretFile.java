package com.yotosmartstream.core.storage;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Settings too sensitive for the plain settings table (the TLS certificate's password), kept in a
 * file in the data folder that only its user may read ({@code 0600} where POSIX permissions exist;
 * ADR 0057). Written whole to a private temporary file and moved into place, so a crash leaves the
 * old file or the new one. Not encryption: anyone who can read the user's files can read it, as
 * with the sign-in tokens; an OS credential store would be the next step.
 */
public final class SecretFile {

    private final Path file;

    public SecretFile(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /** Every value; empty when there is no file yet. */
    public Map<String, String> read() throws StorageException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (NoSuchFileException e) {
            return Map.of();
        } catch (IOException | IllegalArgumentException e) {
            throw new StorageException("Cannot read " + file + " (" + e.getMessage() + "). Check that you may read it;"
                    + " if it is damaged, delete it and enter the certificate password again in Settings.", e);
        }
        Map<String, String> values = new TreeMap<>();
        properties.stringPropertyNames().forEach(key -> values.put(key, properties.getProperty(key)));
        return values;
    }

    /** Replaces the file with these values (an empty map removes it). */
    public void write(Map<String, String> values) throws StorageException {
        try {
            if (values.isEmpty()) {
                Files.deleteIfExists(file);
                return;
            }
            Path temp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.deleteIfExists(temp);
            OwnerOnly.createFile(temp);
            Properties properties = new Properties();
            properties.putAll(values);
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                properties.store(out, "Yoto Smart Stream: private settings (readable by this user only)");
            }
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            OwnerOnly.restrict(file);
        } catch (IOException e) {
            throw new StorageException("Cannot save " + file + " (" + e.getMessage() + "). Check that the disk is not"
                    + " full and that you may write to the data folder.", e);
        }
    }
}
