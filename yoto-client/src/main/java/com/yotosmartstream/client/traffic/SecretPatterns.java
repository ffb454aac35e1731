package com.yotosmartstream.client.traffic;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What counts as private in player traffic: field names (matched case-insensitively, ignoring
 * {@code _} and {@code -}) and the shapes of secrets inside any text. The field names come from
 * what Yoto's answers and players carry: the Mini's legacy status ({@code ssid}, {@code sd_info};
 * the capture published by bcomnes/yoto-nodejs-client, collected-data/), {@code GET
 * /device-v2/{id}/config} ({@code mac}, {@code registrationCode}, {@code popCode},
 * {@code activationPopCode}), {@code GET /device-v2/{id}/status} ({@code networkSsid}), cards
 * ({@code userId}, {@code creatorEmail}, {@code shareLinkUrl}, {@code sharing.linkUrl}) and
 * display icons ({@code userId}), as typed in yoto-nodejs-client's lib/api-endpoints/devices.d.ts
 * and content.d.ts. Names that merely look private are redacted too: over-redacting costs a
 * little detail, under-redacting leaks.
 */
final class SecretPatterns {

    /** What a field holds. */
    enum Kind { DEVICE, USER, EMAIL, SSID, MAC, SERIAL, CODE, SECRET, ADDRESS, NONE }

    static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]*");
    static final Pattern BEARER = Pattern.compile("(?i)\\b(bearer|basic)\\s+[A-Za-z0-9._~+/=-]{8,}");
    static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    static final Pattern MAC = Pattern.compile("(?i)(?<![0-9a-f])([0-9a-f]{2}[:-]){5}[0-9a-f]{2}(?![0-9a-f])");
    /** Auth0 user ids ({@code auth0|...}, {@code google-oauth2|...}): Yoto signs in through Auth0. */
    static final Pattern AUTH0_USER = Pattern.compile(
            "\\b(auth0|google-oauth2|apple|facebook|windowslive|email|sms|samlp|oauth2)\\|[A-Za-z0-9._@+-]+");
    /** Query parameters that carry credentials: signed S3 or CloudFront links, tokens in URLs. */
    static final Pattern SECRET_QUERY = Pattern.compile(
            "(?i)([?&](?:[^=&#\\s\"]*(?:token|sig|signature|credential|key-pair-id|policy|secret|auth|password|code"
                    + "|apikey|api_key|session)[^=&#\\s\"]*)=)[^&#\\s\"]*");
    /**
     * This app's stream links ({@code https://host/stream/<token>/<id>.<ext>}, embedded-streamer):
     * the token is a key to the library, and the host often names the family.
     */
    static final Pattern STREAM_LINK = Pattern.compile("(?i)\\b(https?://)[^/\\s\"?#]+(/stream/)[^/\\s\"?#]+/");

    private SecretPatterns() {
    }

    /** What a field of this name holds. */
    static Kind kindOf(String key) {
        String k = key.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
        if (k.equals("deviceid") || k.equals("deviceids") || k.equals("playerid")) {
            return Kind.DEVICE;
        }
        // not "uid": Yoto's tracks carry one (yoto-nodejs-client content.d.ts), and it is no person's
        if (k.equals("userid") || k.equals("ownerid") || k.equals("sub") || k.equals("accountid")
                || k.equals("familyid") || k.equals("creatorid") || k.equals("memberid") || k.equals("familymemberid")
                || k.equals("createdby") || k.equals("updatedby")) {
            return Kind.USER;
        }
        if (k.contains("email")) {
            return Kind.EMAIL;
        }
        if (k.contains("ssid") || k.equals("wifiname") || k.equals("networkname")) {
            return Kind.SSID;
        }
        if (k.equals("mac") || k.endsWith("mac") || k.contains("macaddress")) {
            return Kind.MAC;
        }
        if (k.contains("serial") || k.equals("sdinfo") || k.equals("esn") || k.equals("imei") || k.equals("hardwareid")
                || k.equals("hwid") || k.equals("chipid")) {
            return Kind.SERIAL;
        }
        if (k.equals("registrationcode") || k.equals("popcode") || k.equals("activationpopcode")
                || k.equals("activationcode") || k.equals("pairingcode") || k.equals("usercode")
                || k.equals("devicecode")) { // not "code": error answers name their kind with it
            return Kind.CODE;
        }
        if (k.contains("token") || k.contains("secret") || k.contains("password") || k.contains("passwd")
                || k.contains("authorization") || k.contains("cookie") || k.contains("apikey")
                || k.contains("signature") || k.contains("credential") || k.contains("clientid")
                || k.contains("sharelink") || k.equals("linkurl") || k.equals("jwt")) {
            return Kind.SECRET;
        }
        if (k.equals("ip") || k.endsWith("ipaddress") || k.equals("localip") || k.equals("publicip")
                || k.equals("ipv4") || k.equals("ipv6")) {
            return Kind.ADDRESS;
        }
        return Kind.NONE;
    }

    /** The text with every secret shape in it replaced (known values are the caller's). */
    static String scrub(String text) {
        String out = JWT.matcher(text).replaceAll("JWT");
        out = BEARER.matcher(out).replaceAll("$1 SECRET");
        out = STREAM_LINK.matcher(out).replaceAll("$1STREAM_HOST$2SECRET/");
        out = SECRET_QUERY.matcher(out).replaceAll("$1SECRET");
        out = EMAIL.matcher(out).replaceAll("EMAIL");
        out = MAC.matcher(out).replaceAll("MAC");
        return out;
    }

    /** Calls {@code found} with every Auth0-style user id in the text. */
    static void findUsers(String text, java.util.function.Consumer<String> found) {
        Matcher matcher = AUTH0_USER.matcher(text);
        while (matcher.find()) {
            found.accept(matcher.group());
        }
    }
}
