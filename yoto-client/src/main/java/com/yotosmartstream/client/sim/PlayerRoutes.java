package com.yotosmartstream.client.sim;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * A player's settings and commands: {@code GET} and {@code PUT /device-v2/{id}/config} (the PUT
 * replaces the whole {@code config} block, as Yoto's does) and {@code POST
 * /device-v2/{id}/command/status} (counted per player).
 */
final class PlayerRoutes implements CloudRoutes {

    private final SimulatedAccount account;

    PlayerRoutes(SimulatedAccount account) {
        this.account = account;
    }

    @Override
    public void register(RoutesConfig routes, CloudEmulator cloud) {
        routes.get("/device-v2/{deviceId}/config", ctx -> {
            if (cloud.authorized(ctx) != null) {
                account.deviceWithConfig(ctx.pathParam("deviceId")).ifPresentOrElse(device -> {
                    JsonObject body = new JsonObject();
                    body.add("device", device);
                    cloud.json(ctx, 200, body);
                }, () -> notFound(ctx, cloud));
            }
        });
        routes.put("/device-v2/{deviceId}/config", ctx -> {
            if (cloud.authorized(ctx) != null) {
                replaceConfig(ctx, cloud);
            }
        });
        routes.post("/device-v2/{deviceId}/command/status", ctx -> {
            if (cloud.authorized(ctx) != null) {
                if (account.recordStatusRequest(ctx.pathParam("deviceId"))) {
                    cloud.json(ctx, 200, new JsonObject());
                } else {
                    notFound(ctx, cloud);
                }
            }
        });
    }

    private void replaceConfig(Context ctx, CloudEmulator cloud) {
        String deviceId = ctx.pathParam("deviceId");
        JsonObject body;
        try {
            body = JsonParser.parseString(ctx.body()).getAsJsonObject();
        } catch (RuntimeException e) {
            cloud.json(ctx, 400, CloudEmulator.error("bad_request", "Body is not a JSON object"));
            return;
        }
        JsonElement config = body.get("config");
        JsonElement id = body.get("deviceId");
        JsonElement name = body.get("name"); // optional, beside config (yoto-nodejs-client YotoUpdateDeviceConfigRequest)
        if (config == null || !config.isJsonObject()) {
            cloud.json(ctx, 400, CloudEmulator.error("bad_request", "config must be an object"));
        } else if (id != null && !(id.isJsonPrimitive() && id.getAsString().equals(deviceId))) {
            cloud.json(ctx, 400, CloudEmulator.error("bad_request", "deviceId does not match the path"));
        } else if (name != null && !(name.isJsonPrimitive() && !name.getAsString().isBlank())) {
            cloud.json(ctx, 400, CloudEmulator.error("bad_request", "name must be a non-empty string"));
        } else if (account.replaceConfig(deviceId, config.getAsJsonObject())) {
            if (name != null) {
                account.rename(deviceId, name.getAsString());
            }
            JsonObject ok = new JsonObject();
            ok.addProperty("status", "ok");
            cloud.json(ctx, 200, ok);
        } else {
            notFound(ctx, cloud);
        }
    }

    private static void notFound(Context ctx, CloudEmulator cloud) {
        cloud.json(ctx, 404, CloudEmulator.error("not_found", "Device not found"));
    }
}
