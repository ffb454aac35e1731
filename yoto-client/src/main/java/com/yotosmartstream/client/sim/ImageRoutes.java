package com.yotosmartstream.client.sim;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;

/**
 * Pictures as Yoto takes them, raw image bodies (not multipart): {@code POST
 * /media/coverImage/user/me/upload} (PNG or JPEG) and {@code POST
 * /media/displayIcons/user/me/upload} (PNG or GIF; without {@code autoConvert=true} only a 16x16
 * RGBA PNG or a 16x16 GIF, else 400); the icon lists {@code GET /media/displayIcons/user/yoto}
 * and {@code .../user/me}; and the pictures themselves under {@link SimulatedImages#MEDIA_PATH}.
 */
final class ImageRoutes implements CloudRoutes {

    private final SimulatedImages images;

    ImageRoutes(SimulatedImages images) {
        this.images = images;
    }

    @Override
    public void register(RoutesConfig routes, CloudEmulator cloud) {
        routes.post("/media/coverImage/user/me/upload", ctx -> {
            if (cloud.authorized(ctx) != null) {
                cover(ctx, cloud);
            }
        });
        routes.post("/media/displayIcons/user/me/upload", ctx -> {
            if (cloud.authorized(ctx) != null) {
                icon(ctx, cloud);
            }
        });
        routes.get("/media/displayIcons/user/yoto", ctx -> {
            if (cloud.authorized(ctx) != null) {
                cloud.json(ctx, 200, list(images.publicIcons(), cloud));
            }
        });
        routes.get("/media/displayIcons/user/me", ctx -> {
            if (cloud.authorized(ctx) != null) {
                cloud.json(ctx, 200, list(images.ownIcons(), cloud));
            }
        });
        routes.get(SimulatedImages.MEDIA_PATH + "{mediaId}", ctx -> images.picture(ctx.pathParam("mediaId"))
                .ifPresentOrElse(picture -> ctx.status(200).contentType(picture.contentType()).result(picture.bytes()),
                        () -> ctx.status(404)));
    }

    private void cover(Context ctx, CloudEmulator cloud) {
        byte[] image = ctx.bodyAsBytes();
        String type = type(ctx);
        boolean png = type.equals("image/png") && IconCheck.isPng(image);
        boolean jpeg = type.equals("image/jpeg") && IconCheck.isJpeg(image);
        if (!png && !jpeg) {
            cloud.json(ctx, 400, CloudEmulator.error("bad_request", "A cover must be a PNG or JPEG image body"));
            return;
        }
        JsonObject body = new JsonObject();
        body.add("coverImage", absolute(images.addCover(image, type), cloud));
        cloud.json(ctx, 200, body);
    }

    private void icon(Context ctx, CloudEmulator cloud) {
        byte[] image = ctx.bodyAsBytes();
        String type = type(ctx);
        boolean png = type.equals("image/png") && IconCheck.isPng(image);
        boolean gif = type.equals("image/gif") && IconCheck.isGif(image);
        if (!png && !gif) {
            cloud.json(ctx, 400, CloudEmulator.error("bad_request", "An icon must be a PNG or GIF image body"));
            return;
        }
        boolean ready = png ? IconCheck.isIconPng(image) : IconCheck.isIconGif(image);
        Optional<SimulatedImages.Picture> stored;
        if (ready) {
            stored = Optional.of(new SimulatedImages.Picture(image, type));
        } else if ("true".equals(ctx.queryParam("autoConvert"))) {
            stored = IconCheck.convert(image).map(converted -> new SimulatedImages.Picture(converted, "image/png"));
        } else {
            cloud.json(ctx, 400, CloudEmulator.error("bad_request", "Icons must be 16x16 PNG (8-bit RGBA) or 16x16"
                    + " GIF unless autoConvert=true"));
            return;
        }
        if (stored.isEmpty()) {
            cloud.json(ctx, 400, CloudEmulator.error("bad_request", "The image could not be converted"));
            return;
        }
        JsonObject body = new JsonObject();
        body.add("displayIcon", absolute(images.addIcon(image, stored.get()), cloud));
        cloud.json(ctx, 200, body);
    }

    private static String type(Context ctx) {
        String type = ctx.contentType();
        return type == null ? "" : type.split(";")[0].strip();
    }

    private static JsonObject list(List<JsonObject> icons, CloudEmulator cloud) {
        JsonArray array = new JsonArray();
        icons.forEach(icon -> array.add(absolute(icon, cloud)));
        JsonObject body = new JsonObject();
        body.add("displayIcons", array);
        return body;
    }

    /** The picture's path made a URL on this server. */
    private static JsonObject absolute(JsonObject item, CloudEmulator cloud) {
        for (String field : new String[] {"url", "mediaUrl"}) {
            if (item.has(field) && item.get(field).getAsString().startsWith("/")) {
                item.addProperty(field, cloud.baseUri() + item.get(field).getAsString());
            }
        }
        return item;
    }
}
