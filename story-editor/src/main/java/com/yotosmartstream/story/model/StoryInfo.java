package com.yotosmartstream.story.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a story says about itself: title, author, description, cover, the node it starts at, and
 * the Yoto card it was published as.
 *
 * @param id a stable identifier (a UUID; kept as the IFID when the story goes to and from Twine)
 * @param cover an image reference (a Yoto cover URL or a file), empty when none
 * @param startId the start node's id, empty when none is chosen
 * @param card the card the story was last published as; empty before its first publish. A
 *     property of the document, not an edit: undo never changes it (ADR 0028)
 * @param waiting what a node that asks a question does when nobody answers, unless the node says
 *     otherwise ({@link StoryNode#waiting()}); stop when not chosen, as before it could be chosen
 * @param voice how the nodes without recorded audio are spoken ({@link Voice#DEFAULT} for a new story)
 * @param twine what an import from Twine kept of Twine beyond the nodes; empty for a story made here
 * @param variables the story's variables with their first values, one declaration a line in the
 *     variable language ({@code key = false}, {@code gold = 0 in 0..5}; ADR 0082); empty for most stories
 */
public record StoryInfo(String id, String title, String author, String description, String cover, String startId,
        Optional<PublishedCard> card, Waiting waiting, Voice voice, Optional<TwineOrigin> twine, List<String> variables) {

    public StoryInfo {
        Objects.requireNonNull(id, "id");
        title = nonNull(title);
        author = nonNull(author);
        description = nonNull(description);
        cover = nonNull(cover);
        startId = nonNull(startId);
        card = card == null ? Optional.empty() : card;
        waiting = waiting == null ? Waiting.STOP : waiting;
        voice = voice == null ? Voice.DEFAULT : voice;
        twine = twine == null ? Optional.empty() : twine;
        variables = variables == null ? List.of()
                : variables.stream().map(String::strip).filter(v -> !v.isEmpty()).toList();
    }

    public StoryInfo(String id, String title, String author, String description, String cover, String startId,
            Optional<PublishedCard> card, Waiting waiting, Voice voice, Optional<TwineOrigin> twine) {
        this(id, title, author, description, cover, startId, card, waiting, voice, twine, List.of());
    }

    /** A story spoken in the default voice, with choice prompts. */
    public StoryInfo(String id, String title, String author, String description, String cover, String startId,
            Optional<PublishedCard> card, Waiting waiting) {
        this(id, title, author, description, cover, startId, card, waiting, Voice.DEFAULT, Optional.empty());
    }

    /** A story whose questions stop when nobody answers. */
    public StoryInfo(String id, String title, String author, String description, String cover, String startId,
            Optional<PublishedCard> card) {
        this(id, title, author, description, cover, startId, card, Waiting.STOP);
    }

    /** A story not published yet. */
    public StoryInfo(String id, String title, String author, String description, String cover, String startId) {
        this(id, title, author, description, cover, startId, Optional.empty());
    }

    public StoryInfo withTitle(String value) {
        return new StoryInfo(id, value, author, description, cover, startId, card, waiting, voice, twine, variables);
    }

    public StoryInfo withAuthor(String value) {
        return new StoryInfo(id, title, value, description, cover, startId, card, waiting, voice, twine, variables);
    }

    public StoryInfo withDescription(String value) {
        return new StoryInfo(id, title, author, value, cover, startId, card, waiting, voice, twine, variables);
    }

    public StoryInfo withCover(String value) {
        return new StoryInfo(id, title, author, description, value, startId, card, waiting, voice, twine, variables);
    }

    public StoryInfo withStartId(String value) {
        return new StoryInfo(id, title, author, description, cover, value, card, waiting, voice, twine, variables);
    }

    public StoryInfo withCard(Optional<PublishedCard> value) {
        return new StoryInfo(id, title, author, description, cover, startId, value, waiting, voice, twine, variables);
    }

    public StoryInfo withWaiting(Waiting value) {
        return new StoryInfo(id, title, author, description, cover, startId, card, value, voice, twine, variables);
    }

    public StoryInfo withVoice(Voice value) {
        return new StoryInfo(id, title, author, description, cover, startId, card, waiting, value, twine);
    }

    public StoryInfo withTwine(Optional<TwineOrigin> value) {
        return new StoryInfo(id, title, author, description, cover, startId, card, waiting, voice, value, variables);
    }

    public StoryInfo withVariables(List<String> value) {
        return new StoryInfo(id, title, author, description, cover, startId, card, waiting, voice, twine, value);
    }

    /** The id of the card the story was published as, if it was. */
    public Optional<String> cardId() {
        return card.map(PublishedCard::cardId);
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
