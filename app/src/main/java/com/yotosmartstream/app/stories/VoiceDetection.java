package com.yotosmartstream.app.stories;

import com.yotosmartstream.core.task.BackgroundTask;
import com.yotosmartstream.core.task.TaskExecutor;
import com.yotosmartstream.story.voice.Speech;
import com.yotosmartstream.story.voice.VoiceEngines;

/** Looks for the computer's voice engine in the background (at start and on Look again) and gives it to {@link Speech}. */
public final class VoiceDetection {

    private VoiceDetection() {
    }

    public static void detect(TaskExecutor executor, Speech speech) {
        executor.submit(BackgroundTask.of("Looking for a voice engine", ctx -> VoiceEngines.detect())
                .onSuccess(speech::setEngine));
    }
}
