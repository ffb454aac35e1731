package com.yotosmartstream.streamer.server;

import org.eclipse.jetty.http.DateGenerator;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.PreEncodedHttpField;

/**
 * What the validators say about one version of a file: its size, modification time, strong ETag
 * (modification time and size in hex, as nginx makes it) and Last-Modified, with both header fields
 * encoded once (a mapped file keeps its representation, so requests for it build no header text).
 *
 * @param modifiedMillis the file's modification time, milliseconds since the epoch
 * @param etag the entity tag, quotes included
 */
record Representation(long size, long modifiedMillis, String etag, HttpField etagField, HttpField lastModifiedField) {

    static Representation of(long size, long modifiedMillis) {
        String etag = "\"" + Long.toHexString(modifiedMillis) + "-" + Long.toHexString(size) + "\"";
        long seconds = Math.floorDiv(modifiedMillis, 1000);
        return new Representation(size, modifiedMillis, etag, new PreEncodedHttpField(HttpHeader.ETAG, etag),
                new PreEncodedHttpField(HttpHeader.LAST_MODIFIED, DateGenerator.formatDate(seconds * 1000)));
    }

    /** The modification time in whole seconds, as HTTP dates carry it. */
    long modifiedSeconds() {
        return Math.floorDiv(modifiedMillis, 1000);
    }
}
