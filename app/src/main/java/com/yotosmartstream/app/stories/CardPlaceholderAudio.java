package com.yotosmartstream.app.stories;

import com.yotosmartstream.app.cards.InteractiveCards;
import com.yotosmartstream.story.library.AudioLibrary;
import com.yotosmartstream.story.library.AudioTrack;
import com.yotosmartstream.streamer.Streamer;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * The Library's tracks for compiling a story into a card to publish: each track's address is a
 * placeholder ({@code library:<id>}) that publishing turns into a stream address or an upload
 * ({@link InteractiveCards#PLACEHOLDER}).
 */
public final class CardPlaceholderAudio implements AudioLibrary {

    private final LibraryAudio library;

    public CardPlaceholderAudio(Streamer streamer) {
        this.library = new LibraryAudio(streamer);
    }

    @Override
    public List<AudioTrack> tracks() {
        return library.tracks();
    }

    @Override
    public Optional<AudioTrack> track(String id) {
        return library.track(id).filter(t -> library.isLive(id));
    }

    @Override
    public Optional<URI> streamUrl(String id) {
        return track(id).map(t -> URI.create(InteractiveCards.PLACEHOLDER + t.id()));
    }

    @Override
    public Optional<String> unavailableReason() {
        return library.unavailableReason();
    }

    @Override
    public Optional<AudioTrack> generated(java.nio.file.Path wav, String title) {
        return library.generated(wav, title);
    }

    /** The recording followed by its spoken choices, as a Library track marked generated (ADR 0088). Blocks. */
    @Override
    public Optional<AudioTrack> withPrompt(String trackId, java.nio.file.Path promptWav, String title) {
        return library.withPrompt(trackId, promptWav, title);
    }

    @Override
    public Optional<AudioTrack> silence(int seconds) {
        return library.silence(seconds);
    }
}
