package com.yotosmartstream.client.model;

import com.google.gson.JsonObject;

/**
 * A cover picture uploaded to Yoto: the {@code coverImage} object of {@code POST
 * /media/coverImage/user/me/upload}. A card shows it through {@code metadata.cover.imageL}, set
 * to {@link #mediaUrl()}.
 */
public final class CoverImage extends JsonBacked {

    public CoverImage(JsonObject json) {
        super(json);
    }

    public String mediaId() {
        return string("mediaId").orElse("");
    }

    public String mediaUrl() {
        return string("mediaUrl").orElse("");
    }
}
