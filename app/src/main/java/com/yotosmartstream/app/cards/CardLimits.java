package com.yotosmartstream.app.cards;

import com.yotosmartstream.core.text.Durations;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The limits a linear card must keep: Yoto's (a title of 1 to 100 characters, chapters with
 * tracks) and the ones households report (60 minutes a track, 100 tracks a card).
 */
public final class CardLimits {

    public static final int MAX_TITLE = 100;
    public static final int MAX_TRACKS = 100;
    public static final Duration MAX_TRACK = Duration.ofMinutes(60);

    private CardLimits() {
    }

    public static List<CardProblem> check(CardDraft draft) {
        List<CardProblem> problems = new ArrayList<>();
        if (draft.title().isBlank()) {
            problems.add(new CardProblem(true, "Give the card a title."));
        } else if (draft.title().strip().length() > MAX_TITLE) {
            problems.add(new CardProblem(true, "The title has " + draft.title().strip().length()
                    + " characters; Yoto takes at most " + MAX_TITLE + ". Shorten it."));
        }
        if (draft.chapters().isEmpty()) {
            problems.add(new CardProblem(true, "Add a chapter: drop tracks from the library here."));
        }
        for (int i = 0; i < draft.chapters().size(); i++) {
            DraftChapter chapter = draft.chapters().get(i);
            String name = "Chapter " + (i + 1) + (chapter.title().isBlank() ? "" : " (" + chapter.title() + ")");
            if (chapter.tracks().isEmpty()) {
                problems.add(new CardProblem(true, name + " has no tracks: add one or remove the chapter."));
            }
            for (DraftTrack track : chapter.tracks()) {
                if (track.duration().compareTo(MAX_TRACK) > 0) {
                    problems.add(new CardProblem(false, name + ": '" + track.title() + "' lasts "
                            + Durations.clock(track.duration()) + "; players are reported to fail on tracks over"
                            + " 60 minutes. Split it into parts (Split tracks over 60 minutes, below)."));
                }
            }
        }
        if (draft.trackCount() > MAX_TRACKS) {
            problems.add(new CardProblem(false, "The card has " + draft.trackCount() + " tracks; a make-your-own card"
                    + " is reported to hold at most " + MAX_TRACKS + ". Make two cards."));
        }
        return problems;
    }

    public static boolean publishable(CardDraft draft) {
        return check(draft).stream().noneMatch(CardProblem::blocking);
    }
}
