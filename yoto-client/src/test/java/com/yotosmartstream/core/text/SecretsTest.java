package com.yotosmartstream.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SecretsTest {

    /** A JWT of the shape Yoto's access tokens have (header.payload.signature, base64url). */
    static final String JWT = "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJhdXRoMHxhZGEiLCJleHAiOjE3MDB9.c2lnbmF0dXJlLWJ5dGVz";

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Authorization: Bearer sim-at-0123456789abcdef           | sim-at-0123456789abcdef
            POST /oauth/token refresh_token=v1.MWabcdefgh&client_id=x | v1.MWabcdefgh
            {"access_token":"opaque-access-123","expires_in":3600}  | opaque-access-123
            {"refresh_token": "opaque-refresh-456"}                 | opaque-refresh-456
            password=hunter22 in the settings                        | hunter22
            GET /callback?code=AUTHCODE123&state=STATE456           | AUTHCODE123
            GET /callback?code=AUTHCODE123&state=STATE456           | STATE456
            GET /stream/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/0123456789abcdef.mp3 | AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
            token=abcdefgh                                           | abcdefgh
            """)
    void namedSecretsAreMasked(String text, String secret) {
        assertThat(Secrets.redact(text)).doesNotContain(secret).contains(Secrets.MASK);
    }

    @Test
    void aJwtAnywhereIsMasked() {
        String line = "Refused " + JWT + " at https://api.yotoplay.com/card/mine (HTTP 401)";

        assertThat(Secrets.redact(line)).isEqualTo("Refused [redacted] at https://api.yotoplay.com/card/mine (HTTP 401)");
    }

    @Test
    void ordinaryTextIsLeftAlone() {
        String text = "Yoto refused this app's sign-in while getting the card list. Sign in again. tokens: 3, 12:04";

        assertThat(Secrets.redact(text)).isEqualTo(text);
        assertThat(Secrets.redact("The access token is missing")).isEqualTo("The access token is missing");
    }

    @Test
    void anOpaqueSecretIsMaskedWhenNamed() {
        assertThat(Secrets.without("Unknown refresh token sim-rt-5f2a9c", "sim-rt-5f2a9c"))
                .isEqualTo("Unknown refresh token [redacted]");
    }
}
