package com.yotosmartstream.app.settings;

import com.yotosmartstream.story.voice.Speech;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The Settings page's line about the voice engine that speaks nodes without recorded audio (ADR
 * 0077): which one was found, or what to install, and Look again.
 */
public final class VoiceSettingsViewModel {

    private final Speech speech;
    private final Runnable detectAgain;
    private final ReadOnlyStringWrapper engine = new ReadOnlyStringWrapper();

    /**
     * @param detectAgain looks for the engine again in the background and sets it on {@code speech}
     */
    public VoiceSettingsViewModel(Speech speech, Executor fxThread, Runnable detectAgain) {
        this.speech = speech;
        this.detectAgain = detectAgain;
        engine.set(speech.describe());
        speech.addListener(found -> fxThread.execute(() -> engine.set(speech.describe())));
    }

    public ReadOnlyStringProperty engineProperty() {
        return engine.getReadOnlyProperty();
    }

    public void lookAgain() {
        engine.set("Looking for a voice engine\u2026");
        detectAgain.run();
    }
}
