package com.yotosmartstream.story.lint;

/** How bad a lint finding is. Errors stop the compiler: such a card would fail on a player. */
public enum Severity {
    ERROR, WARNING
}
