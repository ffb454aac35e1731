package com.yotosmartstream.app.stories;

import com.yotosmartstream.app.cards.CardPublisher;
import com.yotosmartstream.app.cards.Delivery;
import com.yotosmartstream.app.cards.PublishException;
import com.yotosmartstream.app.household.HouseholdConnection;
import com.yotosmartstream.client.model.Card;
import com.yotosmartstream.core.task.BackgroundTask;
import com.yotosmartstream.core.task.TaskContext;
import com.yotosmartstream.core.task.TaskExecutor;
import com.yotosmartstream.core.task.TaskHandle;
import com.yotosmartstream.story.compile.CardCompiler;
import com.yotosmartstream.story.compile.CompileResult;
import com.yotosmartstream.story.library.AudioLibrary;
import com.yotosmartstream.story.voice.Narrator;
import com.yotosmartstream.story.voice.Speech;
import com.yotosmartstream.story.lint.LintIssue;
import com.yotosmartstream.story.model.Story;
import com.yotosmartstream.story.publish.StoryPublisher;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Publishes a story as an interactive card, the way the Cards page publishes a chapter book: the
 * story compiled with the library's tracks as placeholders, the audio streamed or uploaded (the
 * user chooses), the icons put on Yoto, the review of what changes, then one save.
 */
public final class StoryCardPublisher implements StoryPublisher {

    /** What the publisher asks and shows; the app answers with dialogs, tests without windows. */
    public interface Dialogs {
        /** How the audio reaches the players; empty to stop. */
        Optional<Delivery> chooseDelivery(Story story);

        /** Shows that work is going on, with a way to cancel it. */
        Progress progress(String title, Runnable cancel);

        /** Shows what publishing changes; true to publish. */
        boolean review(CardPublisher.Prepared prepared);

        void failed(String title, String message);
    }

    /** A progress display: updated, then closed. */
    public interface Progress {
        void update(double fraction, String message);

        void close();
    }

    static final String NO_HOUSEHOLD = "Sign in to Yoto (File > Sign in), or wait for demo mode to start, to publish"
            + " a story as a card.";

    private final Supplier<Optional<HouseholdConnection>> household;
    private final Function<HouseholdConnection, CardPublisher> publishers;
    private final AudioLibrary library;
    private final TaskExecutor executor;
    private final Dialogs dialogs;
    private Speech speech = Speech.none();

    /**
     * @param library the library as the compiler sees it for publishing ({@link CardPlaceholderAudio})
     */
    public StoryCardPublisher(Supplier<Optional<HouseholdConnection>> household,
            Function<HouseholdConnection, CardPublisher> publishers, AudioLibrary library, TaskExecutor executor,
            Dialogs dialogs) {
        this.household = household;
        this.publishers = publishers;
        this.library = library;
        this.executor = executor;
        this.dialogs = dialogs;
    }

    /** Speaks the nodes without recorded audio into generated Library tracks before compiling (ADR 0077). */
    public StoryCardPublisher withSpeech(Speech value) {
        speech = value;
        return this;
    }

    @Override
    public Optional<String> unavailableReason() {
        return household.get().isPresent() ? Optional.empty() : Optional.of(NO_HOUSEHOLD);
    }

    @Override
    public void publish(Story story, Consumer<String> onPublished) {
        Optional<HouseholdConnection> connection = household.get();
        if (connection.isEmpty()) {
            dialogs.failed("Not published", NO_HOUSEHOLD);
            return;
        }
        Optional<Delivery> delivery = dialogs.chooseDelivery(story);
        if (delivery.isEmpty()) {
            return;
        }
        CardPublisher publisher = publishers.apply(connection.get());
        TaskHandle[] handle = new TaskHandle[1];
        Progress progress = dialogs.progress("Publishing '" + story.title() + "'", () -> handle[0].cancel());
        handle[0] = executor.submit(BackgroundTask.of("Getting '" + story.title() + "' ready",
                ctx -> prepare(story, publisher, library, speech, delivery.get(), story.info().cardId(), ctx))
                .onProgress(progress::update).onCancelled(progress::close).onFailure(e -> {
            progress.close();
            dialogs.failed("Not published", e.getMessage());
        }).onSuccess((CardPublisher.Prepared prepared) -> {
            progress.close();
            if (dialogs.review(prepared)) {
                save(publisher, prepared, connection.get(), onPublished);
            }
        }));
    }

    /**
     * What publishing does before the review, without a question: the nodes without recorded audio
     * spoken (ADR 0077), the story compiled with {@code library}'s placeholders, then the card
     * prepared with {@code delivery} as an update of {@code cardId} (or a new card). The Stories page
     * and demo mode's sample story (ADR 0088) publish through it. Blocking: run it as a background task.
     */
    static CardPublisher.Prepared prepare(Story story, CardPublisher publisher, AudioLibrary library, Speech speech,
            Delivery delivery, Optional<String> cardId, TaskContext ctx) throws Exception {
        Story narrated = story;
        Optional<Narrator> narrator = speech.narrator();
        if (narrator.isPresent() && Narrator.needed(story)) {
            ctx.updateMessage("Speaking the nodes without recorded audio, and the choices");
            narrated = narrator.get().narrate(story, library, ctx).story();
        }
        ctx.updateMessage("Compiling the story");
        CompileResult result = new CardCompiler().compile(narrated, library);
        if (result instanceof CompileResult.Refused refused) {
            throw new PublishException("The story cannot become a card yet: " + String.join(" ",
                    refused.reasons().stream().map(LintIssue::message).toList()));
        }
        Card compiled = ((CompileResult.Compiled) result).card();
        return publisher.prepareInteractive(compiled, cardId, coverFile(story), delivery, ctx);
    }

    /** The story's cover when it is a picture file (one from an older story may be a URL, which the compiler keeps). */
    public static Optional<java.nio.file.Path> coverFile(Story story) {
        String cover = story.info().cover();
        if (cover.isBlank() || cover.startsWith("http://") || cover.startsWith("https://")) {
            return Optional.empty();
        }
        try {
            return Optional.of(java.nio.file.Path.of(cover));
        } catch (java.nio.file.InvalidPathException e) {
            return Optional.empty();
        }
    }

    private void save(CardPublisher publisher, CardPublisher.Prepared prepared, HouseholdConnection connection,
            Consumer<String> onPublished) {
        Progress progress = dialogs.progress("Saving '" + prepared.card().title() + "' on Yoto", () -> { });
        executor.submit(BackgroundTask.of("Saving '" + prepared.card().title() + "'", ctx -> publisher.publish(prepared))
                .onFailure(e -> {
                    progress.close();
                    dialogs.failed("Not published", e.getMessage());
                }).onSuccess((Card saved) -> {
                    progress.close();
                    connection.putCard(saved);
                    saved.cardId().ifPresent(onPublished);
                }));
    }
}
