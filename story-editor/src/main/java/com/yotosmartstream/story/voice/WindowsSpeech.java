package com.yotosmartstream.story.voice;

import com.yotosmartstream.story.model.Voice;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Windows' own speech synthesizer, .NET's {@code System.Speech.Synthesis.SpeechSynthesizer}, driven
 * by Windows PowerShell: {@code SelectVoice}, {@code Rate} (-10 to 10), {@code SetOutputToWaveFile}
 * and {@code SpeakSsml} of the text file, which holds SSML 1.0 whose {@code <prosody pitch>} carries
 * the pitch (the synthesizer has no pitch property). Paths and the voice are PowerShell single-quoted
 * strings (a quote doubled), the text never on the command line. Not run here: the project's
 * machines are Linux, so only the script it builds is tested ({@code WindowsSpeechTest}).
 */
public record WindowsSpeech(Path powershell) implements VoiceEngine {

    @Override
    public String name() {
        return "Windows speech (System.Speech)";
    }

    @Override
    public List<String> voices() throws IOException, InterruptedException {
        String script = "Add-Type -AssemblyName System.Speech; $s = New-Object System.Speech.Synthesis.SpeechSynthesizer;"
                + " $s.GetInstalledVoices() | ForEach-Object { $_.VoiceInfo.Name }; $s.Dispose()";
        return Commands.query(powershell(script)).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /** SSML 1.0 with the text escaped and the pitch as a relative change (-50% to +49%). */
    @Override
    public String script(String text, Voice voice) {
        String escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
        int change = voice.pitch() - Voice.DEFAULT_PITCH;
        return "<speak version=\"1.0\" xmlns=\"http://www.w3.org/2001/10/synthesis\" xml:lang=\"en-US\">"
                + "<prosody pitch=\"" + (change >= 0 ? "+" : "") + change + "%\">" + escaped + "</prosody></speak>";
    }

    @Override
    public List<String> command(Voice voice, Path textFile, Path wav) {
        StringBuilder script = new StringBuilder("Add-Type -AssemblyName System.Speech; ")
                .append("$s = New-Object System.Speech.Synthesis.SpeechSynthesizer; ");
        if (!voice.name().isEmpty()) {
            script.append("$s.SelectVoice(").append(quoted(voice.name())).append("); ");
        }
        script.append("$s.Rate = ").append(rate(voice.rate())).append("; ")
                .append("$s.SetOutputToWaveFile(").append(quoted(wav.toString())).append("); ")
                .append("$s.SpeakSsml([System.IO.File]::ReadAllText(").append(quoted(textFile.toString()))
                .append(", [System.Text.Encoding]::UTF8)); ")
                .append("$s.Dispose()");
        return powershell(script.toString());
    }

    /** Words per minute as System.Speech's -10..10, 0 being its normal pace of about 160 words a minute. */
    static int rate(int wordsPerMinute) {
        return Math.max(-10, Math.min(10, Math.round((wordsPerMinute - Voice.DEFAULT_RATE) / 20f)));
    }

    /**
     * A PowerShell single-quoted string: nothing inside is expanded, a quote is doubled. PowerShell
     * also takes the typographic single quotes (U+2018, U+2019, U+201A, U+201B) as quotes, so they
     * are doubled too.
     */
    static String quoted(String value) {
        StringBuilder out = new StringBuilder("'");
        for (char c : value.toCharArray()) {
            out.append(c);
            if (c == '\'' || (c >= '\u2018' && c <= '\u201B')) {
                out.append(c);
            }
        }
        return out.append('\'').toString();
    }

    private List<String> powershell(String script) {
        return List.of(powershell.toString(), "-NoProfile", "-NonInteractive", "-ExecutionPolicy", "Bypass",
                "-Command", script);
    }
}
