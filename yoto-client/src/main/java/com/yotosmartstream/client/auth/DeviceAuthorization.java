package com.yotosmartstream.client.auth;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;

/**
 * What the user needs to confirm a device-code sign-in: the code to type and where. {@code
 * deviceCode} is secret to the app and not shown.
 */
public record DeviceAuthorization(String deviceCode, String userCode, URI verificationUri,
        URI verificationUriComplete, Instant expiresAt, Duration interval) {

    @Override
    public String toString() {
        return "DeviceAuthorization[userCode=" + userCode + ", verificationUri=" + verificationUri + ", expiresAt="
                + expiresAt + ", interval=" + interval + "]";
    }
}
