package com.yotosmartstream.story.twine;

import com.yotosmartstream.story.model.Position;
import java.util.List;
import java.util.Optional;

/** A passage as Twee or Twine HTML holds it: name, tags, place on Twine's map (if any), text. */
public record TwinePassage(String name, List<String> tags, Optional<Position> position, String text) {

    public TwinePassage {
        tags = List.copyOf(tags);
    }
}
