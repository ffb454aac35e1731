package com.yotosmartstream.story.voice;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The voice engine the app found (or that there is none yet), and the folder where spoken narration
 * is cached: one object shared by the playtest, publishing and the Settings page. The engine is set
 * when detection ends ({@link VoiceEngines#detect()}, in the background) and again after Look again;
 * listeners hear each change on the thread that set it.
 */
public final class Speech {

    private final Path cache;
    private final List<Consumer<Optional<VoiceEngine>>> listeners = new CopyOnWriteArrayList<>();
    private volatile Optional<VoiceEngine> engine = Optional.empty();
    private volatile boolean checked;

    public Speech(Path cacheFolder) {
        this.cache = cacheFolder;
    }

    /** No engine, and none to look for (tests, and pages shown without the app). */
    public static Speech none() {
        Speech speech = new Speech(Path.of(System.getProperty("java.io.tmpdir"), "yss-no-narration"));
        speech.checked = true;
        return speech;
    }

    public void setEngine(Optional<VoiceEngine> value) {
        engine = value;
        checked = true;
        listeners.forEach(l -> l.accept(value));
    }

    public Optional<VoiceEngine> engine() {
        return engine;
    }

    /** Whether detection has ended at least once. */
    public boolean checked() {
        return checked;
    }

    /** A narrator with the engine, when there is one. */
    public Optional<Narrator> narrator() {
        return engine.map(e -> new Narrator(e, cache));
    }

    public void addListener(Consumer<Optional<VoiceEngine>> listener) {
        listeners.add(listener);
    }

    /** What to say about narration when the story has nodes without audio. */
    public String describe() {
        return checked ? VoiceEngines.describe(engine) : "Looking for a voice engine\u2026";
    }
}
