package com.yotosmartstream.streamer.remote;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The page answers the home network only, unless the parent allows any network. */
class LanOnlyTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(textBlock = """
            127.0.0.1,       true
            10.1.2.3,        true
            172.16.0.9,      true
            172.31.255.1,    true
            192.168.1.20,    true
            169.254.7.7,     true
            100.64.0.1,      true
            ::1,             true
            fe80::1,         true
            fd12:3456::1,    true
            [::1],           true
            172.32.0.1,      false
            8.8.8.8,         false
            100.128.0.1,     false
            2001:db8::1,     false
            ::ffff:8.8.8.8,  false
            example.com,     false
            '',              false
            """)
    void sourcesOnTheHomeNetworkAreLocal(String address, boolean local) {
        assertThat(SourcePolicy.isLocal(address)).as(address).isEqualTo(local);
    }

    @Test
    void aRequestFromOutsideTheHomeNetworkIsRefusedOnEveryRouteUnlessAllowed() throws Exception {
        // the test's requests come from 127.0.0.1: here that counts as outside
        try (RemoteFixture fixture = new RemoteFixture(dir, address -> false)) {
            String code = fixture.newCode();
            assertThat(fixture.pair(code).statusCode()).isEqualTo(403);
            for (String path : RemoteAccessTest.OPEN_ROUTES) {
                assertThat(fixture.get(path, null).statusCode()).as(path).isEqualTo(403);
            }
            for (String[] route : RemoteAccessTest.PAIRED_ROUTES) {
                assertThat(fixture.get(route[1], null).statusCode()).as(route[1]).isIn(403, 404, 405);
            }
            assertThat(fixture.access.phones()).isEmpty();

            fixture.allowAny = true; // Settings > Phones: "allow other networks"
            assertThat(fixture.pair(code).statusCode()).isEqualTo(200);
            String secret = fixture.pairPhone();
            assertThat(fixture.get("/remote/api/players", secret).statusCode()).isEqualTo(200);

            fixture.allowAny = false; // a paired phone outside is refused too
            assertThat(fixture.get("/remote/api/players", secret).statusCode()).isEqualTo(403);
        }
    }
}
