package com.yotosmartstream.app.cli;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.yotosmartstream.app.cards.CardStore;
import com.yotosmartstream.core.storage.StorageException;
import com.yotosmartstream.core.task.TaskContext;
import com.yotosmartstream.streamer.Streamer;
import com.yotosmartstream.streamer.access.Grant;
import com.yotosmartstream.streamer.library.ConversionLine;
import com.yotosmartstream.streamer.library.ImportLine;
import com.yotosmartstream.streamer.library.ImportReport;
import com.yotosmartstream.streamer.library.Track;
import com.yotosmartstream.streamer.library.TrackStatus;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Runs a {@link CliRequest} against a library: the same code whether this process opened the data
 * folder or the running app asked on its behalf ({@link ControlChannel}). Exit codes a script can
 * use: {@link #OK}, {@link #PARTLY} (some files were not imported or converted), {@link #NOT_FOUND}
 * (no such track, card or token), {@link #UNAVAILABLE} (the streaming server is not running).
 */
public final class LibraryCommands {

    public static final int OK = 0;
    public static final int PARTLY = 3;
    public static final int NOT_FOUND = 4;
    public static final int UNAVAILABLE = 5;

    private final Streamer streamer;
    private final CardStore cards;
    private final Runnable imported;

    /**
     * @param imported run after an import added tracks (the running app converts them at once; a
     *        process that only runs this command leaves them for {@code --convert} or the next start)
     */
    public LibraryCommands(Streamer streamer, CardStore cards, Runnable imported) {
        this.streamer = streamer;
        this.cards = cards;
        this.imported = imported;
    }

    public int run(CliRequest request, CliOutput output) throws StorageException {
        return switch (request.command()) {
            case IMPORT -> importAll(request.arguments(), output);
            case LIST -> list(request.json(), output);
            case LINK -> link(request.arguments().get(0), output);
            case CARD_LINKS -> cardLinks(request.arguments().get(0), output);
            case REVOKE -> revoke(request.arguments().get(0), output);
            case CONVERT -> convert(output);
        };
    }

    private int importAll(List<String> paths, CliOutput output) {
        ImportReport report = streamer.library().importAll(paths.stream().map(Path::of).toList(), progress(output));
        for (ImportLine line : report.lines()) {
            output.out(line.outcome().label() + "\t" + line.trackId().orElse("-") + "\t" + line.file()
                    + (line.message().isBlank() ? "" : "\t" + line.message()));
        }
        output.err(report.summary());
        if (report.count(ImportLine.Outcome.IMPORTED) > 0) {
            imported.run();
        }
        return report.count(ImportLine.Outcome.FAILED) > 0 ? PARTLY : OK;
    }

    private int list(boolean json, CliOutput output) {
        List<Track> tracks = streamer.library().catalogue().all();
        if (json) {
            JsonArray array = new JsonArray();
            for (Track t : tracks) {
                JsonObject o = new JsonObject();
                o.addProperty("id", t.id());
                o.addProperty("title", t.title());
                o.addProperty("artist", t.artist());
                o.addProperty("album", t.album());
                o.addProperty("seconds", t.duration().toMillis() / 1000.0);
                o.addProperty("format", t.format().label());
                o.addProperty("status", t.status().name().toLowerCase(Locale.ROOT));
                o.addProperty("file", t.fileName());
                array.add(o);
            }
            output.out(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(array));
        } else {
            for (Track t : tracks) {
                output.out(t.id() + "\t" + com.yotosmartstream.core.text.Durations.clock(t.duration()) + "\t"
                        + t.status().label() + "\t" + t.title() + (t.artist().isBlank() ? "" : " \u2014 " + t.artist()));
            }
            output.err(tracks.size() + (tracks.size() == 1 ? " track" : " tracks"));
        }
        return OK;
    }

    private int link(String trackId, CliOutput output) {
        Optional<Track> track = streamer.library().catalogue().find(trackId);
        if (track.isEmpty()) {
            output.err("No track " + trackId + " in the library: --list shows the ids.");
            return NOT_FOUND;
        }
        if (!streamer.status().running()) {
            output.err("The streaming server is not running, so there is no link to give. Start the app or"
                    + " yoto-smart-stream --headless, then ask again.");
            return UNAVAILABLE;
        }
        if (track.get().status() != TrackStatus.READY) {
            output.err("'" + track.get().title() + "' is not ready to stream yet (" + track.get().status().label()
                    + "); the link works once it is.");
        }
        Optional<URI> url = streamer.trackUrl(trackId);
        if (url.isEmpty()) {
            output.err("No link could be made for " + trackId + "; see the app's log.");
            return UNAVAILABLE;
        }
        output.out(url.get().toString());
        return OK;
    }

    private int cardLinks(String card, CliOutput output) throws StorageException {
        OptionalLong recorded = cards.grantOfCard(card);
        Optional<Grant> grant = streamer.tokens().all().stream().filter(g -> g.scope() == Grant.Scope.CARD)
                .filter(g -> recorded.isPresent() ? g.id() == recorded.getAsLong() : g.label().equalsIgnoreCase(card))
                .findFirst();
        if (grant.isEmpty()) {
            output.err("No card '" + card + "' streams from here (give its id or its title as published).");
            return NOT_FOUND;
        }
        if (!streamer.status().running()) {
            output.err("The streaming server is not running: start the app or --headless for links that work.");
            return UNAVAILABLE;
        }
        Map<String, URI> urls = streamer.cardUrls(grant.get());
        urls.forEach((id, url) -> output.out(id + "\t" + url));
        return OK;
    }

    private int revoke(String token, CliOutput output) throws StorageException {
        Optional<Grant> grant = streamer.tokens().find(token);
        if (grant.isEmpty()) {
            output.err("No live stream token matches: it was revoked already, or mistyped.");
            return NOT_FOUND;
        }
        if (grant.get().scope() == Grant.Scope.LIBRARY) {
            streamer.tokens().renewLibrary();
            output.err("Revoked the library's token: every library link given out stops working; new links use a"
                    + " new token.");
        } else {
            streamer.tokens().revoke(grant.get());
            output.err("Revoked the links of '" + grant.get().label() + "': players streaming it stop at once.");
        }
        return OK;
    }

    private int convert(CliOutput output) throws StorageException {
        List<ConversionLine> lines = streamer.library().convertPending(progress(output));
        long failed = lines.stream().filter(l -> l.outcome() != ConversionLine.Outcome.CONVERTED).count();
        lines.forEach(line -> output.out(line.outcome().name().toLowerCase(Locale.ROOT) + "\t" + line.trackId()
                + "\t" + line.title() + (line.message().isBlank() ? "" : "\t" + line.message())));
        output.err(lines.isEmpty() ? "Nothing waits for conversion." : (lines.size() - failed) + " of " + lines.size()
                + " converted.");
        return failed > 0 ? PARTLY : OK;
    }

    /** Progress lines on standard error, one per new message. */
    private static TaskContext progress(CliOutput output) {
        return new TaskContext() {
            private String last = "";

            @Override
            public void updateProgress(long done, long total) {
                // the messages say "n of m"; a bar would need a terminal
            }

            @Override
            public void updateMessage(String message) {
                if (message != null && !message.equals(last)) {
                    last = message;
                    output.err(message);
                }
            }

            @Override
            public boolean isCancelled() {
                return Thread.currentThread().isInterrupted();
            }
        };
    }
}
