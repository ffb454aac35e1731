package com.yotosmartstream.app.stories;

import com.yotosmartstream.app.cards.CardPublisher;
import com.yotosmartstream.app.cards.Delivery;
import com.yotosmartstream.app.household.HouseholdConnection;
import com.yotosmartstream.client.model.Card;
import com.yotosmartstream.core.storage.Setting;
import com.yotosmartstream.core.storage.SettingsStore;
import com.yotosmartstream.core.task.BackgroundTask;
import com.yotosmartstream.core.task.TaskExecutor;
import com.yotosmartstream.story.compile.CardCompiler;
import com.yotosmartstream.story.doc.StoryFiles;
import com.yotosmartstream.story.model.PublishedCard;
import com.yotosmartstream.story.model.Story;
import com.yotosmartstream.story.voice.Speech;
import com.yotosmartstream.streamer.Streamer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Demo mode's sample story (ADR 0088). The first time demo mode opens, {@link SampleStory} is
 * installed (its narration into the Library, the story file into the stories folder, first in the
 * Recent list when that is empty) and the file is remembered in {@link #ADDED}, so it is added once
 * and never again, even after the user deleted it. Each time demo mode opens (its household is made
 * afresh), the story, while its file exists, is published to it as an interactive card through the
 * Stories page's own path ({@link StoryCardPublisher#prepare}, streamed from this computer), and
 * the file keeps the new card, so the live trace follows it. All of it runs in the background, once
 * the stream server is up.
 */
public final class DemoSampleStory {

    /** The file the sample story was added as; empty until it has been added once. */
    public static final Setting<String> ADDED = Setting.ofString("demo.sampleStory", "");

    /** What the Stories page hears (on the thread that did it, a background one). */
    public interface Listener {
        /** The story was added as {@code file} (the first time demo mode opened). */
        void added(Path file);

        /** The story in {@code file} was published as {@code card}, which the file now keeps. */
        void published(Path file, PublishedCard card);
    }

    private static final Logger LOG = LoggerFactory.getLogger(DemoSampleStory.class);

    private final Streamer streamer;
    private final SettingsStore settings;
    private final Path storiesFolder;
    private final Function<HouseholdConnection, CardPublisher> publishers;
    private final TaskExecutor executor;
    private final Speech speech;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final AtomicReference<HouseholdConnection> waiting = new AtomicReference<>();

    public DemoSampleStory(Streamer streamer, SettingsStore settings, Path storiesFolder,
            Function<HouseholdConnection, CardPublisher> publishers, TaskExecutor executor, Speech speech) {
        this.streamer = streamer;
        this.settings = settings;
        this.storiesFolder = storiesFolder;
        this.publishers = publishers;
        this.executor = executor;
        this.speech = speech;
        streamer.addStatusListener(status -> {
            HouseholdConnection connection = status.running() ? waiting.getAndSet(null) : null;
            if (connection != null) {
                submit(connection);
            }
        });
    }

    /** Listeners hear on the thread that published (a background one). */
    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    /** A household opened: when it is demo mode's, the sample story is added (once) and published to it. */
    public void householdOpened(HouseholdConnection connection) {
        if (connection == null || !connection.demo()) {
            return;
        }
        if (streamer.status().running()) {
            submit(connection);
        } else {
            waiting.set(connection); // published once the server runs (a card streams from it)
            if (streamer.status().running() && waiting.compareAndSet(connection, null)) {
                submit(connection);
            }
        }
    }

    private void submit(HouseholdConnection connection) {
        executor.submit(BackgroundTask.of("Publishing the sample story", ctx -> {
            boolean added = settings.get(ADDED).isBlank();
            Path file = added ? install(ctx) : Path.of(settings.get(ADDED));
            if (!Files.isRegularFile(file)) {
                return Optional.<PublishedCard>empty(); // the user deleted it: it stays deleted
            }
            PublishedCard card = publish(file, connection, ctx);
            if (added) {
                listeners.forEach(l -> l.added(file)); // once it has its card, so whoever opens it can follow it
            }
            return Optional.of(card);
        }).onFailure(e -> LOG.warn("The sample story could not be published to the demo household: {}",
                e.getMessage(), e)));
    }

    /** Installs the story (its audio and file) and remembers it, so it is never added again; first in Recent when that is empty. */
    private Path install(com.yotosmartstream.core.task.TaskContext ctx) throws Exception {
        Path file = SampleStory.install(streamer.library(), storiesFolder, ctx).toAbsolutePath().normalize();
        settings.put(ADDED, file.toString());
        SettingsRecentStories recent = new SettingsRecentStories(settings);
        List<Path> paths = new ArrayList<>(recent.load());
        if (!paths.contains(file)) {
            paths.add(file); // first for a newcomer, whose Stories page opens it; after someone's own stories
            recent.save(paths);
        }
        LOG.info("Added the sample story to {}", file);
        return file;
    }

    /** Publishes the story in {@code file} as a user would (streamed from here) and saves the card into the file. */
    private PublishedCard publish(Path file, HouseholdConnection connection,
            com.yotosmartstream.core.task.TaskContext ctx) throws Exception {
        Story story = StoryFiles.open(file).story();
        // the demo household is made afresh at each start: the card the file names is updated only if it is there
        Optional<String> cardId = story.info().cardId().filter(id -> connection.card(id).isPresent());
        CardPublisher publisher = publishers.apply(connection);
        CardPublisher.Prepared prepared = StoryCardPublisher.prepare(story, publisher,
                new CardPlaceholderAudio(streamer), speech, Delivery.STREAM, cardId, ctx);
        Card saved = publisher.publish(prepared);
        connection.putCard(saved);
        String id = saved.cardId().orElseThrow(() -> new IllegalStateException("Yoto gave the card no id"));
        PublishedCard card = CardCompiler.published(id, story);
        StoryFiles.save(file, story.withInfo(story.info().withCard(Optional.of(card))));
        LOG.info("Published the sample story to the demo household as card {}", id);
        listeners.forEach(l -> l.published(file, card));
        return card;
    }
}
