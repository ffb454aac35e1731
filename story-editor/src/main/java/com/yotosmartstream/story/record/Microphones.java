package com.yotosmartstream.story.record;

import java.util.List;

/**
 * The capture seam: the microphones of this computer and recording from one. The app's is
 * {@link JavaSoundMicrophones} ({@code javax.sound.sampled}); tests give one that feeds PCM.
 */
public interface Microphones {

    /** The name for "whichever microphone the system uses by default". */
    String SYSTEM_DEFAULT = "System default";

    /** What to say when there is no microphone at all. */
    String NONE_FOUND = "No microphone was found. Plug one in (or switch it on in the system's sound settings),"
            + " then press R again.";

    /** The microphones to choose from, by name; empty when there is none. May block briefly. */
    List<String> names();

    /**
     * Starts recording from {@code name} (or {@link #SYSTEM_DEFAULT}), asking for {@code wanted}
     * first; frames go to {@code listener} until {@link Capture#stop()}.
     *
     * @throws CaptureException with a message for the user when it cannot record
     */
    Capture start(String name, PcmFormat wanted, CaptureListener listener) throws CaptureException;
}
