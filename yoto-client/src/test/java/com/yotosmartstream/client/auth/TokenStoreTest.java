package com.yotosmartstream.client.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenStoreTest {

    @TempDir
    Path temp;

    private final Tokens tokens = new Tokens("access-secret-123", "refresh-secret-456",
            Instant.parse("2026-11-21T10:00:00Z"));

    @Test
    void tokensRoundTripThroughTheFile() throws Exception {
        TokenStore store = new TokenStore(temp.resolve("auth/tokens.json"));
        store.save(tokens);
        assertThat(new TokenStore(temp.resolve("auth/tokens.json")).load()).contains(tokens);
    }

    @Test
    void theFileIsReadableByTheUserAlone() throws Exception {
        TokenStore store = new TokenStore(temp.resolve("tokens.json"));
        store.save(tokens);
        store.save(tokens); // and stays so when replaced
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store.file()))).isEqualTo("rw-------");
    }

    @Test
    void tokensNeverShowInToString() {
        assertThat(tokens.toString()).doesNotContain("access-secret-123", "refresh-secret-456")
                .contains("2026-11-21T10:00:00Z");
        assertThat(new TokenStore(temp.resolve("t.json")).toString()).doesNotContain("secret");
    }

    @Test
    void aDamagedFileReadsAsSignedOut() throws Exception {
        Path file = Files.writeString(temp.resolve("tokens.json"), "{\"accessToken\": \"x\", \"refreshTo");
        assertThat(new TokenStore(file).load()).isEmpty();
        Files.writeString(file, "[1,2,3]");
        assertThat(new TokenStore(file).load()).isEmpty();
        Files.writeString(file, "{\"accessToken\":\"a\",\"refreshToken\":\"r\",\"expiresAt\":\"soon\"}");
        assertThat(new TokenStore(file).load()).isEmpty();
    }

    @Test
    void anUnfinishedSaveLeftByACrashIsCleanedUp() throws Exception {
        Path file = temp.resolve("tokens.json");
        Path leftover = Files.writeString(temp.resolve("tokens.json.4242.saving"), "{\"accessTo");
        new TokenStore(file).save(tokens);
        assertThat(new TokenStore(file).load()).contains(tokens);
        assertThat(leftover).doesNotExist();
    }

    @Test
    void clearRemovesTheFile() throws Exception {
        TokenStore store = new TokenStore(temp.resolve("tokens.json"));
        store.save(tokens);
        store.clear();
        assertThat(store.load()).isEmpty();
    }
}
