package com.yotosmartstream.icons.editor;

/** Which mouse button: the primary colour paints with the left, the secondary with the right. */
public enum PointerButton {
    PRIMARY,
    SECONDARY
}
