/**
 * The audio library (import, probe, convert, catalogue) and the HTTP server that streams it to
 * Yoto players. Depends on {@code yoto-client} only; never on another middle module or on the app.
 */
package com.yotosmartstream.streamer;
