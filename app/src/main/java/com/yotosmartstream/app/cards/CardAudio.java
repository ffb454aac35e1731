package com.yotosmartstream.app.cards;

import com.google.gson.JsonParser;
import com.yotosmartstream.client.YotoException;
import com.yotosmartstream.client.api.UploadProgress;
import com.yotosmartstream.client.api.YotoApi;
import com.yotosmartstream.client.model.Track;
import com.yotosmartstream.client.model.UploadedAudio;
import com.yotosmartstream.core.storage.StorageException;
import com.yotosmartstream.core.task.TaskCancelledException;
import com.yotosmartstream.core.task.TaskContext;
import com.yotosmartstream.streamer.SelfCheck;
import com.yotosmartstream.streamer.Streamer;
import com.yotosmartstream.streamer.access.Grant;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Gets a card's library tracks to the players: stream addresses under the card's own grant, or
 * uploads to Yoto, each file once per account (what is on Yoto already is remembered, so a publish
 * that stops half-way resumes where it stopped).
 */
public final class CardAudio {

    /**
     * The Yoto track of each library track, and the grant the card streams under.
     *
     * @param grant the grant to record for the card once it is saved
     * @param replaced a grant the card used before, to revoke once the card no longer uses it
     * @param warnings what may stop players from playing it, in words for the user
     */
    public record Resolved(Map<String, Track> tracks, Optional<Grant> grant, Optional<Grant> replaced,
            List<String> warnings) {
        public Resolved {
            tracks = Map.copyOf(tracks);
            warnings = List.copyOf(warnings);
        }
    }

    private final Streamer streamer;
    private final com.yotosmartstream.core.storage.SettingsStore settings;
    private final CardStore store;
    private final String account;
    private final boolean demo;

    /**
     * @param account the key under which uploads and grants are remembered
     * @param demo true for the simulated household, whose players run on this computer
     */
    public CardAudio(Streamer streamer, com.yotosmartstream.core.storage.SettingsStore settings, CardStore store,
            String account, boolean demo) {
        this.streamer = streamer;
        this.settings = settings;
        this.store = store;
        this.account = account;
        this.demo = demo;
    }

    public Resolved resolve(CardDraft draft, YotoApi api, TaskContext context)
            throws PublishException, InterruptedException, StorageException, TaskCancelledException {
        return resolve(draft.libraryIds(), draft.delivery(), draft.cardId(), draft.title(), api, context);
    }

    /**
     * @param ids the library tracks the card plays
     * @param cardId the card on Yoto, when it exists (its stream grant is reused)
     * @param title what the grant is called
     */
    public Resolved resolve(List<String> ids, Delivery delivery, Optional<String> cardId, String title, YotoApi api,
            TaskContext context) throws PublishException, InterruptedException, StorageException,
            TaskCancelledException {
        List<com.yotosmartstream.streamer.library.Track> tracks = new ArrayList<>();
        for (String id : ids) {
            tracks.add(streamer.library().catalogue().find(id).orElseThrow(() -> new PublishException("A track of"
                    + " the card is no longer in the library. Remove it from the card, or restore it on the Library"
                    + " page.")));
        }
        return delivery == Delivery.STREAM ? stream(cardId, title, tracks, context) : upload(tracks, api, context);
    }

    private Resolved stream(Optional<String> cardId, String title, List<com.yotosmartstream.streamer.library.Track> tracks,
            TaskContext context) throws PublishException, StorageException {
        if (!streamer.status().running()) {
            throw new PublishException("The stream server is not running" + (streamer.status().problem().isBlank()
                    ? "" : " (" + streamer.status().problem() + ")") + ". Start it in Settings > Streaming, or"
                    + " choose " + Delivery.UPLOAD.label() + ".");
        }
        for (var track : tracks) {
            if (!track.streamable()) {
                throw new PublishException("'" + title(track) + "' cannot stream yet"
                        + (track.statusDetail().isBlank() ? "" : ": " + track.statusDetail())
                        + ". Wait for the Library page to finish converting it, or remove it from the card.");
            }
        }
        context.updateMessage("Preparing the stream addresses");
        List<String> ids = tracks.stream().map(com.yotosmartstream.streamer.library.Track::id).toList();
        Optional<Grant> previous = previousGrant(cardId);
        Grant grant = previous.filter(g -> g.trackIds().containsAll(ids)).orElse(null);
        Optional<Grant> replaced = grant == null ? previous : Optional.empty();
        if (grant == null) {
            grant = streamer.grantCard(title.strip(), ids);
        }
        Map<String, URI> urls = streamer.cardUrls(grant);
        Map<String, Track> made = new LinkedHashMap<>();
        for (var track : tracks) {
            URI url = urls.get(track.id());
            if (url == null) {
                throw new PublishException("'" + title(track) + "' has no stream address. Check the server in"
                        + " Settings > Streaming, or choose " + Delivery.UPLOAD.label() + ".");
            }
            made.put(track.id(), Track.stream("01", title(track), url.toString(), track.streamExtension())
                    .withDuration(track.duration().toMillis() / 1000.0));
        }
        List<String> warnings = new ArrayList<>();
        if (!demo && settings.get(com.yotosmartstream.streamer.StreamerSettings.PUBLIC_BASE_URL).isBlank()) {
            warnings.add("No public address is set, so the card points at " + streamer.status().base().map(URI::toString)
                    .orElse("this computer") + ". Players outside this network cannot reach it; set a public"
                    + " address in Settings > Streaming if yours do not play it.");
        }
        if (!tracks.isEmpty()) {
            context.updateMessage("Checking that the server answers");
            SelfCheck.Result check = streamer.selfCheck(tracks.get(0).id());
            if (!check.ok()) {
                warnings.add("The self-check failed: " + String.join(" ", check.lines()));
            }
        }
        return new Resolved(made, Optional.of(grant), replaced, warnings);
    }

    /** The stream grant the card was last published with, while it still exists. */
    Optional<Grant> previousGrant(Optional<String> cardId) throws StorageException {
        if (cardId.isEmpty()) {
            return Optional.empty();
        }
        OptionalLong id = store.grant(account, cardId.get());
        return id.isEmpty() ? Optional.empty()
                : streamer.tokens().all().stream().filter(g -> g.id() == id.getAsLong()).findFirst();
    }

    private Resolved upload(List<com.yotosmartstream.streamer.library.Track> tracks, YotoApi api, TaskContext context)
            throws PublishException, InterruptedException, StorageException, TaskCancelledException {
        long total = Math.max(1, tracks.stream().mapToLong(com.yotosmartstream.streamer.library.Track::size).sum());
        long before = 0;
        Map<String, Track> made = new LinkedHashMap<>();
        int done = 0;
        for (int i = 0; i < tracks.size(); i++) {
            var track = tracks.get(i);
            context.throwIfCancelled();
            Optional<String> known = store.uploaded(account, CardStore.Kind.AUDIO, track.sha256());
            UploadedAudio audio;
            if (known.isPresent()) {
                audio = new UploadedAudio(JsonParser.parseString(known.get()).getAsJsonObject());
            } else {
                String name = (i + 1) + " of " + tracks.size() + ": '" + title(track) + "'";
                long offset = before;
                UploadProgress progress = (phase, bytes, size) -> {
                    context.updateProgress(offset + bytes, total);
                    context.updateMessage(switch (phase) {
                        case HASHING -> "Reading " + name;
                        case UPLOADING -> "Uploading " + name;
                        case TRANSCODING -> "Yoto is converting " + name;
                    });
                };
                try {
                    audio = api.uploadAudio(file(track), progress);
                } catch (YotoException e) {
                    throw new PublishException("Uploading '" + title(track) + "' failed: " + e.getMessage() + " "
                            + done + " of " + tracks.size() + " tracks are on Yoto; publish again to go on from here"
                            + " (they are not uploaded again). Nothing on your card changed.", e);
                }
                store.recordUpload(account, CardStore.Kind.AUDIO, track.sha256(), audio.toJson().toString());
            }
            made.put(track.id(), audio.toTrack("01", title(track)));
            done++;
            before += track.size();
            context.updateProgress(before, total);
        }
        return new Resolved(made, Optional.empty(), Optional.empty(), List.of());
    }

    /** What is sent to Yoto: the file players would stream when there is one, else the original. */
    private Path file(com.yotosmartstream.streamer.library.Track track) {
        return streamer.library().streamPath(track).orElseGet(() -> streamer.library().sourcePath(track));
    }

    static String title(com.yotosmartstream.streamer.library.Track track) {
        return track.title().isBlank() ? track.fileName() : track.title();
    }
}
