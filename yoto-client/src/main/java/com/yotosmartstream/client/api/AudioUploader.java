package com.yotosmartstream.client.api;

import static com.yotosmartstream.client.api.ApiCalls.encode;
import static com.yotosmartstream.client.api.ApiCalls.object;
import static com.yotosmartstream.client.api.ApiCalls.text;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.yotosmartstream.client.Sleeper;
import com.yotosmartstream.client.YotoException;
import com.yotosmartstream.client.api.UploadProgress.Phase;
import com.yotosmartstream.client.http.HttpClient;
import com.yotosmartstream.client.http.HttpResult;
import com.yotosmartstream.client.model.UploadedAudio;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts an audio file on Yoto: its SHA-256 (streamed), an upload address for that hash (none when
 * Yoto already has the bytes), a PUT of the file to that pre-signed address (no token: the address
 * is the permission), then polls until Yoto has converted it.
 */
final class AudioUploader {

    private static final Logger LOG = LoggerFactory.getLogger(AudioUploader.class);
    private static final int BUFFER = 64 * 1024;

    private final ApiCalls api;
    private final HttpClient http;
    private final Sleeper sleeper;
    private final TranscodeWait wait;

    AudioUploader(ApiCalls api, HttpClient http, Sleeper sleeper, TranscodeWait wait) {
        this.api = api;
        this.http = http;
        this.sleeper = sleeper;
        this.wait = wait;
    }

    UploadedAudio upload(Path file, UploadProgress progress) throws YotoException, InterruptedException {
        String name = String.valueOf(file.getFileName());
        long size = size(file, name);
        String sha256 = sha256(file, name, size, progress);
        JsonObject upload = object(api.get("/media/transcode/audio/uploadUrl?sha256=" + sha256 + "&filename="
                + encode(name), "an upload address for " + name), "upload");
        String uploadId = text(upload, "uploadId");
        if (uploadId.isEmpty()) {
            throw ApiCalls.unexpected("uploadId");
        }
        JsonElement url = upload.get("uploadUrl");
        if (url != null && url.isJsonPrimitive() && !url.getAsString().isEmpty()) {
            put(URI.create(url.getAsString()), file, name, size, progress);
        } else {
            LOG.info("Yoto already has the audio of {}; nothing to send", name);
        }
        return new UploadedAudio(awaitTranscode(uploadId, name, size, progress));
    }

    private static long size(Path file, String name) throws YotoApiException {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw cannotRead(name, e);
        }
    }

    private static String sha256(Path file, String name, long size, UploadProgress progress)
            throws YotoApiException, InterruptedException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
        byte[] buffer = new byte[BUFFER];
        long done = 0;
        progress.update(Phase.HASHING, 0, size);
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                if (Thread.interrupted()) {
                    throw new InterruptedException("Upload of " + name + " cancelled");
                }
                digest.update(buffer, 0, n);
                done += n;
                progress.update(Phase.HASHING, done, size);
            }
        } catch (IOException e) {
            throw cannotRead(name, e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private void put(URI uri, Path file, String name, long size, UploadProgress progress)
            throws YotoException, InterruptedException {
        HttpResult result;
        try {
            result = http.sendFile("PUT", uri, null, file, contentType(name),
                    sent -> progress.update(Phase.UPLOADING, sent, size), true);
        } catch (IOException e) {
            throw ApiCalls.unreachable(uri, "sending " + name, e);
        }
        if (result.status() == 400) {
            throw new YotoApiException(400, "Yoto's upload server did not receive " + name + " intact (it"
                    + " differs from what was checked before sending; the file may have changed meanwhile)."
                    + " Wait until nothing is writing to the file, then upload it again.");
        }
        if (result.status() == 403) {
            throw new YotoApiException(403, "Yoto's upload address for " + name + " expired before the file"
                    + " was sent. Upload it again.");
        }
        if (result.status() >= 500) {
            throw new YotoApiException(result.status(), "Yoto's upload server is having trouble (HTTP "
                    + result.status() + ") receiving " + name + ". Try again in a few minutes.");
        }
        if (!result.ok()) {
            throw new YotoApiException(result.status(), "Yoto's upload server refused " + name + " (HTTP "
                    + result.status() + "). Upload it again; if it keeps happening, report it with the log file.");
        }
    }

    private JsonObject awaitTranscode(String uploadId, String name, long size, UploadProgress progress)
            throws YotoException, InterruptedException {
        String path = "/media/upload/" + encode(uploadId) + "/transcoded?loudnorm=false";
        Duration waited = Duration.ZERO;
        while (true) {
            if (Thread.interrupted()) {
                throw new InterruptedException("Upload of " + name + " cancelled");
            }
            progress.update(Phase.TRANSCODING, size, size);
            JsonObject transcode = object(api.get(path, "the conversion of " + name), "transcode");
            if (!text(transcode, "transcodedSha256").isEmpty()) {
                return transcode;
            }
            if (failed(transcode)) {
                throw new YotoApiException(200, "Yoto could not convert " + name + " into audio for the players."
                        + " Check that it plays on this computer, or convert it to MP3, then upload it again.");
            }
            if (waited.compareTo(wait.max()) >= 0) {
                throw new YotoApiException(200, "Yoto is still converting " + name + " after "
                        + minutes(wait.max()) + ". Try the upload again later.");
            }
            sleeper.sleep(wait.interval());
            waited = waited.plus(wait.interval());
        }
    }

    /** A conversion Yoto gave up on: its progress phase says failed or error (field unconfirmed). */
    private static boolean failed(JsonObject transcode) {
        JsonElement progress = transcode.get("progress");
        String phase = progress != null && progress.isJsonObject() ? text(progress.getAsJsonObject(), "phase") : "";
        return phase.equalsIgnoreCase("failed") || phase.equalsIgnoreCase("error");
    }

    private static String minutes(Duration duration) {
        long minutes = duration.toMinutes();
        return minutes >= 1 ? minutes + (minutes == 1 ? " minute" : " minutes") : duration.toSeconds() + " s";
    }

    /** The type the PUT declares, from the file name (Yoto converts whatever audio it gets). */
    static String contentType(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        String extension = lower.contains(".") ? lower.substring(lower.lastIndexOf('.') + 1) : "";
        return switch (extension) {
            case "mp3" -> "audio/mpeg";
            case "m4a", "m4b", "mp4" -> "audio/mp4";
            case "aac" -> "audio/aac";
            case "wav" -> "audio/wav";
            case "ogg", "oga" -> "audio/ogg";
            case "opus" -> "audio/opus";
            case "flac" -> "audio/flac";
            case "aif", "aiff" -> "audio/aiff";
            default -> "application/octet-stream";
        };
    }

    private static YotoApiException cannotRead(String name, IOException e) {
        return new YotoApiException("Cannot read " + name + " (" + e.getClass().getSimpleName() + "). Check that"
                + " the file still exists and that this app may read it, then try again.", e);
    }
}
