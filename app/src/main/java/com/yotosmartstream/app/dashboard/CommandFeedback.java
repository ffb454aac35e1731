package com.yotosmartstream.app.dashboard;

/** Where the last command sent from a tile is. */
public enum CommandFeedback { IDLE, PENDING, CONFIRMED, FAILED }
