package com.yotosmartstream.streamer;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The address players reach the server at: a public base URL the user set, or this computer on the LAN. */
public final class PublicAddress {

    private PublicAddress() {
    }

    /**
     * A public base URL as typed: empty for "none"; otherwise an absolute http(s) URL with a host,
     * no query, fragment or user name. Throws with a message saying what is wrong.
     */
    public static Optional<URI> parseBaseUrl(String text) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("\u201c" + value + "\u201d is not a URL. Type one such as"
                    + " https://stories.example.org or leave it empty.");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("The public address must start with https:// (or http://).");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new IllegalArgumentException("The public address needs a host name, as in https://stories.example.org.");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("The public address may not contain ?, # or a user name.");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return Optional.of(URI.create(scheme + "://" + uri.getRawAuthority() + path));
    }

    /** {@code scheme://host:port} for a host name or address (IPv6 in brackets). */
    public static URI base(boolean secure, String host, int port) {
        String h = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        return URI.create((secure ? "https" : "http") + "://" + h + ":" + port);
    }

    /** The address other devices on the LAN most likely reach this computer at. */
    public static String lanAddress() {
        List<InetAddress> candidates = new ArrayList<>();
        try {
            for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (!nic.isUp() || nic.isLoopback() || nic.isVirtual() || nic.isPointToPoint()) {
                    continue;
                }
                for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                    if (address instanceof Inet4Address && !address.isLoopbackAddress()
                            && !address.isLinkLocalAddress()) {
                        candidates.add(address);
                    }
                }
            }
        } catch (SocketException e) {
            return "127.0.0.1";
        }
        return candidates.stream().filter(InetAddress::isSiteLocalAddress).findFirst()
                .or(() -> candidates.stream().findFirst())
                .map(InetAddress::getHostAddress).orElse("127.0.0.1");
    }

    /** A stream URL with its token hidden, for messages: {@code https://host/stream/…/id.mp3}. */
    public static String redact(URI url) {
        return com.yotosmartstream.streamer.access.TokenRedaction.redact(url.toString());
    }
}
