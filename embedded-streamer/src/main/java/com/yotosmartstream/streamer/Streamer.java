package com.yotosmartstream.streamer;

import com.yotosmartstream.core.storage.Database;
import com.yotosmartstream.core.storage.SettingsStore;
import com.yotosmartstream.core.storage.StorageException;
import com.yotosmartstream.core.task.BackgroundTask;
import com.yotosmartstream.core.task.TaskExecutor;
import com.yotosmartstream.streamer.access.Grant;
import com.yotosmartstream.streamer.access.StreamTokens;
import com.yotosmartstream.streamer.library.ConversionLine;
import com.yotosmartstream.streamer.library.Library;
import com.yotosmartstream.streamer.library.Track;
import com.yotosmartstream.streamer.remote.RemoteAccess;
import com.yotosmartstream.streamer.server.AccessLog;
import com.yotosmartstream.streamer.server.AccessLogStore;
import com.yotosmartstream.streamer.server.StreamServer;
import com.yotosmartstream.streamer.server.ServerStartException;
import com.yotosmartstream.streamer.server.TlsCertificate;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The library and the server that streams it, as the app uses them: opened at start-up, the
 * server started from the settings (port remembered, a free one if it is taken, HTTPS from the
 * user's certificate), stream URLs built from the public address, and a self-check.
 */
public final class Streamer implements StreamLinks, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Streamer.class);

    /** Whether the server runs, where, and what went wrong. */
    public record Status(boolean running, Optional<URI> base, int port, boolean secure, String problem) {
        /** Before the first start. */
        public static final Status NOT_STARTED = new Status(false, Optional.empty(), 0, false, "");

        static Status stopped(String problem) {
            return new Status(false, Optional.empty(), 0, false, problem);
        }
    }

    private final Library library;
    private final LibraryTrackSource tracks;
    private final StreamTokens tokens;
    private final AccessLog accessLog;
    private final SettingsStore settings;
    private final RemoteAccess remote;
    private final List<Consumer<Status>> listeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<List<ConversionLine>>> conversionListeners = new CopyOnWriteArrayList<>();
    private volatile StreamServer server;
    private volatile Status status = Status.NOT_STARTED;
    private boolean converting;
    private boolean convertAgain;
    private volatile boolean closed;

    private Streamer(Library library, StreamTokens tokens, AccessLog accessLog, SettingsStore settings,
            RemoteAccess remote) {
        this.library = library;
        this.remote = remote;
        this.tracks = new LibraryTrackSource(library);
        this.tokens = tokens;
        this.accessLog = accessLog;
        this.settings = settings;
    }

    /** Opens the library in {@code libraryRoot}; reads the disk, so call it off the UI thread. */
    public static Streamer open(Path libraryRoot, Database database, SettingsStore settings)
            throws IOException, StorageException {
        Library library = Library.open(libraryRoot, database, () -> StreamerSettings.profile(settings),
                () -> StreamerSettings.maxImportBytes(settings));
        AccessLog accessLog = new AccessLog(2000, new AccessLogStore(database, AccessLogStore.Retention.DEFAULT));
        RemoteAccess remote = RemoteAccess.open(database, java.time.Clock.systemUTC(),
                () -> settings.get(StreamerSettings.REMOTE_ANY_NETWORK));
        return new Streamer(library, StreamTokens.load(database), accessLog, settings, remote);
    }

    /** The remote page's pairing and access (Settings > Phones; the app attaches its household). */
    public RemoteAccess remote() {
        return remote;
    }

    public Library library() {
        return library;
    }

    /** What the server sends for a track id: the library's stream files. */
    public LibraryTrackSource tracks() {
        return tracks;
    }

    public StreamTokens tokens() {
        return tokens;
    }

    public AccessLog accessLog() {
        return accessLog;
    }

    public Status status() {
        return status;
    }

    /** Told of every status change, on the thread that made it. */
    public void addStatusListener(Consumer<Status> listener) {
        listeners.add(listener);
    }

    /**
     * Starts (or restarts) the server from the settings. A remembered port that is taken gives way
     * to a free one (and the new one is remembered); a certificate that cannot be used leaves the
     * server on plain HTTP, saying why. Blocking: call it in the background.
     */
    public synchronized Status start() {
        stopServer();
        if (closed) {
            return publish(Status.stopped("The app is closing."));
        }
        String host = settings.get(StreamerSettings.BIND_ADDRESS).strip();
        int port = settings.get(StreamerSettings.PORT);
        StringBuilder problem = new StringBuilder();
        Optional<TlsCertificate> tls = Optional.empty();
        try {
            tls = certificate();
        } catch (TlsCertificate.CertificateProblem e) {
            problem.append("HTTPS is off: ").append(e.getMessage()).append(' ');
        }
        try {
            try {
                server = StreamServer.start(new StreamServer.Options(host, port, tls), tokens, tracks,
                        accessLog, Optional.of(remote));
            } catch (ServerStartException e) {
                if (port == 0) {
                    throw e;
                }
                server = StreamServer.start(new StreamServer.Options(host, 0, tls), tokens, tracks,
                        accessLog, Optional.of(remote));
                problem.append("Port ").append(port).append(" was taken, so the server moved to port ")
                        .append(server.port()).append("; stream links given out before no longer work.");
                LOG.warn("Port {} was taken; the streaming server moved to port {}", port, server.port());
            }
        } catch (ServerStartException e) {
            return publish(Status.stopped(e.getMessage()));
        }
        settings.put(StreamerSettings.PORT, server.port());
        URI base = baseUrl(server);
        LOG.info("Streaming at {}", base);
        return publish(new Status(true, Optional.of(base), server.port(), server.secure(), problem.toString().strip()));
    }

    /** Stops the server; stream URLs stop answering until the next start. */
    public synchronized void stop() {
        stopServer();
        publish(Status.stopped(""));
    }

    private void stopServer() {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    private Status publish(Status next) {
        status = next;
        for (Consumer<Status> listener : listeners) {
            listener.accept(next);
        }
        return next;
    }

    private Optional<TlsCertificate> certificate() throws TlsCertificate.CertificateProblem {
        return switch (settings.get(StreamerSettings.TLS)) {
            case NONE -> Optional.empty();
            case PKCS12 -> Optional.of(TlsCertificate.fromPkcs12(path(StreamerSettings.TLS_FILE, "certificate"),
                    settings.get(StreamerSettings.TLS_PASSWORD).toCharArray()));
            case PEM -> Optional.of(TlsCertificate.fromPem(path(StreamerSettings.TLS_FILE, "certificate"),
                    path(StreamerSettings.TLS_KEY_FILE, "private key")));
        };
    }

    private Path path(com.yotosmartstream.core.storage.Setting<String> setting, String what)
            throws TlsCertificate.CertificateProblem {
        String text = settings.get(setting).strip();
        if (text.isEmpty()) {
            throw new TlsCertificate.CertificateProblem("no " + what + " file is chosen in Settings.");
        }
        try {
            return Path.of(text);
        } catch (java.nio.file.InvalidPathException e) {
            throw new TlsCertificate.CertificateProblem("the " + what + " file \u201c" + text + "\u201d is not a valid"
                    + " path.");
        }
    }

    /** The address players use: the public base URL if one is set, else this computer's LAN address and port. */
    private URI baseUrl(StreamServer running) {
        try {
            Optional<URI> configured = PublicAddress.parseBaseUrl(settings.get(StreamerSettings.PUBLIC_BASE_URL));
            if (configured.isPresent()) {
                return configured.get();
            }
        } catch (IllegalArgumentException e) {
            LOG.warn("The public address in the settings is not usable: {}", e.getMessage());
        }
        String bind = settings.get(StreamerSettings.BIND_ADDRESS).strip();
        boolean any = bind.isEmpty() || bind.equals("0.0.0.0") || bind.equals("::");
        return PublicAddress.base(running.secure(), any ? PublicAddress.lanAddress() : bind, running.port());
    }

    /**
     * This server on the home network ({@code http://192.168.1.20:PORT}), whatever public address is
     * set: where a phone pairs with the remote page. Empty while the server is off.
     */
    public Optional<URI> homeBase() {
        StreamServer running = server;
        if (running == null) {
            return Optional.empty();
        }
        String bind = settings.get(StreamerSettings.BIND_ADDRESS).strip();
        boolean any = bind.isEmpty() || bind.equals("0.0.0.0") || bind.equals("::");
        return Optional.of(PublicAddress.base(running.secure(), any ? PublicAddress.lanAddress() : bind,
                running.port()));
    }

    /** The URL of a track under a grant, or empty if the track cannot stream now or the server is off. */
    public Optional<URI> url(Grant grant, String trackId) {
        Optional<URI> base = status.base();
        Optional<Track> track = library.catalogue().find(trackId).filter(Track::streamable);
        if (base.isEmpty() || track.isEmpty() || !grant.allows(trackId)) {
            return Optional.empty();
        }
        return Optional.of(URI.create(base.get() + "/stream/" + grant.token() + "/" + trackId + "."
                + urlExtension(track.get())));
    }

    private static String urlExtension(Track track) {
        return track.streamExtension().equals("aac") ? "aac" : "mp3";
    }

    @Override
    public Optional<URI> trackUrl(String trackId) {
        try {
            return url(tokens.library(), trackId);
        } catch (StorageException e) {
            LOG.warn("The library's stream link could not be made: {}", e.getMessage());
            return Optional.empty();
        }
    }

    @Override
    public Grant grantCard(String cardTitle, List<String> trackIds) throws StorageException {
        return tokens.grantCard(cardTitle, trackIds);
    }

    @Override
    public Map<String, URI> cardUrls(Grant grant) {
        Map<String, URI> urls = new LinkedHashMap<>();
        for (String id : grant.trackIds()) {
            url(grant, id).ifPresent(url -> urls.put(id, url));
        }
        return urls;
    }

    /**
     * Converts what waits for conversion, in the background. Requests while a run is going
     * coalesce into one more run after it, so a burst of imports converts each file once.
     */
    public void requestConversion(TaskExecutor executor) {
        synchronized (this) {
            if (closed) {
                return; // a callback that arrives while the app closes: its executor is gone
            }
            if (converting) {
                convertAgain = true;
                return;
            }
            converting = true;
        }
        executor.submit(BackgroundTask.of("Converting audio", library::convertPending)
                .onSuccess(lines -> {
                    conversionListeners.forEach(listener -> listener.accept(lines));
                    conversionEnded(executor);
                })
                .onFailure(error -> {
                    LOG.error("Converting the library failed", error);
                    conversionEnded(executor);
                })
                .onCancelled(() -> conversionEnded(executor)));
    }

    private void conversionEnded(TaskExecutor executor) {
        boolean again;
        synchronized (this) {
            converting = false;
            again = convertAgain;
            convertAgain = false;
        }
        if (again) {
            requestConversion(executor);
        }
    }

    /** Told what each conversion run did (on the executor's callback thread). */
    public void addConversionListener(Consumer<List<ConversionLine>> listener) {
        conversionListeners.add(listener);
    }

    /** Fetches a track's URL as a player would and compares it with the file. Blocking. */
    public SelfCheck.Result selfCheck(String trackId) {
        Optional<Track> track = library.catalogue().find(trackId);
        Optional<URI> url = trackUrl(trackId);
        if (track.isEmpty() || url.isEmpty()) {
            return new SelfCheck.Result(false, List.of(status.running()
                    ? "\u2717 This track cannot stream yet (" + track.map(Track::statusDetail).orElse("it is gone") + ")."
                    : "\u2717 The streaming server is not running. " + status.problem()));
        }
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .version(HttpClient.Version.HTTP_1_1).build();
        return SelfCheck.run(url.get(), library.streamPath(track.get()).orElseThrow(), client);
    }

    /** Stops the server for good (later starts and conversion requests are ignored) and saves the access log. */
    @Override
    public void close() {
        closed = true;
        stop();
        remote.close();
        accessLog.close();
    }
}
