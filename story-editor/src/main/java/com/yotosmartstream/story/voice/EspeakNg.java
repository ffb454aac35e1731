package com.yotosmartstream.story.voice;

import com.yotosmartstream.story.model.Voice;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * espeak-ng (Linux's usual speech synthesizer, in Debian's {@code espeak-ng} package): {@code -v}
 * voice, {@code -s} words per minute, {@code -p} pitch 0-99, {@code -b 1} UTF-8 text from {@code -f},
 * {@code -w} the WAV to write (espeak-ng(1)). Rate and pitch are espeak-ng's own scales, which
 * {@link Voice} uses.
 */
public record EspeakNg(Path executable, String version) implements VoiceEngine {

    /** Runs {@code executable --version}; empty when it does not answer like espeak-ng. */
    public static Optional<VoiceEngine> probe(Path executable) {
        try {
            String answer = Commands.query(List.of(executable.toString(), "--version")).strip();
            // "eSpeak NG text-to-speech: 1.51  Data at: /usr/lib/x86_64-linux-gnu/espeak-ng-data"
            int colon = answer.indexOf(':');
            if (!answer.startsWith("eSpeak NG") || colon < 0) {
                return Optional.empty();
            }
            String rest = answer.substring(colon + 1).strip();
            return Optional.of(new EspeakNg(executable, rest.isEmpty() ? "" : rest.split("\\s+")[0]));
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    @Override
    public String name() {
        return "espeak-ng " + version;
    }

    @Override
    public List<String> voices() throws IOException, InterruptedException {
        return parseVoices(Commands.query(List.of(executable.toString(), "--voices")));
    }

    /**
     * The language column of {@code espeak-ng --voices} ("Pty Language Age/Gender VoiceName File
     * Other Languages", then one voice a line), which {@code -v} takes.
     */
    static List<String> parseVoices(String listing) {
        List<String> voices = new ArrayList<>();
        for (String line : listing.lines().skip(1).toList()) {
            String[] columns = line.strip().split("\\s+");
            if (columns.length >= 4 && !voices.contains(columns[1])) {
                voices.add(columns[1]);
            }
        }
        return voices;
    }

    @Override
    public List<String> command(Voice voice, Path textFile, Path wav) {
        List<String> command = new ArrayList<>(List.of(executable.toString()));
        if (!voice.name().isEmpty()) {
            command.addAll(List.of("-v", voice.name()));
        }
        command.addAll(List.of("-s", Integer.toString(voice.rate()), "-p", Integer.toString(voice.pitch()),
                "-b", "1", "-w", wav.toString(), "-f", textFile.toString()));
        return command;
    }
}
