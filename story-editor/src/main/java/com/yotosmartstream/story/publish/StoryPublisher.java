package com.yotosmartstream.story.publish;

import com.yotosmartstream.story.model.Story;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Puts a story on Yoto as an interactive card. The story editor declares it; the app implements it
 * (compiling with the library's tracks, streaming or uploading them, and creating or updating the
 * card). Both methods are called on the FX thread and must not block it.
 */
public interface StoryPublisher {

    /**
     * Why publishing cannot happen now, in words for the user ("Sign in to Yoto or start demo
     * mode first."), shown on the disabled "Publish as card…" button; empty when it can.
     */
    Optional<String> unavailableReason();

    /**
     * Publishes the story as it is: creates a card, or updates the card {@code
     * story.info().cardId()} names when the story was published before. Runs in the background,
     * shows its own progress and reports its own failures (a refused story, a failed upload).
     *
     * @param onPublished called on the FX thread with the card's id once the card is on Yoto; the
     *     story then remembers that card and the chapter keys of {@code story}
     */
    void publish(Story story, Consumer<String> onPublished);

    /** A publisher that cannot publish, saying why. */
    static StoryPublisher none(String reason) {
        Objects.requireNonNull(reason, "reason");
        return new StoryPublisher() {
            @Override
            public Optional<String> unavailableReason() {
                return Optional.of(reason);
            }

            @Override
            public void publish(Story story, Consumer<String> onPublished) {
                // cannot publish: unavailableReason says why, and the action is disabled
            }
        };
    }
}
