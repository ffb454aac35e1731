package com.yotosmartstream.client.model;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A 16x16 display icon, as {@code GET /media/displayIcons/user/yoto} (Yoto's public icons),
 * {@code .../user/me} (the account's own) and the icon upload give it. Tracks and chapters show it
 * through {@link #reference()}.
 */
public final class DisplayIcon extends JsonBacked {

    public DisplayIcon(JsonObject json) {
        super(json);
    }

    public String mediaId() {
        return string("mediaId").orElse("");
    }

    /** What a track's or chapter's {@code display.icon16x16} holds: {@code yoto:#<mediaId>}. */
    public String reference() {
        return "yoto:#" + mediaId();
    }

    public Optional<String> displayIconId() {
        return string("displayIconId");
    }

    /** Where the picture can be fetched. */
    public Optional<String> url() {
        return string("url");
    }

    public Optional<String> title() {
        return string("title");
    }

    public Optional<String> userId() {
        return string("userId");
    }

    /** The tags of a public icon ("space", "animals"...); empty for own icons. */
    public List<String> publicTags() {
        JsonElement tags = json.get("publicTags");
        List<String> list = new ArrayList<>();
        if (tags != null && tags.isJsonArray()) {
            for (JsonElement tag : tags.getAsJsonArray()) {
                if (tag.isJsonPrimitive()) {
                    list.add(tag.getAsString());
                }
            }
        }
        return List.copyOf(list);
    }

    /** True when an upload created the icon; false when Yoto already had the same picture. */
    public boolean isNew() {
        JsonElement value = json.get("new");
        return value != null && value.isJsonPrimitive() && value.getAsJsonPrimitive().isBoolean()
                && value.getAsBoolean();
    }
}
