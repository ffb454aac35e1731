package com.yotosmartstream.story.stats;

import com.yotosmartstream.story.model.AudioRef;
import com.yotosmartstream.story.model.Story;
import com.yotosmartstream.story.model.StoryNode;
import com.yotosmartstream.story.voice.Narrator;
import com.yotosmartstream.story.voice.SpokenText;

/**
 * How long one node plays on the card, and the words its author wrote for it.
 *
 * <ul>
 * <li>A node with a recording plays its track: the length the story keeps with it ({@link AudioRef#seconds()}).
 *     A recording gets no spoken choice prompt (ADR 0077), so nothing is added.</li>
 * <li>A node without one is spoken by the computer's voice (ADR 0077): its narration (or title) and, when the
 *     story has them on, its choice prompts, exactly the words {@link Narrator#words} gives the engine. Its length
 *     is estimated from those words at the story's rate in words a minute ({@link
 *     com.yotosmartstream.story.model.Voice#rate()}), so it is {@link Kind#ESTIMATED}. The real WAV exists only
 *     after a playtest or a publish; espeak-ng speaks a little faster than its nominal rate (ADR 0087), so the
 *     estimate errs long, which is the safe side for a bedtime.</li>
 * <li>A recording whose length the story does not know (0 s) counts as nothing and is {@link Kind#UNKNOWN}.</li>
 * </ul>
 *
 * @param seconds how long the node plays
 * @param words the words of its narration as spoken ({@link SpokenText}: markup and macros not counted)
 */
public record NodeTime(double seconds, Kind kind, int words) {

    /** Where the length comes from. */
    public enum Kind {
        /** The recording's length. */
        RECORDED,
        /** Generated narration: estimated from its words and the voice's rate. */
        ESTIMATED,
        /** A recording of unknown length, counted as 0 s. */
        UNKNOWN
    }

    /** How long {@code node} of {@code story} plays, and its words. */
    public static NodeTime of(Story story, StoryNode node) {
        int words = countWords(SpokenText.of(node.narration()));
        if (node.audio().isPresent()) {
            double seconds = node.audio().get().seconds();
            return new NodeTime(seconds, seconds > 0 ? Kind.RECORDED : Kind.UNKNOWN, words);
        }
        int spoken = countWords(Narrator.words(story, node));
        return new NodeTime(spoken * 60.0 / story.info().voice().rate(), Kind.ESTIMATED, words);
    }

    /** Words: runs of characters between white space that hold a letter or a digit ("--" is not a word). */
    static int countWords(String text) {
        int count = 0;
        boolean counted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                counted = false;
            } else if (!counted && Character.isLetterOrDigit(c)) {
                count++;
                counted = true;
            }
        }
        return count;
    }
}
