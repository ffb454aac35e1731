package com.yotosmartstream.app.cards;

import com.yotosmartstream.client.api.YotoApiException;
import com.yotosmartstream.client.YotoException;
import com.yotosmartstream.client.api.YotoApi;
import com.yotosmartstream.client.model.Card;
import com.yotosmartstream.core.storage.StorageException;
import com.yotosmartstream.core.task.TaskCancelledException;
import com.yotosmartstream.core.task.TaskContext;
import com.yotosmartstream.streamer.Streamer;
import com.yotosmartstream.streamer.access.Grant;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes a card in two steps, so nothing on Yoto changes before the user has seen what will:
 * {@link #prepare} puts the audio, icons and cover where the players can reach them (each once) and
 * builds the card with the diff against the card on Yoto; {@link #publish} then saves it with one
 * {@code POST /content}, which Yoto applies whole or not at all. Blocking: run both in the background.
 */
public final class CardPublisher {

    private static final Logger LOG = LoggerFactory.getLogger(CardPublisher.class);
    /** Covers larger than this are refused before upload. */
    static final long MAX_COVER = 10L * 1024 * 1024;

    /**
     * A card ready to save.
     *
     * @param remote the card as it is on Yoto now (empty for a new card)
     * @param changes what saving would change on Yoto
     * @param warnings what may stop the players from playing it
     */
    public record Prepared(CardDraft draft, Card card, Optional<Card> remote, List<String> changes,
            List<String> warnings, CardAudio.Resolved audio) {
        public Prepared {
            changes = List.copyOf(changes);
            warnings = List.copyOf(warnings);
        }
    }

    private final YotoApi api;
    private final CardAudio audio;
    private final CardIcons icons;
    private final CardStore store;
    private final Streamer streamer;
    private final String account;

    public CardPublisher(YotoApi api, CardAudio audio, CardIcons icons, CardStore store, Streamer streamer,
            String account) {
        this.api = api;
        this.audio = audio;
        this.icons = icons;
        this.store = store;
        this.streamer = streamer;
        this.account = account;
    }

    public Prepared prepare(CardDraft draft, TaskContext context)
            throws PublishException, InterruptedException, StorageException, TaskCancelledException {
        List<CardProblem> blocking = CardLimits.check(draft).stream().filter(CardProblem::blocking).toList();
        if (!blocking.isEmpty()) {
            throw new PublishException(String.join(" ", blocking.stream().map(CardProblem::text).toList()));
        }
        CardAudio.Resolved resolved = audio.resolve(draft, api, context);
        context.throwIfCancelled();
        context.updateMessage("Putting the chapter icons on Yoto");
        Set<String> references = new LinkedHashSet<>();
        draft.chapters().forEach(c -> c.icon().ifPresent(references::add));
        Map<String, String> iconRefs = icons.resolve(references, api);
        String defaultIcon = draft.chapters().stream().allMatch(c -> c.icon().isPresent()) ? ""
                : icons.defaultIcon(api);
        context.throwIfCancelled();
        Optional<String> cover = draft.newCover().isPresent() ? Optional.of(uploadCover(draft.newCover().get(), context))
                : draft.coverUrl();
        List<String> warnings = new ArrayList<>(resolved.warnings());
        Optional<Card> remote = remote(draft.cardId(), "The card", warnings, context);
        CardDraft target = draft.cardId().isPresent() && remote.isEmpty() ? draft.withoutCardId() : draft;
        Card card = CardAssembler.assemble(target, resolved.tracks(), iconRefs, defaultIcon, cover);
        return new Prepared(draft, card, remote, CardDiff.between(remote, card), warnings, resolved);
    }

    /**
     * Gets a story's compiled interactive card ready: its library tracks (placeholders
     * {@code library:<id>}) streamed or uploaded, its icons on Yoto, the diff against the card on Yoto.
     *
     * @param cardId the card the story was published as before, if any
     */
    public Prepared prepareInteractive(Card compiled, Optional<String> cardId, Delivery delivery, TaskContext context)
            throws PublishException, InterruptedException, StorageException, TaskCancelledException {
        return prepareInteractive(compiled, cardId, Optional.empty(), delivery, context);
    }

    /**
     * As {@link #prepareInteractive(Card, Optional, Delivery, TaskContext)}, with a cover picture file
     * the story chose, uploaded once per picture as the Cards page's covers are.
     */
    public Prepared prepareInteractive(Card compiled, Optional<String> cardId, Optional<java.nio.file.Path> cover,
            Delivery delivery, TaskContext context)
            throws PublishException, InterruptedException, StorageException, TaskCancelledException {
        if (cover.isPresent()) {
            compiled = InteractiveCards.withCover(compiled, uploadCover(cover.get(), context));
        }
        CardAudio.Resolved resolved = audio.resolve(InteractiveCards.libraryIds(compiled), delivery, cardId,
                compiled.title(), api, context);
        context.throwIfCancelled();
        context.updateMessage("Putting the icons on Yoto");
        Set<String> references = InteractiveCards.icons(compiled);
        Map<String, String> iconRefs = icons.resolve(references, api);
        String defaultIcon = icons.defaultIcon(api);
        List<String> warnings = new ArrayList<>(resolved.warnings());
        Optional<Card> remote = remote(cardId, "The story's card", warnings, context);
        Optional<String> target = remote.isPresent() ? cardId : Optional.empty();
        Card card = InteractiveCards.resolve(compiled, target, resolved.tracks(), iconRefs, defaultIcon);
        CardDraft draft = new CardDraft(target, compiled.title(), "", "", Optional.empty(), Optional.empty(), delivery,
                List.of(), remote);
        return new Prepared(draft, card, remote, CardDiff.between(remote, card), warnings, resolved);
    }

    /**
     * The card as it is on Yoto now; empty for a new card, or, with a warning, for one deleted on
     * Yoto's side (publishing then makes a new one).
     */
    private Optional<Card> remote(Optional<String> cardId, String what, List<String> warnings, TaskContext context)
            throws PublishException, InterruptedException {
        if (cardId.isEmpty()) {
            return Optional.empty();
        }
        context.updateMessage("Reading the card on Yoto");
        try {
            return Optional.of(api.card(cardId.get()));
        } catch (YotoApiException e) {
            if (e.status() != 404) {
                throw new PublishException("Reading the card on Yoto failed: " + e.getMessage(), e);
            }
            warnings.add(what + " is no longer on Yoto (deleted elsewhere?): publishing makes a new one.");
            return Optional.empty();
        } catch (YotoException e) {
            throw new PublishException("Reading the card on Yoto failed: " + e.getMessage(), e);
        }
    }

    private String uploadCover(java.nio.file.Path file, TaskContext context)
            throws PublishException, InterruptedException, StorageException {
        context.updateMessage("Uploading the cover");
        byte[] picture;
        try {
            if (Files.size(file) > MAX_COVER) {
                throw new PublishException("The cover " + file.getFileName() + " is larger than 10 MB. Choose a"
                        + " smaller picture.");
            }
            picture = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new PublishException("The cover " + file.getFileName() + " cannot be read (" + e.getMessage()
                    + "). Choose it again.", e);
        }
        String sha = CardIcons.sha256(picture);
        Optional<String> known = store.uploaded(account, CardStore.Kind.COVER, sha);
        if (known.isPresent()) {
            return known.get();
        }
        try {
            String url = api.uploadCover(picture).mediaUrl();
            store.recordUpload(account, CardStore.Kind.COVER, sha, url);
            return url;
        } catch (YotoException e) {
            throw new PublishException("Uploading the cover failed: " + e.getMessage() + " Publish again to retry;"
                    + " nothing on your card changed.", e);
        }
    }

    /** Whether this app streams the card's audio from here: it holds a grant for the card that is not revoked. */
    public boolean streamsFromHere(String cardId) throws StorageException {
        return audio.previousGrant(Optional.of(cardId)).isPresent();
    }

    /**
     * Saves the prepared card on Yoto and returns it as Yoto stored it. When the answer is lost, asks
     * Yoto what it has, so the user is told whether the card changed.
     */
    public Card publish(Prepared prepared) throws PublishException, InterruptedException {
        Card saved;
        try {
            saved = api.save(prepared.card());
        } catch (YotoException e) {
            throw new PublishException(failure(prepared, e), e);
        }
        String cardId = saved.cardId().orElseThrow(() -> new PublishException("Yoto saved the card but sent no id"
                + " back. Refresh the list of cards to find it."));
        try {
            Optional<Grant> old = prepared.audio().replaced();
            if (prepared.audio().grant().isPresent()) {
                store.recordGrant(account, cardId, prepared.audio().grant().get().id());
            } else {
                old = audio.previousGrant(Optional.of(cardId)); // uploaded now: the card no longer streams
                store.forgetGrant(account, cardId);
            }
            if (old.isPresent()) {
                streamer.tokens().revoke(old.get());
            }
        } catch (StorageException e) {
            LOG.warn("The card {} is saved, but its stream grant could not be noted: {}", cardId, e.getMessage());
        }
        return saved;
    }


    private String failure(Prepared prepared, YotoException error) throws InterruptedException {
        String what = "Yoto did not take the card: " + error.getMessage();
        if (prepared.draft().cardId().isEmpty()) {
            return what + " If the list of cards shows it after a refresh, it was made; else publish again"
                    + " (the audio is not uploaded again).";
        }
        try {
            Card now = api.card(prepared.draft().cardId().get());
            boolean unchanged = CardDiff.between(prepared.remote(), now).isEmpty();
            boolean applied = CardDiff.between(Optional.of(now), prepared.card()).isEmpty();
            return what + (applied ? " Yoto has the new version all the same."
                    : unchanged ? " The card on Yoto is as it was; publish again (the audio is not uploaded again)."
                    : " The card on Yoto differs from both versions: open it to check before publishing again.");
        } catch (YotoException e) {
            return what + " Whether the card on Yoto changed is not known (" + e.getMessage() + "): refresh the"
                    + " list of cards to check, then publish again.";
        }
    }
}
