/**
 * Player traffic as JSON lines: the corpus the tests replay (written by us from captures and the
 * anchors' code, each line citing its source) and what the app's recorder writes for a real
 * household. {@link TrafficLine} is one message; {@link TrafficFormat} reads and writes them.
 * The format is described in {@code docs/yoto-protocol.md}.
 */
package com.yotosmartstream.client.traffic;
