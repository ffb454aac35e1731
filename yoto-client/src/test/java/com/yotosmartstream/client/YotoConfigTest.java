package com.yotosmartstream.client;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class YotoConfigTest {

    @Test
    void theSignInAsksForTheScopesTheAppUsesAndNotTheDeviceStatusScopeYotoNoLongerLists() {
        String scope = YotoConfig.production("client").scope();

        assertThat(scope.split(" ")).doesNotContain("family:device-status:view")
                .contains("offline_access", "family:devices:control", "family:library:view", "user:content:view",
                        "user:content:manage", "family:devices:manage");
    }
}
