package com.yotosmartstream.story.record;

/** A microphone that is being recorded from. */
public interface Capture {

    /** The format of the frames it delivers. */
    PcmFormat format();

    /** The microphone's name as the chooser lists it. */
    String microphone();

    /**
     * Stops capturing and waits (briefly) until the last frames reached the listener and its
     * {@code ended} was called. May block: call it off the UI thread. Safe to call twice.
     */
    void stop();
}
