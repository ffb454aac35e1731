package com.yotosmartstream.story.trace;

import com.yotosmartstream.client.player.PlaybackStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Turns players' reports into journeys. A journey starts when a player is seen busy with a story
 * card (one the resolver knows) and ends when it stops, another card starts, or the player goes
 * quiet; each chapter change (and each replay of the same chapter) is a step, and how the last
 * node was left is worked out from where its exits lead, and so is how it ended: an ending, a
 * question nobody answered in time, a stop, a track that never played. Pure logic: no threads, no clock (time
 * comes with the reports and {@link #tick}); not thread-safe.
 *
 * <p>Reports may come in odd orders: repeated, coalesced (a loading step that was never seen),
 * with positions that jump, with chapter keys the story does not have. Repeats change nothing; a
 * position that jumps back to the start of the same chapter is that chapter played again; an
 * unknown key is a step without a node.
 */
public final class JourneyRecorder {

    /** A track counts as played out when it was at most this far from its end. */
    static final double END_SLACK_SECONDS = 2.5;
    /** A position back at most this far from the start, after having been further, is a replay. */
    static final double REPLAY_SECONDS = 3;
    /** A stop this close to a track's start, after no playing report, means the track never played. */
    static final double NEVER_PLAYED_SECONDS = 0.5;
    /** An open journey with no report for this long ends as {@link Outcome#SILENT}. */
    public static final Duration QUIET = Duration.ofMinutes(20);

    private final Function<String, Optional<CardMap>> cards;
    private final Duration quiet;
    private final Map<String, Open> open = new LinkedHashMap<>();

    /** @param cards the map of each story card by card id; empty for cards that are not stories' */
    public JourneyRecorder(Function<String, Optional<CardMap>> cards) {
        this(cards, QUIET);
    }

    public JourneyRecorder(Function<String, Optional<CardMap>> cards, Duration quiet) {
        this.cards = cards;
        this.quiet = quiet;
    }

    /** Takes one report; returns the journeys it ended (usually none). */
    public List<Journey> accept(PlayerReport report) {
        List<Journey> ended = new ArrayList<>();
        Open current = open.get(report.deviceId());
        if (current != null) {
            current.playerName = report.playerName();
            if (!report.online()) {
                ended.add(finish(current, current.lastHeard, Outcome.SILENT, Choice.UNKNOWN));
                return ended;
            }
            boolean sameCard = report.cardId().map(current.cardId::equals).orElse(false);
            if (report.cardId().isPresent() && !sameCard) {
                ended.add(finish(current, report.at(), Outcome.OTHER_CARD, Choice.UNKNOWN));
            } else if (!report.active()) {
                if (report.playback() == PlaybackStatus.STOPPED || report.cardId().isEmpty()) {
                    ended.add(stopped(current, report));
                }
                return ended;
            } else {
                follow(current, report);
                return ended;
            }
        }
        start(report);
        return ended;
    }

    /** Ends the journeys of players not heard from for too long; returns them. */
    public List<Journey> tick(Instant now) {
        List<Journey> ended = new ArrayList<>();
        for (Open journey : List.copyOf(open.values())) {
            if (Duration.between(journey.lastHeard, now).compareTo(quiet) > 0) {
                ended.add(finish(journey, journey.lastHeard, Outcome.SILENT, Choice.UNKNOWN));
            }
        }
        return ended;
    }

    /** Ends every open journey as {@link Outcome#UNFINISHED} at {@code now} (recording stops). */
    public List<Journey> finishAll(Instant now) {
        List<Journey> ended = new ArrayList<>();
        for (Open journey : List.copyOf(open.values())) {
            ended.add(finish(journey, now, Outcome.UNFINISHED, Choice.UNKNOWN));
        }
        return ended;
    }

    /** The journeys going on now, as they are so far (outcome {@link Outcome#PLAYING}). */
    public List<Journey> inProgress(Instant now) {
        List<Journey> list = new ArrayList<>();
        for (Open journey : open.values()) {
            list.add(journey.snapshot(now, Outcome.PLAYING, Choice.UNKNOWN));
        }
        return list;
    }

    // ---- one journey ----

    private void start(PlayerReport report) {
        if (!report.active() || report.chapterKey().isEmpty()) {
            return;
        }
        Optional<CardMap> map = cards.apply(report.cardId().get());
        if (map.isEmpty()) {
            return;
        }
        Open journey = new Open(report.deviceId(), report.playerName(), map.get().cardId(), map.get().storyId());
        journey.enter(report.chapterKey().get(), map.get().nodeFor(report.chapterKey().get()), report.at());
        journey.heard(report);
        open.put(report.deviceId(), journey);
    }

    private void follow(Open journey, PlayerReport report) {
        if (report.chapterKey().isEmpty()) {
            journey.heard(report);
            return;
        }
        String key = report.chapterKey().get();
        Optional<CardMap> map = cards.apply(journey.cardId);
        Optional<String> node = map.flatMap(m -> m.nodeFor(key));
        boolean moved = !key.equals(journey.chapterKey);
        if (moved || replayed(journey, report)) {
            boolean over = journey.trackOver(report.at(), Optional.empty());
            Choice choice = journey.nodeId.isPresent() && node.isPresent() && map.isPresent()
                    ? map.get().choice(journey.nodeId.get(), node.get(), over) : Choice.UNKNOWN;
            journey.leave(report.at(), choice);
            journey.enter(key, node, report.at());
        }
        journey.heard(report);
    }

    /** The same chapter from its start again, after it had played on (or reloaded after playing). */
    private static boolean replayed(Open journey, PlayerReport report) {
        double before = journey.estimatedPosition(report.at());
        boolean backToStart = report.position().map(p -> p <= REPLAY_SECONDS && before - p >= REPLAY_SECONDS)
                .orElse(false);
        boolean reloaded = report.playback() == PlaybackStatus.LOADING && journey.lastPlayback == PlaybackStatus.PLAYING
                && report.position().map(p -> p <= REPLAY_SECONDS).orElse(true);
        return backToStart || reloaded;
    }

    private Journey stopped(Open journey, PlayerReport report) {
        if (journey.trackLength == null && report.trackLength().isPresent()) {
            // the playing report was coalesced into this one: its length is the stopped track's
            journey.trackLength = report.trackLength().get();
        }
        boolean over = journey.trackOver(report.at(), report.position());
        Optional<CardMap> map = cards.apply(journey.cardId);
        if (!journey.played && !over && report.position().map(p -> p < NEVER_PLAYED_SECONDS).orElse(true)) {
            return finish(journey, report.at(), Outcome.NOT_PLAYED, Choice.UNKNOWN);
        }
        Choice choice = journey.nodeId.isPresent() && map.isPresent()
                ? map.get().stopChoice(journey.nodeId.get(), over) : over ? Choice.END : Choice.UNKNOWN;
        boolean question = journey.nodeId.isPresent() && map.isPresent() && map.get().asksQuestion(journey.nodeId.get());
        Outcome outcome = choice != Choice.END ? Outcome.STOPPED : question ? Outcome.TIMED_OUT : Outcome.ENDING;
        return finish(journey, report.at(), outcome, choice);
    }

    private Journey finish(Open journey, Instant at, Outcome outcome, Choice lastChoice) {
        open.remove(journey.deviceId);
        return journey.snapshot(at, outcome, lastChoice);
    }

    /** A journey being recorded. */
    private static final class Open {
        final String deviceId;
        final String cardId;
        final String storyId;
        String playerName;
        final List<Journey.Step> steps = new ArrayList<>();
        String chapterKey;
        Optional<String> nodeId = Optional.empty();
        Instant entered;
        double position;
        Instant positionAt;
        PlaybackStatus lastPlayback = PlaybackStatus.UNKNOWN;
        Double trackLength;
        Instant lastHeard;
        /** Whether the chapter's track was seen playing (or moving) since it was entered. */
        boolean played;

        Open(String deviceId, String playerName, String cardId, String storyId) {
            this.deviceId = deviceId;
            this.playerName = playerName;
            this.cardId = cardId;
            this.storyId = storyId;
        }

        void enter(String key, Optional<String> node, Instant at) {
            chapterKey = key;
            nodeId = node;
            entered = at;
            position = 0;
            positionAt = at;
            trackLength = null;
            played = false;
        }

        void leave(Instant at, Choice choice) {
            steps.add(new Journey.Step(chapterKey, nodeId, entered, Duration.between(entered, at), choice));
        }

        void heard(PlayerReport report) {
            if (lastHeard == null || report.at().isAfter(lastHeard)) {
                lastHeard = report.at();
            }
            if (report.position().isPresent()) {
                position = report.position().get();
                positionAt = report.at();
            } else if (lastPlayback == PlaybackStatus.PLAYING) {
                position = estimatedPosition(report.at());
                positionAt = report.at();
            }
            // a loading player still reports the length of the track before, so only playing lengths count
            if (report.trackLength().isPresent() && report.playback() != PlaybackStatus.LOADING) {
                trackLength = report.trackLength().get();
            }
            lastPlayback = report.playback();
            played |= report.playback() == PlaybackStatus.PLAYING || report.playback() == PlaybackStatus.PAUSED
                    || report.position().map(p -> p >= NEVER_PLAYED_SECONDS).orElse(false);
        }

        /** Where the track is now: the last position, moved on by the time since if it was playing. */
        double estimatedPosition(Instant now) {
            double moved = lastPlayback == PlaybackStatus.PLAYING && now.isAfter(positionAt)
                    ? Duration.between(positionAt, now).toMillis() / 1000.0 : 0;
            return position + moved;
        }

        boolean trackOver(Instant now, Optional<Double> reported) {
            if (trackLength == null || trackLength <= 0) {
                return false;
            }
            double at = Math.max(estimatedPosition(now), reported.orElse(0.0));
            return at >= trackLength - END_SLACK_SECONDS;
        }

        Journey snapshot(Instant at, Outcome outcome, Choice lastChoice) {
            List<Journey.Step> all = new ArrayList<>(steps);
            all.add(new Journey.Step(chapterKey, nodeId, entered, Duration.between(entered, at), lastChoice));
            return new Journey(0, cardId, storyId, deviceId, playerName, all.get(0).entered(), at, all, outcome);
        }
    }
}
