package com.yotosmartstream.story.record;

import java.util.Optional;

/**
 * Receives what a {@link Capture} hears. Called on the capture's own thread (never the UI's),
 * one call at a time; keep it short.
 */
public interface CaptureListener {

    void frames(PcmChunk chunk);

    /**
     * The capture ended: after {@link Capture#stop()}, or by itself with a {@code problem} in the
     * user's words (the device was unplugged). Called once; no frames follow.
     */
    void ended(Optional<String> problem);
}
