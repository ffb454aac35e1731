package com.yotosmartstream.client.sim;

import static com.yotosmartstream.client.sim.CommandBodies.chapter;
import static com.yotosmartstream.client.sim.CommandBodies.track;

import com.yotosmartstream.client.model.Card;
import com.yotosmartstream.client.model.CardAction;
import com.yotosmartstream.client.model.Chapter;
import com.yotosmartstream.client.model.Track;
import java.util.List;
import java.util.Optional;

/**
 * Where a virtual player goes on a button press or at the end of a track: interactive cards
 * follow the track's {@code onLhb}/{@code onRhb}/{@code onEnd}; linear cards skip chapters with
 * the buttons and run on to the next track and chapter.
 */
final class CardNavigation {

    /** What to do next: play {@code chapter}/{@code track}, or stop (with a problem, if any). */
    record Step(Chapter chapter, Track track, String problem) {
        static Step play(Chapter chapter, Track track) {
            return new Step(chapter, track, null);
        }

        static Step stop(String problem) {
            return new Step(null, null, problem);
        }

        boolean plays() {
            return track != null;
        }
    }

    private CardNavigation() {
    }

    /** The next step after {@code event} on this track; empty when the event changes nothing. */
    static Optional<Step> after(Card card, Chapter chapter, Track track, Track.Event event) {
        if (card.isInteractive()) {
            Optional<CardAction> action = track.action(event);
            if (action.isPresent() && action.get() instanceof CardAction.Goto go) {
                Optional<Chapter> target = chapter(card, go.chapterKey());
                Optional<Track> targetTrack = target.flatMap(c -> track(c, go.trackKey()));
                return Optional.of(targetTrack.isPresent() ? Step.play(target.get(), targetTrack.get())
                        : Step.stop("the card goes to a chapter that does not exist: " + go.chapterKey()));
            }
            if (action.isPresent() && action.get() instanceof CardAction.Stop || event == Track.Event.END) {
                return Optional.of(Step.stop(null));
            }
            return Optional.empty();
        }
        List<Chapter> chapters = card.chapters();
        int c = chapters.indexOf(chapter);
        return Optional.of(switch (event) {
            case LEFT_BUTTON -> c > 0 ? Step.play(chapters.get(c - 1), chapters.get(c - 1).tracks().get(0))
                    : Step.play(chapter, chapter.tracks().get(0));
            case RIGHT_BUTTON -> next(chapters, c, chapter, track, false);
            case END -> next(chapters, c, chapter, track, true);
        });
    }

    private static Step next(List<Chapter> chapters, int c, Chapter chapter, Track track, boolean withinChapter) {
        List<Track> tracks = chapter.tracks();
        int t = tracks.indexOf(track);
        if (withinChapter && t >= 0 && t + 1 < tracks.size()) {
            return Step.play(chapter, tracks.get(t + 1));
        }
        for (int i = c + 1; i < chapters.size(); i++) {
            if (!chapters.get(i).tracks().isEmpty()) {
                return Step.play(chapters.get(i), chapters.get(i).tracks().get(0));
            }
        }
        return Step.stop(null);
    }
}
