package com.yotosmartstream.app.ui;

import com.sun.javafx.scene.input.DragboardHelper;
import com.sun.javafx.tk.TKClipboard;
import java.io.File;
import java.util.List;
import java.util.Set;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.image.Image;
import javafx.scene.input.DataFormat;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.util.Pair;

/**
 * Files dropped on a node as the OS delivers them: a DRAG_OVER then a DRAG_DROPPED event whose
 * dragboard holds the files (through JavaFX's own dragboard helper, as no robot can drag from the
 * file manager).
 */
final class FileDrops {

    private FileDrops() {
    }

    /** Drops {@code files} on {@code target}; returns whether the target accepted the drag. Call on the FX thread. */
    static boolean drop(Node target, List<File> files) {
        return drop(target, java.util.Map.of(DataFormat.FILES, files));
    }

    /** Drops any content (a track dragged from the library, say) on {@code target}. Call on the FX thread. */
    static boolean drop(Node target, java.util.Map<DataFormat, Object> content) {
        Dragboard dragboard = DragboardHelper.createDragboard(new FilesClipboard(content));
        DragEvent over = new DragEvent(DragEvent.DRAG_OVER, dragboard, 10, 10, 10, 10, TransferMode.COPY, null, null,
                null);
        Event.fireEvent(target, over);
        DragEvent dropped = new DragEvent(DragEvent.DRAG_DROPPED, dragboard, 10, 10, 10, 10, TransferMode.COPY, null,
                null, null);
        Event.fireEvent(target, dropped);
        return dropped.isDropCompleted();
    }

    private static final class FilesClipboard implements TKClipboard {
        private final java.util.Map<DataFormat, Object> content;

        FilesClipboard(java.util.Map<DataFormat, Object> content) {
            this.content = java.util.Map.copyOf(content);
        }

        @Override
        public void setSecurityContext(java.security.AccessControlContext context) {
        }

        @Override
        public Set<DataFormat> getContentTypes() {
            return content.keySet();
        }

        @Override
        @SuppressWarnings("unchecked")
        public boolean putContent(Pair<DataFormat, Object>... content) {
            return false;
        }

        @Override
        public Object getContent(DataFormat dataFormat) {
            return content.get(dataFormat);
        }

        @Override
        public boolean hasContent(DataFormat dataFormat) {
            return content.containsKey(dataFormat);
        }

        @Override
        public Set<TransferMode> getTransferModes() {
            return Set.of(TransferMode.COPY);
        }

        @Override
        public void setDragView(Image image) {
        }

        @Override
        public void setDragViewOffsetX(double offsetX) {
        }

        @Override
        public void setDragViewOffsetY(double offsetY) {
        }

        @Override
        public Image getDragView() {
            return null;
        }

        @Override
        public double getDragViewOffsetX() {
            return 0;
        }

        @Override
        public double getDragViewOffsetY() {
            return 0;
        }
    }
}
