package com.yotosmartstream.streamer.remote;

/**
 * A short name for a paired phone from its browser's User-Agent ("iPhone, Safari"), so Settings can
 * tell phones apart; the page may offer the parent's own name instead. Never the whole header,
 * which carries versions nobody needs to keep.
 */
final class PhoneNames {

    private PhoneNames() {
    }

    static String fromUserAgent(String userAgent) {
        String ua = userAgent == null ? "" : userAgent;
        String device = ua.contains("iPhone") ? "iPhone" : ua.contains("iPad") ? "iPad"
                : ua.contains("Android") ? (ua.contains("Mobile") ? "Android phone" : "Android tablet")
                : ua.contains("Windows") ? "Windows" : ua.contains("Macintosh") ? "Mac"
                : ua.contains("CrOS") ? "Chromebook" : ua.contains("Linux") ? "Linux" : "Phone";
        String browser = ua.contains("Firefox/") || ua.contains("FxiOS/") ? "Firefox"
                : ua.contains("Edg") ? "Edge" : ua.contains("SamsungBrowser") ? "Samsung Internet"
                : ua.contains("Chrome/") || ua.contains("CriOS/") ? "Chrome"
                : ua.contains("Safari/") ? "Safari" : "";
        return browser.isEmpty() ? device : device + ", " + browser;
    }

    /** A name the parent typed: trimmed, printable, at most 40 characters; else the browser's. */
    static String chosen(String typed, String userAgent) {
        if (typed == null) {
            return fromUserAgent(userAgent);
        }
        StringBuilder clean = new StringBuilder();
        typed.strip().codePoints().filter(cp -> !Character.isISOControl(cp)).limit(40)
                .forEach(clean::appendCodePoint);
        return clean.toString().isBlank() ? fromUserAgent(userAgent) : clean.toString().strip();
    }
}
