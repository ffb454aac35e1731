package com.yotosmartstream.streamer.server;

import com.yotosmartstream.streamer.access.Grant;
import com.yotosmartstream.streamer.access.StreamTokens;
import com.yotosmartstream.streamer.access.TokenRedaction;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.PreEncodedHttpField;
import org.eclipse.jetty.io.ByteBufferPool;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Invocable.InvocationType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves {@code /stream/<token>/<track id>.<ext>} straight on Jetty's core API, in front of
 * Javalin's routes: the raw (undecoded) path must match one strict pattern, the token must be a
 * live grant covering the track, and the file comes from the catalogue, so no part of the URL
 * reaches the filesystem. Everything else about the path gets the same bare 404.
 *
 * <p>GET and HEAD answer with Content-Type, Content-Length, Accept-Ranges, ETag (modification time
 * and size, as nginx does) and Last-Modified; conditional requests and one byte range per RFC 9110.
 * The body is written asynchronously, so a slow player holds no thread: over plain HTTP in one
 * write from a memory mapping of the file ({@link MappedFiles}), otherwise copied from a file
 * channel opened once per request, in pooled direct buffers. Either way a file deleted or replaced
 * mid-stream is served whole from the version that was opened.
 *
 * <p>The handler is declared non-blocking, so Jetty runs it on the thread that read the request
 * (ADR 0016): a request whose file is already mapped is answered there, with no hand-off to a worker
 * (lookups are in memory, the headers precomputed per mapping, the write asynchronous). Anything that
 * may block goes to the server's thread pool: mapping or opening a file, the copy path (TLS, Windows)
 * and every path that is not a stream path (Javalin's routes).
 */
final class TrackStreamHandler extends Handler.Wrapper {

    private static final Logger LOG = LoggerFactory.getLogger(TrackStreamHandler.class);

    static final String PREFIX = "/stream/";
    private static final int BUFFER_SIZE = 64 * 1024;
    private static final HttpField ACCEPT_RANGES = new PreEncodedHttpField(HttpHeader.ACCEPT_RANGES, "bytes");
    private static final HttpField NO_SNIFF = new PreEncodedHttpField("X-Content-Type-Options", "nosniff");
    private static final Map<String, HttpField> CONTENT_TYPES = new ConcurrentHashMap<>();
    private static final ByteBuffer NOT_FOUND = ByteBuffer.wrap("Not found\n".getBytes(StandardCharsets.US_ASCII))
            .asReadOnlyBuffer();

    private final StreamTokens tokens;
    private final TrackSource tracks;
    private final AccessLog accessLog;
    /** Mapped files for plain HTTP; empty under TLS (the encryption reads the bytes in Java anyway) and on Windows. */
    private final Optional<MappedFiles> mapped;

    TrackStreamHandler(StreamTokens tokens, TrackSource tracks, AccessLog accessLog, boolean mapFiles) {
        this.tokens = tokens;
        this.tracks = tracks;
        this.accessLog = accessLog;
        this.mapped = mapFiles ? Optional.of(new MappedFiles()) : Optional.empty();
    }

    /** Non-blocking: see the class comment; whatever may block is dispatched to the thread pool. */
    @Override
    public InvocationType getInvocationType() {
        return InvocationType.NON_BLOCKING;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String path = request.getHttpURI().getPath();
        if (path == null || !path.startsWith(PREFIX)) {
            dispatch(request, response, callback, () -> {
                if (!super.handle(request, response, callback)) {
                    Response.writeError(request, response, callback, 404);
                }
            });
            return true;
        }
        try {
            handleStream(request, response, callback, path);
        } catch (Throwable e) {
            // nothing on a stream path may reach Jetty, which would log it with the request and its token
            failed(request, response, callback, e);
        }
        return true;
    }

    /**
     * The server's one error path for a request that threw: logs it with its tokens redacted
     * ({@link TokenRedaction}), answers 500 (the bare page) or, if the answer has begun, fails it.
     */
    private static void failed(Request request, Response response, Callback callback, Throwable error) {
        Throwable redacted = TokenRedaction.redact(error);
        LOG.error("{} {} failed", request.getMethod(), TokenRedaction.redact(request.getHttpURI().getPath()), redacted);
        if (response.isCommitted()) {
            callback.failed(redacted);
        } else {
            Response.writeError(request, response, callback, 500); // without the cause, which Jetty would log
        }
    }

    private void handleStream(Request request, Response response, Callback callback, String path) {
        StreamPath parsed = StreamPath.parse(path);
        if (parsed == null) {
            notFound(response, callback);
            return;
        }
        String trackId = parsed.trackId();
        Optional<Grant> grant = tokens.find(parsed.token()).filter(g -> g.allows(trackId));
        Optional<ServedFile> file = grant.isPresent() ? tracks.find(trackId) : Optional.empty();
        if (file.isEmpty()) {
            notFound(response, callback);
            return;
        }
        String method = request.getMethod();
        boolean head = HttpMethod.HEAD.is(method);
        if (!head && !HttpMethod.GET.is(method)) {
            response.setStatus(405);
            response.getHeaders().put(HttpHeader.ALLOW, "GET, HEAD");
            response.getHeaders().put(HttpHeader.CONTENT_LENGTH, 0L);
            response.write(true, null, callback);
            return;
        }
        guarded(response, callback, trackId, () -> serve(request, response, callback, trackId, grant.get(),
                file.get(), head));
    }

    /** Runs {@code task} on the server's thread pool (it may block), answering an error if it throws. */
    private static void dispatch(Request request, Response response, Callback callback, Task task) {
        request.getComponents().getThreadPool().execute(() -> {
            try {
                task.run();
            } catch (Throwable e) {
                failed(request, response, callback, e);
            }
        });
    }

    /** Work on a request that may throw. */
    @FunctionalInterface
    private interface Task {
        void run() throws Exception;
    }

    /** Runs a step of a stream request, answering 500 if it throws. */
    private static void guarded(Response response, Callback callback, String trackId, Runnable step) {
        try {
            step.run();
        } catch (RuntimeException e) {
            // handled here, so that Jetty does not log the failure together with the URI (and its token)
            LOG.error("Streaming track {} failed", trackId, TokenRedaction.redact(e));
            if (!response.isCommitted()) {
                response.setStatus(500);
                response.getHeaders().put(HttpHeader.CONTENT_LENGTH, 0L);
                response.write(true, null, callback);
            } else {
                callback.failed(TokenRedaction.redact(e));
            }
        }
    }

    /** Answers from a mapping already made, here; otherwise maps or opens the file on the thread pool. */
    private void serve(Request request, Response response, Callback callback, String trackId, Grant grant,
            ServedFile file, boolean head) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file.file(), BasicFileAttributes.class);
        } catch (IOException e) {
            failed(e, response, callback, trackId, file);
            return;
        }
        Optional<MappedFiles.Mapped> known = mapped.flatMap(files -> files.cached(file.file(), attributes));
        if (known.isPresent()) {
            MappedFiles.Mapped map = known.get();
            new Exchange(request, response, callback, null, map, trackId, grant)
                    .answer(map.representation(), file.mediaType(), head);
            return;
        }
        request.getComponents().getThreadPool().execute(() -> guarded(response, callback, trackId,
                () -> open(request, response, callback, trackId, grant, file, attributes, head)));
    }

    /** Maps the file (plain HTTP) or opens a channel on it, then answers. May block. */
    private void open(Request request, Response response, Callback callback, String trackId, Grant grant,
            ServedFile file, BasicFileAttributes attributes, boolean head) {
        FileChannel channel = null;
        Optional<MappedFiles.Mapped> map;
        Representation representation;
        try {
            map = mapped.flatMap(files -> files.map(file.file(), attributes));
            if (map.isPresent()) {
                representation = map.get().representation();
            } else {
                channel = FileChannel.open(file.file(), StandardOpenOption.READ);
                representation = Representation.of(channel.size(), attributes.lastModifiedTime().toMillis());
            }
        } catch (IOException e) {
            failed(e, response, callback, trackId, file);
            return;
        }
        new Exchange(request, response, callback, channel, map.orElse(null), trackId, grant)
                .answer(representation, file.mediaType(), head);
    }

    private static void failed(IOException error, Response response, Callback callback, String trackId,
            ServedFile file) {
        if (error instanceof NoSuchFileException) {
            LOG.warn("Track {} is in the library but its file is missing: {}", trackId, file.file());
            notFound(response, callback);
            return;
        }
        LOG.warn("Cannot read the file of track {}: {}", trackId, error.toString());
        response.setStatus(500);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, 0L);
        response.write(true, null, callback);
    }

    /** Whether the request carries none of the conditional headers (the usual case, checked in one pass). */
    private static boolean hasNoConditions(HttpFields headers) {
        for (HttpField field : headers) {
            HttpHeader header = field.getHeader();
            if (header == HttpHeader.IF_MATCH || header == HttpHeader.IF_NONE_MATCH
                    || header == HttpHeader.IF_MODIFIED_SINCE || header == HttpHeader.IF_UNMODIFIED_SINCE
                    || header == HttpHeader.IF_RANGE) {
                return false;
            }
        }
        return true;
    }

    private static void notFound(Response response, Callback callback) {
        response.setStatus(404);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain; charset=us-ascii");
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, NOT_FOUND.remaining());
        response.write(true, NOT_FOUND.slice(), callback);
    }

    /** One request being answered: sends, then closes the channel and writes the access log. */
    private final class Exchange {
        private final Request request;
        private final Response response;
        private final Callback callback;
        /** The file channel to copy from, or null when the body comes from a mapping. */
        private final FileChannel channel;
        /** The mapping to write from, or null when the body is copied from the channel. */
        private final MappedFiles.Mapped map;
        private final String trackId;
        private final Grant grant;
        private final String range;

        Exchange(Request request, Response response, Callback callback, FileChannel channel,
                MappedFiles.Mapped map, String trackId, Grant grant) {
            this.request = request;
            this.response = response;
            this.callback = callback;
            this.channel = channel;
            this.map = map;
            this.trackId = trackId;
            this.grant = grant;
            this.range = request.getHeaders().get(HttpHeader.RANGE);
        }

        /** Headers, status and body for this representation, per the request's conditions and range. */
        void answer(Representation representation, String mediaType, boolean head) {
            HttpFields headers = request.getHeaders();
            long size = representation.size();
            Preconditions.Outcome outcome = hasNoConditions(headers) ? Preconditions.Outcome.SERVE
                    : Preconditions.evaluate(new Preconditions.Request(
                            headers.get(HttpHeader.IF_MATCH), headers.get(HttpHeader.IF_NONE_MATCH),
                            headers.get(HttpHeader.IF_MODIFIED_SINCE), headers.get(HttpHeader.IF_UNMODIFIED_SINCE),
                            headers.get(HttpHeader.IF_RANGE), range != null), representation.etag(),
                            representation.modifiedSeconds());

            HttpFields.Mutable out = response.getHeaders();
            out.put(ACCEPT_RANGES);
            out.put(representation.etagField());
            out.put(representation.lastModifiedField());
            switch (outcome) {
                case NOT_MODIFIED -> finish(304);
                case FAILED -> finishEmpty(412);
                case SERVE, SERVE_WHOLE -> {
                    RangeHeader.Decision decision = outcome == Preconditions.Outcome.SERVE
                            ? RangeHeader.decide(range, size) : new RangeHeader.Whole();
                    out.put(CONTENT_TYPES.computeIfAbsent(mediaType,
                            type -> new PreEncodedHttpField(HttpHeader.CONTENT_TYPE, type)));
                    out.put(NO_SNIFF);
                    if (decision instanceof RangeHeader.Part part) {
                        out.put(HttpHeader.CONTENT_RANGE, part.range().contentRange(size));
                        send(206, part.range().first(), part.range().length(), head);
                    } else if (decision instanceof RangeHeader.Unsatisfiable) {
                        out.put(HttpHeader.CONTENT_RANGE, ByteRange.unsatisfied(size));
                        out.remove(HttpHeader.CONTENT_TYPE);
                        finishEmpty(416);
                    } else {
                        send(200, 0, size, head);
                    }
                }
            }
        }

        /** A status with no body and no Content-Length (304). */
        void finish(int status) {
            response.setStatus(status);
            response.write(true, null, done(status));
        }

        /** A status with an empty body (412, 416). */
        void finishEmpty(int status) {
            response.setStatus(status);
            response.getHeaders().put(HttpHeader.CONTENT_LENGTH, 0L);
            response.write(true, null, done(status));
        }

        void send(int status, long first, long length, boolean head) {
            response.setStatus(status);
            response.getHeaders().put(HttpHeader.CONTENT_LENGTH, length);
            if (head || length == 0) {
                response.write(true, null, done(status));
                return;
            }
            if (map != null) {
                response.write(true, map.bytes().slice((int) first, (int) length), done(status));
                return;
            }
            ByteBufferPool.Sized pool = new ByteBufferPool.Sized(request.getComponents().getByteBufferPool(), true,
                    BUFFER_SIZE);
            Content.copy(Content.Source.from(pool, channel, first, length), response, done(status));
        }

        /**
         * Ends the request once the body is written. From a mapping, nothing after the write blocks, so
         * Jetty may run it on the thread that finished the write; the copy path's callback is blocking,
         * which keeps its file reads off that thread.
         */
        private Callback done(int status) {
            return Callback.from(map != null ? InvocationType.NON_BLOCKING : InvocationType.BLOCKING, () -> {
                end(status);
                callback.succeeded();
            }, failure -> {
                end(status);
                callback.failed(failure);
            });
        }

        private void end(int status) {
            try {
                if (channel != null) {
                    channel.close();
                }
            } catch (IOException e) {
                LOG.debug("Closing the file of track {}", trackId, e);
            }
            accessLog.add(new AccessEntry(Instant.now(), trackId, grant.label(), request.getMethod(),
                    range == null ? "" : range, status, Response.getContentBytesWritten(response),
                    Request.getRemoteAddr(request)));
        }
    }
}
