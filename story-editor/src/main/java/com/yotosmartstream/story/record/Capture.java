package com.yotosmartstream.story.record;

/** A microphone that is being recorded from. */
public interface Capture {

    /** The format of the frames it delivers. */
    PcmFormat format();

    /** The microphone's name as the chooser lists it. */
    String microphone();

    /**
     * Stops capturing without waiting: the last frames and the listener's {@code ended} follow
     * soon, on the capture's thread. Safe to call twice and from any thread.
     */
    void stop();
}
