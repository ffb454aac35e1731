package com.yotosmartstream.app.shell;

import java.util.Objects;

/**
 * The state of a service the status bar shows (the Yoto cloud connection, the streaming server).
 *
 * @param level how it is going, which sets the indicator's colour
 * @param text the short status line
 * @param detail a longer explanation for the tooltip: the reason of a failure, what to do
 */
public record ServiceStatus(Level level, String text, String detail) {

    /** Off (grey), working (blue), fine (green), failed (red). */
    public enum Level { OFF, BUSY, OK, ERROR }

    public ServiceStatus {
        Objects.requireNonNull(level);
        Objects.requireNonNull(text);
        Objects.requireNonNull(detail);
    }
}
