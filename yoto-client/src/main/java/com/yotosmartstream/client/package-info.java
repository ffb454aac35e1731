/**
 * The Yoto platform: sign-in ({@code auth}), REST, MQTT, card and player models, and the simulated
 * household ({@code sim}) that demo mode and every test use. The only place that knows Yoto's wire
 * formats.
 */
package com.yotosmartstream.client;
