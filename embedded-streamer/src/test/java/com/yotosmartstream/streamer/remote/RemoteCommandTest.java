package com.yotosmartstream.streamer.remote;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the page may ask for, checked before anything reaches a player; and the phone's name. */
class RemoteCommandTest {

    @ParameterizedTest
    @CsvSource(nullValues = "null", textBlock = """
            play-pause, null, null,    null, null, true
            stop,       null, null,    null, null, true
            volume,     0,    null,    null, null, true
            volume,     16,   null,    null, null, true
            volume,     17,   null,    null, null, false
            volume,     -1,   null,    null, null, false
            volume,     null, null,    null, null, false
            sleep,      20,   null,    null, null, true
            sleep,      181,  null,    null, null, false
            light,      null, #ff8a30, null, null, true
            light,      null, ff8a30,  null, null, false
            light,      null, #ff8a3,  null, null, false
            play,       null, null,    c1,   null, true
            play,       null, null,    c1,   01,   true
            play,       null, null,    null, 01,   false
            play,       null, null,    '',   null, false
            reboot,     null, null,    null, null, false
            null,       null, null,    null, null, false
            """)
    void onlyWhatThePageSendsIsACommand(String action, Integer value, String colour, String card, String chapter,
            boolean valid) {
        assertThat(RemoteCommand.parse(action, value, colour, card, chapter).isPresent()).as(action).isEqualTo(valid);
    }

    @Test
    void aColourIsItsRedGreenAndBlue() {
        assertThat(RemoteCommand.parse("light", null, "#0A80fF", null, null).orElseThrow().rgb())
                .containsExactly(10, 128, 255);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Version/17.0 Mobile/15E148 Safari/604.1 | iPhone, Safari
            Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 Chrome/120.0 Mobile Safari/537.36 | Android phone, Chrome
            Mozilla/5.0 (Android 14; Mobile; rv:121.0) Gecko/121.0 Firefox/121.0 | Android phone, Firefox
            Mozilla/5.0 (iPad; CPU OS 17_0 like Mac OS X) AppleWebKit/605.1.15 CriOS/120.0 Mobile/15E148 Safari/604.1 | iPad, Chrome
            curl/8.0 | Phone
            """)
    void aPhoneIsNamedByItsBrowserWithoutItsVersions(String userAgent, String name) {
        assertThat(PhoneNames.fromUserAgent(userAgent)).isEqualTo(name);
    }

    @Test
    void aTypedNameIsTrimmedCleanedAndShort() {
        assertThat(PhoneNames.chosen("  Mum's phone \u0007 ", "curl/8.0")).isEqualTo("Mum's phone");
        assertThat(PhoneNames.chosen("   ", "curl/8.0")).isEqualTo("Phone");
        assertThat(PhoneNames.chosen("x".repeat(80), null)).hasSize(40);
    }
}
