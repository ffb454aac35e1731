package com.yotosmartstream.client.sim;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;

/**
 * The REST endpoints of the simulated cloud, over a {@link SimulatedAccount}: players (and, through
 * {@link PlayerRoutes}, their settings and commands), cards (lists without chapters, whole cards
 * one at a time, as Yoto answers: {@link CardLists}), the family library, audio uploads
 * ({@link UploadRoutes}) and pictures ({@link ImageRoutes}).
 */
public final class RestRoutes implements CloudRoutes {

    private final SimulatedAccount account;

    public RestRoutes(SimulatedAccount account) {
        this.account = account;
    }

    @Override
    public void register(RoutesConfig routes, CloudEmulator cloud) {
        new PlayerRoutes(account).register(routes, cloud);
        new UploadRoutes(account.uploads()).register(routes, cloud);
        new ImageRoutes(account.images()).register(routes, cloud);
        routes.get("/device-v2/devices/mine", ctx -> {
            if (cloud.authorized(ctx) != null) {
                cloud.json(ctx, 200, wrap("devices", account.players()));
            }
        });
        routes.get("/content/mine", ctx -> {
            if (cloud.authorized(ctx) != null) {
                cloud.json(ctx, 200, wrap("cards", account.cardList()));
            }
        });
        routes.get("/content/{cardId}", ctx -> {
            if (cloud.authorized(ctx) != null) {
                account.card(ctx.pathParam("cardId")).ifPresentOrElse(
                        card -> cloud.json(ctx, 200, one("card", card)),
                        () -> cloud.json(ctx, 404, CloudEmulator.error("not_found", "Card not found")));
            }
        });
        routes.post("/content", ctx -> {
            if (cloud.authorized(ctx) != null) {
                saveCard(ctx, cloud);
            }
        });
        routes.delete("/content/{cardId}", ctx -> {
            if (cloud.authorized(ctx) != null) {
                if (account.deleteCard(ctx.pathParam("cardId"))) {
                    JsonObject ok = new JsonObject();
                    ok.addProperty("status", "ok");
                    cloud.json(ctx, 200, ok);
                } else {
                    cloud.json(ctx, 404, CloudEmulator.error("not_found", "Card not found"));
                }
            }
        });
        routes.get("/card/family/library", ctx -> {
            if (cloud.authorized(ctx) != null) {
                cloud.json(ctx, 200, wrap("cards", account.familyLibraryList()));
            }
        });
        // A card of Yoto's or of the family library, whole (yoto_api rest/endpoints.py card_detail).
        // Whether Yoto also serves the account's own cards here is not captured: the emulator does not,
        // so the client must read those from /content/{id}.
        routes.get("/card/{cardId}", ctx -> {
            if (cloud.authorized(ctx) != null) {
                account.libraryCard(ctx.pathParam("cardId")).ifPresentOrElse(
                        card -> cloud.json(ctx, 200, one("card", card)),
                        () -> cloud.json(ctx, 404, CloudEmulator.error("not_found", "Card not found")));
            }
        });
    }

    private void saveCard(Context ctx, CloudEmulator cloud) {
        JsonObject card;
        try {
            card = JsonParser.parseString(ctx.body()).getAsJsonObject();
        } catch (RuntimeException e) {
            cloud.json(ctx, 400, CloudEmulator.error("bad_request", "Body is not a JSON object"));
            return;
        }
        String title = card.has("title") && card.get("title").isJsonPrimitive() ? card.get("title").getAsString() : "";
        if (title.isEmpty() || title.length() > 100) {
            cloud.json(ctx, 400, CloudEmulator.error("bad_request", "title must be 1-100 characters"));
            return;
        }
        account.saveCard(card).ifPresentOrElse(saved -> cloud.json(ctx, 200, one("card", saved)),
                () -> cloud.json(ctx, 404, CloudEmulator.error("not_found", "Card not found")));
    }

    private static JsonObject wrap(String field, List<JsonObject> items) {
        JsonArray array = new JsonArray();
        items.forEach(array::add);
        JsonObject body = new JsonObject();
        body.add(field, array);
        return body;
    }

    private static JsonObject one(String field, JsonObject item) {
        JsonObject body = new JsonObject();
        body.add(field, item);
        return body;
    }
}
