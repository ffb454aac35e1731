package com.yotosmartstream.story.doc;

import com.yotosmartstream.story.model.Story;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Reading and writing story files. Writes go to a temporary file beside the target, are forced
 * to disk and then renamed over it, so a crash leaves the old file or the new one, never half of
 * either.
 */
public final class StoryFiles {

    /** The file name ending of story files. */
    public static final String EXTENSION = ".story.json";
    /** Larger files are refused rather than read into memory. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    private StoryFiles() {
    }

    public static StoryJson.Read open(Path file) throws IOException, StoryFormatException {
        return StoryJson.read(readText(file));
    }

    public static void save(Path file, Story story) throws IOException {
        writeAtomically(file, StoryJson.write(story));
    }

    /** Reads a UTF-8 text file of at most {@link #MAX_BYTES}, with clear messages when it cannot. */
    public static String readText(Path file) throws IOException, StoryFormatException {
        long size;
        try {
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            throw new StoryFormatException("The file " + file + " does not exist any more; it may have been moved or deleted.");
        }
        if (size > MAX_BYTES) {
            throw new StoryFormatException("The file " + file.getFileName() + " is " + size / (1024 * 1024)
                    + " MB; stories are far smaller, so this is probably not a story.");
        }
        byte[] bytes = Files.readAllBytes(file);
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            throw new StoryFormatException("The file " + file.getFileName()
                    + " is not UTF-8 text, so it is not a story (nor a Twee or Twine file).", e);
        }
    }

    /** Writes text through a temporary file, forced to disk, then renamed over {@code file}. */
    public static void writeAtomically(Path file, String text) throws IOException {
        Path absolute = file.toAbsolutePath();
        Path folder = absolute.getParent();
        Files.createDirectories(folder);
        Path temp = Files.createTempFile(folder, "." + absolute.getFileName(), ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
