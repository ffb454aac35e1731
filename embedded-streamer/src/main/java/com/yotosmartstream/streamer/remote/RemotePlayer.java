package com.yotosmartstream.streamer.remote;

/**
 * One player as the remote page shows it: only what a parent sees on the dashboard's tile (no
 * serial, no account, no token).
 *
 * @param id the key the page sends commands to (the app's own, not necessarily the device id)
 * @param battery percent, -1 when unknown
 * @param status "playing", "paused", "stopped" or "unknown"
 * @param position seconds into the track when this was taken
 * @param length the track's length in seconds, 0 when unknown
 * @param volume the volume step (0..16), -1 when unknown
 * @param sleep "sleep in 19:58", or empty
 * @param nightlight the night-light mode the player reports, or empty when off
 * @param feedback the last command's words, as the tile says them
 */
public record RemotePlayer(String id, String name, String model, boolean online, String lastHeard, int battery,
        boolean charging, String status, String card, String chapter, String cover, double position, double length,
        int volume, int volumeMax, String sleep, String nightlight, boolean hasLight, String problem,
        String feedback) {
}
