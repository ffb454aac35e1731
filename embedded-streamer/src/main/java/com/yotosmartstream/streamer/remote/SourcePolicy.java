package com.yotosmartstream.streamer.remote;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Whether a request's source address is on the home network: loopback, private IPv4 (RFC 1918),
 * link-local, carrier-grade NAT (RFC 6598, as some mesh routers hand out) or IPv6 unique-local
 * (fc00::/7). Only the socket's address counts; forwarding headers are never read.
 */
public final class SourcePolicy {

    private SourcePolicy() {
    }

    /** Whether {@code address} (an IP literal, as the socket reports it) is local; anything unreadable is not. */
    public static boolean isLocal(String address) {
        return parse(address).map(SourcePolicy::isLocal).orElse(false);
    }

    public static boolean isLocal(InetAddress address) {
        if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            return first == 100 && second >= 64 && second <= 127; // 100.64.0.0/10
        }
        if (address instanceof Inet6Address) {
            return (bytes[0] & 0xfe) == 0xfc; // fc00::/7
        }
        return false;
    }

    /** The address of an IP literal, never a name lookup. */
    static Optional<InetAddress> parse(String literal) {
        if (literal == null || literal.isEmpty() || literal.length() > 64) {
            return Optional.empty();
        }
        String text = literal.startsWith("[") && literal.endsWith("]") ? literal.substring(1, literal.length() - 1)
                : literal;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed = Character.digit(c, 16) >= 0 || c == '.' || c == ':' || c == '%';
            if (!allowed) {
                return Optional.empty(); // a name: never resolved
            }
        }
        try {
            return Optional.of(InetAddress.getByName(text));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }
}
