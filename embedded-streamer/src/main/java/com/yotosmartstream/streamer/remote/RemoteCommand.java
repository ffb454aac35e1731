package com.yotosmartstream.streamer.remote;

import java.util.Optional;

/**
 * A command from the remote page, checked: {@link #parse} refuses anything out of range.
 *
 * @param value the volume step (0..16, as players report it), the sleep timer (minutes, 0 for off) or unused
 * @param colour the night-light colour as {@code #rrggbb}, for {@link Action#LIGHT}
 * @param card the card to start, for {@link Action#PLAY}
 * @param chapter the chapter key to start at, if any
 */
public record RemoteCommand(Action action, int value, String colour, String card, Optional<String> chapter) {

    /** What the page can ask for. */
    public enum Action {
        PLAY_PAUSE, STOP, NEXT, PREVIOUS, VOLUME, SLEEP, LIGHT, PLAY;

        static Optional<Action> named(String name) {
            for (Action action : values()) {
                if (action.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-').equals(name)) {
                    return Optional.of(action);
                }
            }
            return Optional.empty();
        }
    }

    /** Sleep timers longer than this are refused (the page offers presets up to an hour). */
    static final int MAX_SLEEP_MINUTES = 180;

    /** A command from the page's JSON fields, or empty when any of them is missing or out of range. */
    static Optional<RemoteCommand> parse(String action, Integer value, String colour, String card, String chapter) {
        Optional<Action> named = action == null ? Optional.empty() : Action.named(action);
        if (named.isEmpty()) {
            return Optional.empty();
        }
        return switch (named.get()) {
            case PLAY_PAUSE, STOP, NEXT, PREVIOUS -> Optional.of(new RemoteCommand(named.get(), 0, "", "",
                    Optional.empty()));
            case VOLUME -> value == null || value < 0 || value > 16 ? Optional.empty()
                    : Optional.of(new RemoteCommand(Action.VOLUME, value, "", "", Optional.empty()));
            case SLEEP -> value == null || value < 0 || value > MAX_SLEEP_MINUTES ? Optional.empty()
                    : Optional.of(new RemoteCommand(Action.SLEEP, value, "", "", Optional.empty()));
            case LIGHT -> colour == null || !colour.matches("#[0-9a-fA-F]{6}") ? Optional.empty()
                    : Optional.of(new RemoteCommand(Action.LIGHT, 0, colour.toLowerCase(java.util.Locale.ROOT), "",
                            Optional.empty()));
            case PLAY -> card == null || card.isEmpty() || card.length() > 128
                    || (chapter != null && (chapter.isEmpty() || chapter.length() > 128))
                    ? Optional.empty()
                    : Optional.of(new RemoteCommand(Action.PLAY, 0, "", card, Optional.ofNullable(chapter)));
        };
    }

    /** The night-light colour's red, green and blue (0..255). */
    public int[] rgb() {
        int packed = Integer.parseInt(colour.substring(1), 16);
        return new int[] {(packed >> 16) & 0xff, (packed >> 8) & 0xff, packed & 0xff};
    }
}
