package com.yotosmartstream.story.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.yotosmartstream.story.model.Voice;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The command lines each engine builds. macOS say and Windows' System.Speech cannot run on the
 * project's Linux machines, so this is what is tested of them: flags as say(1) documents them, and a
 * PowerShell script in which nothing from a story is ever code.
 */
class CommandLinesTest {

    private static final Path TEXT = Path.of("/tmp/n 1.txt");
    private static final Path WAV = Path.of("/tmp/n 1.wav");
    private static final Voice VOICE = new Voice("Samantha", 200, 70, true);

    @Test
    void espeakGetsVoiceRatePitchUtf8InputAndTheWavFile() {
        List<String> command = new EspeakNg(Path.of("/usr/bin/espeak-ng"), "1.51").command(new Voice("en-gb", 200, 70, true),
                TEXT, WAV);
        assertEquals(List.of("/usr/bin/espeak-ng", "-v", "en-gb", "-s", "200", "-p", "70", "-b", "1", "-w", "/tmp/n 1.wav",
                "-f", "/tmp/n 1.txt"), command);
        assertEquals(List.of("/usr/bin/espeak-ng", "-s", "160", "-p", "50", "-b", "1", "-w", "/tmp/n 1.wav", "-f",
                "/tmp/n 1.txt"), new EspeakNg(Path.of("/usr/bin/espeak-ng"), "1.51").command(Voice.DEFAULT, TEXT, WAV));
    }

    @Test
    void espeakVoicesAreItsLanguageColumn() {
        String listing = """
                Pty Language       Age/Gender VoiceName          File                 Other Languages
                 5  af              --/M      Afrikaans          gmw/af
                 2  en-gb           --/M      English_(Great_Britain) gmw/en            (en 2)
                 5  en-us           --/M      English_(America)  gmw/en-US            (en 3)
                """;
        assertEquals(List.of("af", "en-gb", "en-us"), EspeakNg.parseVoices(listing));
    }

    @Test
    void sayWritesA16BitWaveWithVoiceAndRateAndThePitchAsAnEmbeddedCommand() {
        MacSay say = new MacSay(Path.of("/usr/bin/say"));
        assertEquals(List.of("/usr/bin/say", "-v", "Samantha", "-r", "200", "-o", "/tmp/n 1.wav", "--file-format=WAVE",
                "--data-format=LEI16@22050", "-f", "/tmp/n 1.txt"), say.command(VOICE, TEXT, WAV));
        assertEquals("[[pbas 58.0]] Hello.", say.script("Hello.", VOICE));
        assertEquals("[[pbas 50.0]] Hello.", say.script("Hello.", Voice.DEFAULT));
    }

    @Test
    void sayVoicesAreTheNamesBeforeTheLocale() {
        String listing = """
                Albert              en_US    # Hello! My name is Albert.
                Good News           en_US    # Hello! My name is Good News.
                Amélie              fr_CA    # Bonjour, je m’appelle Amélie.
                """;
        assertEquals(List.of("Albert", "Good News", "Amélie"), MacSay.parseVoices(listing));
    }

    @Test
    void windowsRunsSystemSpeechThroughPowerShellWithTheTextInAFile() {
        WindowsSpeech speech = new WindowsSpeech(Path.of("C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe"));
        List<String> command = speech.command(new Voice("Microsoft Zira Desktop", 200, 70, true), TEXT, WAV);
        assertEquals(List.of("C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe", "-NoProfile",
                "-NonInteractive", "-ExecutionPolicy", "Bypass", "-Command"), command.subList(0, 6));
        assertEquals(7, command.size());
        assertEquals("Add-Type -AssemblyName System.Speech; $s = New-Object System.Speech.Synthesis.SpeechSynthesizer;"
                + " $s.SelectVoice('Microsoft Zira Desktop'); $s.Rate = 2; $s.SetOutputToWaveFile('/tmp/n 1.wav');"
                + " $s.SpeakSsml([System.IO.File]::ReadAllText('/tmp/n 1.txt', [System.Text.Encoding]::UTF8));"
                + " $s.Dispose()", command.get(6));
    }

    @Test
    void aVoiceNameWithQuotesStaysOneStringInPowerShell() {
        assertEquals("'it''s'", WindowsSpeech.quoted("it's"));
        assertEquals("'a\u2019\u2019b'", WindowsSpeech.quoted("a\u2019b"));
        assertEquals("'$(rm x)'", WindowsSpeech.quoted("$(rm x)"));
        String script = new WindowsSpeech(Path.of("powershell.exe")).command(Voice.DEFAULT.withName("x'); rm -r C:\\; ('"),
                TEXT, WAV).get(6);
        assertTrue(script.contains("$s.SelectVoice('x''); rm -r C:\\; (''');"), script);
    }

    @Test
    void windowsRateIsSystemSpeechsScaleAndPitchIsSsmlProsody() {
        assertEquals(0, WindowsSpeech.rate(160));
        assertEquals(-4, WindowsSpeech.rate(80));
        assertEquals(10, WindowsSpeech.rate(450));
        String ssml = new WindowsSpeech(Path.of("powershell.exe")).script("Tom & <Jerry>", VOICE);
        assertEquals("<speak version=\"1.0\" xmlns=\"http://www.w3.org/2001/10/synthesis\" xml:lang=\"en-US\">"
                + "<prosody pitch=\"+20%\">Tom &amp; &lt;Jerry&gt;</prosody></speak>", ssml);
        assertTrue(new WindowsSpeech(Path.of("p")).script("x", Voice.DEFAULT.withPitch(10)).contains("pitch=\"-40%\""));
    }
}
