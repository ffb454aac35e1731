package com.yotosmartstream.story.doc;

import com.yotosmartstream.story.edit.StoryDocument;
import com.yotosmartstream.story.model.Story;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a recovery copy of one open document. Call {@link #tick()} every few seconds on the
 * document's thread: when the document has changes not yet copied, the story (immutable, so safe
 * to hand over) is written in the background on {@code writer}. Saving or closing the document
 * discards the copy.
 */
public final class Autosaver {

    private static final Logger LOG = LoggerFactory.getLogger(Autosaver.class);

    private final RecoveryStore store;
    private final Executor writer;
    private final Clock clock;
    private final String key = UUID.randomUUID().toString();
    private long copiedState = -1;
    private StoryDocument copiedDocument;

    public Autosaver(RecoveryStore store, Executor writer, Clock clock) {
        this.store = store;
        this.writer = writer;
        this.clock = clock;
    }

    /** This session's key in the store. */
    public String key() {
        return key;
    }

    /**
     * Copies the document if it changed since the last copy and is not saved; removes the copy
     * when it is saved (clean). Returns whether a copy was written.
     */
    public boolean tick(StoryDocument document, Supplier<Optional<Path>> file) {
        if (!document.isDirty()) {
            if (copiedState != -1) {
                discard();
            }
            return false;
        }
        if (document == copiedDocument && document.state() == copiedState) {
            return false;
        }
        copiedDocument = document;
        copiedState = document.state();
        Story story = document.story();
        Optional<Path> where = file.get();
        writer.execute(() -> {
            try {
                store.save(key, where, story, clock.instant());
            } catch (Exception e) {
                LOG.warn("Could not write the recovery copy of '{}' to {}", story.title(), store.folder(), e);
            }
        });
        return true;
    }

    /** Removes this session's copy (after a save, or when the document is closed). */
    public void discard() {
        copiedState = -1;
        copiedDocument = null;
        writer.execute(() -> store.discard(key));
    }
}
