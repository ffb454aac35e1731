package com.yotosmartstream.story.model;

import java.util.Objects;

/**
 * What a story says about itself: title, author, description, cover, and the node it starts at.
 *
 * @param id a stable identifier (a UUID; kept as the IFID when the story goes to and from Twine)
 * @param cover an image reference (a Yoto cover URL or a file), empty when none
 * @param startId the start node's id, empty when none is chosen
 */
public record StoryInfo(String id, String title, String author, String description, String cover, String startId) {

    public StoryInfo {
        Objects.requireNonNull(id, "id");
        title = nonNull(title);
        author = nonNull(author);
        description = nonNull(description);
        cover = nonNull(cover);
        startId = nonNull(startId);
    }

    public StoryInfo withTitle(String value) {
        return new StoryInfo(id, value, author, description, cover, startId);
    }

    public StoryInfo withAuthor(String value) {
        return new StoryInfo(id, title, value, description, cover, startId);
    }

    public StoryInfo withDescription(String value) {
        return new StoryInfo(id, title, author, value, cover, startId);
    }

    public StoryInfo withCover(String value) {
        return new StoryInfo(id, title, author, description, value, startId);
    }

    public StoryInfo withStartId(String value) {
        return new StoryInfo(id, title, author, description, cover, value);
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
