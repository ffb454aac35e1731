package com.yotosmartstream.story.model;

/**
 * How a story's generated narration sounds, chosen per story: the voice engine's voice, the rate
 * and the pitch, and whether each question ends with spoken choice prompts ("Press the left button
 * to ..."). A recorded node is not spoken; these only shape the nodes that have no audio.
 *
 * @param name the engine's voice name ("en-gb", "Samantha", "Microsoft Zira Desktop"); empty for
 *     the engine's default voice
 * @param rate words per minute, {@value #MIN_RATE} to {@value #MAX_RATE}
 * @param pitch 0 (low) to 99 (high), 50 the voice's own; espeak-ng's scale, which the other engines map
 * @param choicePrompts whether a question's narration ends with its buttons said aloud
 */
public record Voice(String name, int rate, int pitch, boolean choicePrompts) {

    public static final int MIN_RATE = 80;
    public static final int MAX_RATE = 450;
    public static final int DEFAULT_RATE = 160;
    public static final int DEFAULT_PITCH = 50;

    /** What a new story gets: the engine's default voice at an even pace, prompts on. */
    public static final Voice DEFAULT = new Voice("", DEFAULT_RATE, DEFAULT_PITCH, true);

    public Voice {
        name = name == null ? "" : name.strip();
        rate = Math.max(MIN_RATE, Math.min(MAX_RATE, rate));
        pitch = Math.max(0, Math.min(99, pitch));
    }

    public Voice withName(String value) {
        return new Voice(value, rate, pitch, choicePrompts);
    }

    public Voice withRate(int value) {
        return new Voice(name, value, pitch, choicePrompts);
    }

    public Voice withPitch(int value) {
        return new Voice(name, rate, value, choicePrompts);
    }

    public Voice withChoicePrompts(boolean value) {
        return new Voice(name, rate, pitch, value);
    }
}
