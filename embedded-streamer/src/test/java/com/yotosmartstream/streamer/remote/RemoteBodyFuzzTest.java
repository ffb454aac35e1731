package com.yotosmartstream.streamer.remote;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.google.gson.JsonObject;
import com.yotosmartstream.streamer.testing.FuzzBudget;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Fuzz test for the phone page's request bodies (ADR 0052, 0069): a paired phone, or anything on the
 * home network that reaches {@code /remote}, may send any bytes as a command or a pairing. Whatever
 * arrives, the body is either refused or becomes a command inside the ranges the page offers, with a
 * label the page can show, and a pairing's name is short and printable; never an exception (Gson's
 * own nesting limit keeps a deeply nested body from overflowing the stack). Seeds in
 * {@code RemoteBodyFuzzTestInputs/body/}; {@code scripts/fuzz.sh remoteBody 10} fuzzes it.
 */
class RemoteBodyFuzzTest {

    @FuzzTest(maxDuration = FuzzBudget.MAX_DURATION)
    void body(byte[] data) {
        String text = new String(data, StandardCharsets.UTF_8);
        Optional<JsonObject> body = RemoteJson.parseObject(text);
        Optional<RemoteCommand> command = body.flatMap(b -> RemoteCommand.parse(RemoteJson.string(b, "action"),
                RemoteJson.integer(b, "value"), RemoteJson.string(b, "colour"), RemoteJson.string(b, "card"),
                RemoteJson.string(b, "chapter")));
        command.ifPresent(c -> {
            assertThat(RemoteRoutes.label(c)).isNotBlank();
            switch (c.action()) {
                case VOLUME -> assertThat(c.value()).isBetween(0, 16);
                case SLEEP -> assertThat(c.value()).isBetween(0, RemoteCommand.MAX_SLEEP_MINUTES);
                case LIGHT -> assertThat(c.colour()).matches("#[0-9a-f]{6}");
                case PLAY -> {
                    assertThat(c.card()).isNotEmpty().hasSizeLessThanOrEqualTo(128);
                    c.chapter().ifPresent(k -> assertThat(k).isNotEmpty().hasSizeLessThanOrEqualTo(128));
                }
                default -> assertThat(c.value()).isZero();
            }
        });
        String name = PhoneNames.chosen(body.map(b -> RemoteJson.string(b, "name")).orElse(null), text);
        assertThat(name).isNotBlank().doesNotContainPattern("\\p{Cntrl}");
        assertThat(name.codePointCount(0, name.length())).isLessThanOrEqualTo(40);
    }
}
