package com.yotosmartstream.story.voice;

import com.yotosmartstream.story.model.Voice;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * macOS's {@code say} (say(1)): {@code -v} voice, {@code -r} words per minute, {@code -f} the text
 * file, {@code -o} with {@code --file-format=WAVE --data-format=LEI16@22050} a 16-bit WAV. say has
 * no pitch option; the pitch is the embedded speech command {@code [[pbas n]]} (Apple's Speech
 * Synthesis Programming Guide, "pitch base") written before the text, 50 being {@link Voice}'s
 * middle. Not run here: the project's machines are Linux, so only the command line it builds is
 * tested ({@code MacSayTest}); say so in docs (DEVELOPERS.md).
 */
public record MacSay(Path executable) implements VoiceEngine {

    private static final Pattern VOICE_LINE = Pattern.compile("^(.+?)\\s+[a-z]{2,3}[_-][A-Za-z0-9]+\\s+#.*$");

    @Override
    public String name() {
        return "macOS say";
    }

    @Override
    public List<String> voices() throws IOException, InterruptedException {
        return parseVoices(Commands.query(List.of(executable.toString(), "-v", "?")));
    }

    /** {@code say -v ?} prints "Samantha            en_US    # Hello, my name is Samantha." a voice a line. */
    static List<String> parseVoices(String listing) {
        List<String> voices = new ArrayList<>();
        for (String line : listing.lines().toList()) {
            Matcher m = VOICE_LINE.matcher(line.strip());
            if (m.matches()) {
                voices.add(m.group(1).strip());
            }
        }
        return voices;
    }

    /** The text after a pitch base of 30 to 69.6 (pitch 0 to 99; 50 gives 50). */
    @Override
    public String script(String text, Voice voice) {
        return "[[pbas " + String.format(java.util.Locale.ROOT, "%.1f", 30 + voice.pitch() * 0.4) + "]] " + text;
    }

    @Override
    public List<String> command(Voice voice, Path textFile, Path wav) {
        List<String> command = new ArrayList<>(List.of(executable.toString()));
        if (!voice.name().isEmpty()) {
            command.addAll(List.of("-v", voice.name()));
        }
        command.addAll(List.of("-r", Integer.toString(voice.rate()), "-o", wav.toString(), "--file-format=WAVE",
                "--data-format=LEI16@22050", "-f", textFile.toString()));
        return command;
    }
}
