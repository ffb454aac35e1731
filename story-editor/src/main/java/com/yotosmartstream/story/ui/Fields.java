package com.yotosmartstream.story.ui;

import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.VBox;

/** Small helpers for the side panel's labelled fields. */
final class Fields {

    private Fields() {
    }

    /**
     * Sends what the user types to {@code edit}; {@link Guarded#set} writes the model's value back
     * without echoing it as an edit.
     */
    static Guarded bind(TextInputControl field, Consumer<String> edit) {
        Guarded guarded = new Guarded(field);
        field.textProperty().addListener((obs, old, now) -> {
            if (!guarded.updating && !now.equals(old)) {
                edit.accept(now);
            }
        });
        return guarded;
    }

    static VBox labelled(String text, javafx.scene.Node control) {
        Label label = new Label(text);
        label.getStyleClass().add("field-label");
        label.setLabelFor(control);
        // a long label wraps in a narrow side panel rather than being cut to "..."
        label.setWrapText(true);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return new VBox(4, label, control);
    }

    static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("panel-heading");
        return label;
    }

    /** A text field whose model value can be shown without being taken as typing. */
    static final class Guarded {
        private final TextInputControl field;
        private boolean updating;

        Guarded(TextInputControl field) {
            this.field = field;
        }

        void set(String value) {
            if (value.equals(field.getText())) {
                return;
            }
            updating = true;
            try {
                int caret = Math.min(field.getCaretPosition(), value.length());
                field.setText(value);
                field.positionCaret(caret);
            } finally {
                updating = false;
            }
        }
    }
}
