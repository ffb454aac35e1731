package com.yotosmartstream.story.stats;

import com.yotosmartstream.story.model.AudioRef;
import com.yotosmartstream.story.model.Exit;
import com.yotosmartstream.story.model.Story;
import com.yotosmartstream.story.model.StoryNode;
import com.yotosmartstream.story.model.Target;
import com.yotosmartstream.story.voice.ChoicePrompts;
import com.yotosmartstream.story.voice.Narrator;
import com.yotosmartstream.story.voice.SpokenText;
import java.util.List;
import java.util.Optional;

/**
 * How long one node plays on the card, and the words its author wrote for it.
 *
 * <ul>
 * <li>A node with a recording plays its track: the length the story keeps with it ({@link AudioRef#seconds()}).
 *     When the story has choice prompts on and the node has buttons, the spoken prompts are joined after the
 *     recording (ADR 0088): their words are added at the story's rate, and the time is then {@link
 *     Kind#ESTIMATED}.</li>
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

    /** "Press the left button to": the words before each prompt's own. */
    private static final int PROMPT_WORDS = 5;
    private static final String GO_ON = "go on";

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
        int words = spokenWords(node.narration());
        if (node.audio().isPresent()) {
            double seconds = node.audio().get().seconds();
            int promptWords = promptWords(story, node);
            if (seconds > 0 && promptWords > 0) {
                return new NodeTime(seconds + promptWords * 60.0 / story.info().voice().rate(), Kind.ESTIMATED, words);
            }
            return new NodeTime(seconds, seconds > 0 ? Kind.RECORDED : Kind.UNKNOWN, words);
        }
        return new NodeTime(generatedWords(story, node, words) * 60.0 / story.info().voice().rate(), Kind.ESTIMATED,
                words);
    }

    /**
     * How many words {@link Narrator#words} gives the engine for a node whose narration has
     * {@code narrationWords}: the narration (or, when it has no text, the title), then each button's
     * {@link ChoicePrompts} sentence, "Press the left button to" and the label's words (or the target's
     * title, "go on", or "stop"). Counted without making the sentences, which at 2,000 nodes costs most
     * of the statistics; {@code NodeTimeTest} holds it to the count of the words themselves.
     */
    static int generatedWords(Story story, StoryNode node, int narrationWords) {
        int count = node.narration().isBlank() || narrationWords == 0 && SpokenText.of(node.narration()).isBlank()
                ? spokenWords(node.title()) : narrationWords;
        return count + promptWords(story, node);
    }

    /** The words of the node's spoken choice prompts ({@link ChoicePrompts}), 0 when the story has them off. */
    static int promptWords(Story story, StoryNode node) {
        if (!story.info().voice().choicePrompts()) {
            return 0;
        }
        int count = 0;
        for (Exit exit : List.of(Exit.LEFT, Exit.RIGHT)) {
            Optional<Target> target = node.exit(exit);
            if (target.isEmpty()) {
                continue;
            }
            String said = node.label(exit).orElseGet(() -> target.get() instanceof Target.Goto go
                    ? story.node(go.nodeId()).map(StoryNode::title).filter(t -> !t.isBlank()).orElse(GO_ON) : "stop");
            count += PROMPT_WORDS + promptWords(said);
        }
        return count;
    }

    /** The words a prompt says for {@code said}: "go on" where nothing is left once the end's punctuation goes. */
    private static int promptWords(String said) {
        int words = spokenWords(said);
        if (words == 0 && SpokenText.of(said).replaceAll("[\\s.!?;:,]+$", "").isBlank()) {
            return 2; // as ChoicePrompts.words
        }
        return words;
    }

    /**
     * The words of {@link SpokenText#of}: counted at once for plain text, through {@code SpokenText}
     * only where the text has a character its markup starts with (links, tags, macros, inserts,
     * variables, comments); the emphasis marks it drops never join or split words.
     */
    static int spokenWords(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '<' || c == '[' || c == '{' || c == '(' || c == '$' || c == '_'
                    || c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '*') {
                return countWords(SpokenText.of(text));
            }
        }
        return countWords(text);
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
