/**
 * Yoto's MQTT on Eclipse Paho: one connection per player (WebSocket + TLS, the custom-authorizer
 * username, the access token as password), the command set, the events heartbeat, one status
 * request at a time, responses matched to commands, and reconnection with a fresh token.
 * Paho's callbacks only parse and hand off.
 */
package com.yotosmartstream.client.mqtt;
