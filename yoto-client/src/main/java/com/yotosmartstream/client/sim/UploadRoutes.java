package com.yotosmartstream.client.sim;

import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * Audio upload as Yoto does it: {@code GET /media/transcode/audio/uploadUrl} hands out an upload
 * address on this server ({@code PUT /upload/{uploadId}}, pre-signed: no token, and the bytes must
 * have the announced SHA-256, else 400), then {@code GET /media/upload/{uploadId}/transcoded}
 * reports the conversion.
 */
final class UploadRoutes implements CloudRoutes {

    private final SimulatedUploads uploads;

    UploadRoutes(SimulatedUploads uploads) {
        this.uploads = uploads;
    }

    @Override
    public void register(RoutesConfig routes, CloudEmulator cloud) {
        routes.get("/media/transcode/audio/uploadUrl", ctx -> {
            if (cloud.authorized(ctx) != null) {
                uploadUrl(ctx, cloud);
            }
        });
        routes.put("/upload/{uploadId}", ctx -> receive(ctx, cloud));
        routes.get("/media/upload/{uploadId}/transcoded", ctx -> {
            if (cloud.authorized(ctx) != null) {
                uploads.poll(ctx.pathParam("uploadId")).ifPresentOrElse(transcode -> {
                    JsonObject body = new JsonObject();
                    body.add("transcode", transcode);
                    cloud.json(ctx, 200, body);
                }, () -> cloud.json(ctx, 404, CloudEmulator.error("not_found", "Upload not found")));
            }
        });
    }

    private void uploadUrl(Context ctx, CloudEmulator cloud) {
        String sha256 = ctx.queryParam("sha256");
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            cloud.json(ctx, 400, CloudEmulator.error("bad_request", "sha256 must be 64 lowercase hex digits"));
            return;
        }
        String filename = ctx.queryParam("filename");
        SimulatedUploads.Started started = uploads.start(sha256, filename == null ? "audio" : filename);
        JsonObject upload = new JsonObject();
        upload.addProperty("uploadId", started.uploadId());
        if (started.needsBytes()) {
            upload.addProperty("uploadUrl", cloud.baseUri() + "/upload/" + started.uploadId());
        } else {
            upload.add("uploadUrl", JsonNull.INSTANCE);
        }
        JsonObject body = new JsonObject();
        body.add("upload", upload);
        // toString keeps the explicit null, as Yoto sends it
        ctx.status(200).contentType("application/json").result(body.toString());
    }

    private void receive(Context ctx, CloudEmulator cloud) throws IOException {
        String uploadId = ctx.pathParam("uploadId");
        String expected = uploads.expectedSha256(uploadId).orElse(null);
        if (expected == null) {
            cloud.json(ctx, 403, CloudEmulator.error("AccessDenied", "Unknown or expired upload address"));
            return;
        }
        MessageDigest digest = SimulatedUploads.sha256();
        long size = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = ctx.bodyInputStream()) {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                digest.update(buffer, 0, n);
                size += n;
            }
        }
        if (!HexFormat.of().formatHex(digest.digest()).equals(expected)) {
            cloud.json(ctx, 400, CloudEmulator.error("BadDigest", "The body's SHA-256 does not match the one"
                    + " the upload address was made for"));
            return;
        }
        uploads.received(uploadId, size, ctx.contentType());
        ctx.status(200);
    }
}
