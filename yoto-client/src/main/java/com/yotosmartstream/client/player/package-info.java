/**
 * Live player state: immutable snapshots merged from the partial MQTT deltas players publish,
 * each field stamped with when it was reported; presence; and a listener API that delivers
 * coalesced changes. No wire I/O here: {@code client.mqtt} feeds it.
 */
package com.yotosmartstream.client.player;
