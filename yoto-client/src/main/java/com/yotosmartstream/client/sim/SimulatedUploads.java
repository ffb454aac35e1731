package com.yotosmartstream.client.sim;

import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * The audio uploads of the simulated account: upload addresses handed out for a hash, the bytes
 * received there, and a conversion that finishes after a set number of polls (or fails when told
 * to). Audio it has converted once is known by its hash, so the same bytes are never asked for
 * again.
 */
public final class SimulatedUploads {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** One upload: what it should receive and how far it got. */
    private static final class Upload {
        final String uploadId;
        final String sha256;
        final String filename;
        boolean received;
        int polls;
        boolean failed;
        long size;
        String contentType;

        Upload(String uploadId, String sha256, String filename) {
            this.uploadId = uploadId;
            this.sha256 = sha256;
            this.filename = filename;
        }
    }

    /** What an upload-address request gets: an id, and whether the bytes must be sent. */
    public record Started(String uploadId, boolean needsBytes) {
    }

    private final Map<String, Upload> uploads = new HashMap<>();
    private final Map<String, JsonObject> converted = new HashMap<>(); // by the sha256 of the uploaded bytes
    private int transcodeAfterPolls = 2;
    private int failNext;
    private int puts;
    private int polls;
    private String lastContentType;

    /** A conversion answers "in progress" to its first {@code polls} polls (2 unless told otherwise). */
    public synchronized void transcodeAfterPolls(int polls) {
        this.transcodeAfterPolls = polls;
    }

    /** The next {@code count} conversions fail, as Yoto's does for a file that is not audio. */
    public synchronized void failNextTranscodes(int count) {
        this.failNext = count;
    }

    /** How many files were received (accepted PUTs). */
    public synchronized int puts() {
        return puts;
    }

    /** How many times any conversion was polled. */
    public synchronized int polls() {
        return polls;
    }

    /** Whether audio with these bytes (their SHA-256, hex) has been converted. */
    public synchronized boolean has(String sha256) {
        return converted.containsKey(sha256);
    }

    /** The Content-Type of the last file received. */
    public synchronized Optional<String> lastContentType() {
        return Optional.ofNullable(lastContentType);
    }

    synchronized Started start(String sha256, String filename) {
        String uploadId = newId();
        Upload upload = new Upload(uploadId, sha256, filename);
        uploads.put(uploadId, upload);
        return new Started(uploadId, !converted.containsKey(sha256));
    }

    /** The SHA-256 the bytes sent to this upload must have; empty for an unknown upload. */
    synchronized Optional<String> expectedSha256(String uploadId) {
        return Optional.ofNullable(uploads.get(uploadId)).map(upload -> upload.sha256);
    }

    synchronized void received(String uploadId, long size, String contentType) {
        Upload upload = uploads.get(uploadId);
        upload.received = true;
        upload.size = size;
        upload.contentType = contentType;
        lastContentType = contentType;
        puts++;
    }

    /** The {@code transcode} object a poll gets; empty for an unknown upload. */
    synchronized Optional<JsonObject> poll(String uploadId) {
        Upload upload = uploads.get(uploadId);
        if (upload == null) {
            return Optional.empty();
        }
        polls++;
        JsonObject known = converted.get(upload.sha256);
        if (known != null) {
            return Optional.of(withId(known, upload));
        }
        if (upload.failed) {
            return Optional.of(inPhase(upload, "failed"));
        }
        if (!upload.received) {
            return Optional.of(inPhase(upload, "awaiting_upload"));
        }
        upload.polls++;
        if (upload.polls <= transcodeAfterPolls) {
            return Optional.of(inPhase(upload, "processing"));
        }
        if (failNext > 0) {
            failNext--;
            upload.failed = true;
            return Optional.of(inPhase(upload, "failed"));
        }
        JsonObject done = convert(upload);
        converted.put(upload.sha256, done);
        return Optional.of(withId(done, upload));
    }

    private static JsonObject convert(Upload upload) {
        JsonObject info = new JsonObject();
        info.addProperty("duration", Math.max(1, upload.size / 16_000));
        info.addProperty("fileSize", upload.size);
        info.addProperty("channels", "stereo");
        info.addProperty("format", "aac");
        JsonObject metadata = new JsonObject();
        metadata.addProperty("title", upload.filename.replaceFirst("\\.[^.]*$", ""));
        info.add("metadata", metadata);
        JsonObject done = new JsonObject();
        done.addProperty("transcodedSha256", sha256Hex(("transcoded:" + upload.sha256).getBytes(StandardCharsets.UTF_8)));
        done.add("transcodedInfo", info);
        JsonObject progress = new JsonObject();
        progress.addProperty("phase", "complete");
        progress.addProperty("percent", 100);
        done.add("progress", progress);
        return done;
    }

    private static JsonObject withId(JsonObject transcode, Upload upload) {
        JsonObject answer = new JsonObject();
        answer.addProperty("uploadId", upload.uploadId);
        transcode.entrySet().forEach(entry -> answer.add(entry.getKey(), entry.getValue().deepCopy()));
        return answer;
    }

    private static JsonObject inPhase(Upload upload, String phase) {
        JsonObject progress = new JsonObject();
        progress.addProperty("phase", phase);
        JsonObject answer = new JsonObject();
        answer.addProperty("uploadId", upload.uploadId);
        answer.add("progress", progress);
        return answer;
    }

    private static String newId() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    static String sha256Hex(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
