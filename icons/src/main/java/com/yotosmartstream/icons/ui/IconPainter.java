package com.yotosmartstream.icons.ui;

import com.yotosmartstream.icons.editor.IconEditorViewModel;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;

/**
 * The 16x16 painting canvas: the picture zoomed to fill the control, with grid lines and the
 * mirror axes. Left button paints the primary colour, right the secondary, Alt picks a colour
 * (Alt+Shift also adds it to the palette). All drawing goes through the editor's view model; the
 * skin only turns screen points into pixels.
 */
public final class IconPainter extends Control {

    private final IconEditorViewModel editor;

    public IconPainter(IconEditorViewModel editor) {
        this.editor = editor;
        getStyleClass().add("icon-painter");
        setFocusTraversable(true);
        setMinSize(16 * 8, 16 * 8);
        setPrefSize(16 * 32, 16 * 32);
    }

    public IconEditorViewModel editor() {
        return editor;
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new IconPainterSkin(this);
    }
}
