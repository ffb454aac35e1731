package com.yotosmartstream.client.player;

/** What the last {@code presence} message said (players that never sent one are UNKNOWN). */
public enum Presence { ONLINE, OFFLINE, UNKNOWN }
