package com.yotosmartstream.app.cards;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.yotosmartstream.client.YotoException;
import com.yotosmartstream.client.api.YotoApi;
import com.yotosmartstream.client.model.Card;
import com.yotosmartstream.client.model.Track;
import com.yotosmartstream.core.storage.StorageException;
import com.yotosmartstream.core.task.TaskCancelledException;
import com.yotosmartstream.core.task.TaskContext;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * "Trip mode" (issue 17): a card that streams from this computer becomes a card uploaded to Yoto,
 * under the same card id with the same chapters, so it plays in the car with the home PC off. Each
 * file goes to Yoto once (the publisher's upload record), the card is saved with one
 * {@code POST /content} as any publish, and the card's stream links are revoked after. A card one of
 * whose streamed tracks is no longer in the library is refused before anything changes.
 */
public final class OfflineReady {

    private final YotoApi api;
    private final CardPublisher publisher;
    private final Function<String, Optional<DraftTrack>> library;

    public OfflineReady(YotoApi api, CardPublisher publisher, Function<String, Optional<DraftTrack>> library) {
        this.api = api;
        this.publisher = publisher;
        this.library = library;
    }

    /** Whether a whole card plays any track streamed from this computer's library. */
    public static boolean streamsFromHere(Card card) {
        return card.chapters().stream().flatMap(c -> c.tracks().stream())
                .anyMatch(t -> CardDrafts.ours(t).isPresent());
    }

    /** Uploads what the card streams from here and saves it on Yoto; returns the card as Yoto stored it. */
    public Card convert(String cardId, TaskContext context)
            throws PublishException, InterruptedException, StorageException, TaskCancelledException {
        context.updateMessage("Reading the card on Yoto");
        Card card;
        try {
            card = api.card(cardId);
        } catch (YotoException e) {
            throw new PublishException("Reading the card on Yoto failed: " + e.getMessage(), e);
        }
        List<Track> missing = card.chapters().stream().flatMap(c -> c.tracks().stream())
                .filter(t -> CardDrafts.ours(t).map(id -> library.apply(id).isEmpty()).orElse(false))
                .toList();
        if (!missing.isEmpty()) {
            throw new PublishException("'" + missing.get(0).title() + "' is no longer in the library, so it cannot be"
                    + " uploaded. Import it again, put it back on the card, then make the card offline-ready."
                    + " Nothing on the card changed.");
        }
        context.throwIfCancelled();
        CardPublisher.Prepared prepared = card.isInteractive()
                ? publisher.prepareInteractive(withPlaceholders(card), Optional.of(cardId), Delivery.UPLOAD, context)
                : publisher.prepare(CardDrafts.fromCard(card, library).withDelivery(Delivery.UPLOAD), context);
        context.throwIfCancelled();
        context.updateMessage("Saving the card on Yoto");
        return publisher.publish(prepared);
    }

    /**
     * A story's published card with each track it streams from this library back to its placeholder
     * ({@code library:<id>}), as the story compiler made it, so the publisher uploads it.
     */
    static Card withPlaceholders(Card card) {
        JsonObject json = card.toJson().deepCopy();
        for (JsonElement chapter : json.getAsJsonObject("content").getAsJsonArray("chapters")) {
            for (JsonElement element : chapter.getAsJsonObject().getAsJsonArray("tracks")) {
                JsonObject track = element.getAsJsonObject();
                CardDrafts.ours(new Track(track)).ifPresent(id -> track.addProperty("trackUrl",
                        InteractiveCards.PLACEHOLDER + id));
            }
        }
        return new Card(json);
    }
}
