package com.yotosmartstream.streamer.chapters;

import java.util.List;

/**
 * The chapter marks read from a file, and what was wrong with the ones left out ("2 chapter marks
 * lay past the end of the file and were left out").
 */
public record Chapters(List<Chapter> marks, List<String> notes) {

    public static final Chapters NONE = new Chapters(List.of(), List.of());

    public Chapters {
        marks = List.copyOf(marks);
        notes = List.copyOf(notes);
    }

    public boolean isEmpty() {
        return marks.isEmpty();
    }
}
