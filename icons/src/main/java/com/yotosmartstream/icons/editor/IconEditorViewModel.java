package com.yotosmartstream.icons.editor;

import com.yotosmartstream.core.history.HistoryViewModel;
import com.yotosmartstream.icons.codec.BadImageException;
import com.yotosmartstream.icons.codec.IconGif;
import com.yotosmartstream.icons.codec.IconPng;
import com.yotosmartstream.icons.codec.ImageImport;
import com.yotosmartstream.icons.model.IconAnimation;
import com.yotosmartstream.icons.model.IconDocument;
import com.yotosmartstream.icons.model.IconImage;
import com.yotosmartstream.icons.model.PlayerDisplay;
import com.yotosmartstream.icons.model.Symmetry;
import com.yotosmartstream.icons.model.Symmetry.Axis;
import com.yotosmartstream.icons.model.Tool;
import com.yotosmartstream.icons.model.Transform;
import com.yotosmartstream.icons.palette.RecentColours;
import java.util.Locale;
import java.util.function.UnaryOperator;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The painter's state for the view: the picture and its history (an {@link IconDocument}), the
 * tool, the two colours, mirror drawing, recent colours, and what the previews show. Pointer
 * input arrives in pixel coordinates (the view does the zoom arithmetic), so everything here is
 * testable without a window. Use it on the UI thread.
 */
public final class IconEditorViewModel {

    private final IconDocument document = new IconDocument();
    private final ReadOnlyObjectWrapper<IconImage> image = new ReadOnlyObjectWrapper<>(document.image());
    private final ReadOnlyObjectWrapper<IconAnimation> animation = new ReadOnlyObjectWrapper<>(document.animation());
    private final ReadOnlyIntegerWrapper frame = new ReadOnlyIntegerWrapper();
    private final BooleanProperty onionSkin = new SimpleBooleanProperty(true);
    private final BooleanProperty playing = new SimpleBooleanProperty(false);
    private final ObjectProperty<Tool> tool = new SimpleObjectProperty<>(Tool.PENCIL);
    private final IntegerProperty primary = new SimpleIntegerProperty(0xff000000);
    private final IntegerProperty secondary = new SimpleIntegerProperty(IconImage.TRANSPARENT);
    private final ObjectProperty<Axis> leftRight = new SimpleObjectProperty<>(Axis.OFF);
    private final ObjectProperty<Axis> topBottom = new SimpleObjectProperty<>(Axis.OFF);
    private final BooleanProperty showGrid = new SimpleBooleanProperty(true);
    private final BooleanProperty previewConverted = new SimpleBooleanProperty(false);
    private final HistoryViewModel undoRedo = new HistoryViewModel(d -> d.toLowerCase(Locale.ROOT));
    private final ReadOnlyStringWrapper brightnessText = new ReadOnlyStringWrapper("");
    private final StringProperty message = new SimpleStringProperty("");
    private final ObservableList<Integer> recentColours = FXCollections.observableArrayList();
    private final RecentColours recent = new RecentColours();
    private final PaletteViewModel palettes;
    private PointerButton strokeButton;

    public IconEditorViewModel(PaletteViewModel palettes) {
        this.palettes = palettes;
        document.addListener(this::refresh);
        refresh();
    }

    // --- pointer input, in pixel coordinates (may lie outside the canvas while dragging) ---

    /**
     * A button went down on pixel (x, y).
     *
     * @param pick true when Alt is held: pick the colour instead of drawing
     * @param toPalette true when Shift is held with picking: also add the colour to the palette
     */
    public void press(int x, int y, PointerButton button, boolean pick, boolean toPalette) {
        if (pick || tool.get() == Tool.PICKER) {
            pickColour(x, y, button, toPalette);
            return;
        }
        strokeButton = button;
        document.beginStroke(tool.get(), x, y, colour(button), symmetry());
    }

    public void drag(int x, int y) {
        document.strokeTo(x, y);
    }

    public void release() {
        if (!document.inStroke()) {
            return;
        }
        IconImage before = document.image();
        int undoBefore = document.undoSize();
        document.endStroke();
        Tool used = tool.get();
        if (document.undoSize() > undoBefore || !before.equals(document.image())) {
            if (used != Tool.ERASER && used != Tool.MOVE) {
                useColour(colour(strokeButton));
            }
        }
        strokeButton = null;
    }

    /** Escape: the stroke in progress is abandoned. */
    public void cancelStroke() {
        document.cancelStroke();
    }

    private void pickColour(int x, int y, PointerButton button, boolean toPalette) {
        if (!IconImage.inside(x, y)) {
            return;
        }
        int picked = document.image().get(x, y);
        (button == PointerButton.SECONDARY ? secondary : primary).set(picked);
        if (toPalette && (picked >>> 24) != 0) {
            palettes.addColour(picked);
        }
    }

    // --- commands: each one undo step ---

    public void undo() {
        document.undo();
    }

    public void redo() {
        document.redo();
    }

    public void flipLeftRight() {
        command("Flip left-right", Transform::flipLeftRight);
    }

    public void flipTopBottom() {
        command("Flip top-bottom", Transform::flipTopBottom);
    }

    public void rotateClockwise() {
        command("Rotate clockwise", Transform::rotateClockwise);
    }

    public void rotateAnticlockwise() {
        command("Rotate anticlockwise", Transform::rotateAnticlockwise);
    }

    /** Moves the picture by whole pixels; what leaves one edge comes back at the other. */
    public void shift(int dx, int dy) {
        command("Move", img -> Transform.shift(img, dx, dy));
    }

    public void clear() {
        command("Clear", img -> IconImage.blank());
    }

    public void swapColours() {
        int p = primary.get();
        primary.set(secondary.get());
        secondary.set(p);
    }

    /** The next mirror axis setting: off, even, odd, off... */
    public void cycleLeftRight() {
        leftRight.set(next(leftRight.get()));
    }

    public void cycleTopBottom() {
        topBottom.set(next(topBottom.get()));
    }

    private static Axis next(Axis axis) {
        return Axis.values()[(axis.ordinal() + 1) % Axis.values().length];
    }

    private void command(String description, UnaryOperator<IconImage> change) {
        document.apply(description, change);
    }

    // --- frames (animated icons): each change one undo step; choosing a frame is not ---

    public void selectFrame(int index) {
        document.selectFrame(index);
    }

    /** The previous frame, from the first to the last. */
    public void previousFrame() {
        int n = document.animation().size();
        document.selectFrame((document.frame() + n - 1) % n);
    }

    public void nextFrame() {
        document.selectFrame((document.frame() + 1) % document.animation().size());
    }

    /** A blank frame after the current one, shown for as long as the current one. */
    public void addFrame() {
        insertFrame("Add frame", IconImage.blank());
    }

    /** A copy of the current frame after it: the usual way to draw the next step of a movement. */
    public void duplicateFrame() {
        insertFrame("Duplicate frame", document.image());
    }

    private void insertFrame(String description, IconImage picture) {
        IconAnimation current = document.animation();
        if (current.size() >= IconAnimation.MAX_FRAMES) {
            message.set("An icon has at most " + IconAnimation.MAX_FRAMES + " frames.");
            return;
        }
        int at = document.frame() + 1;
        int duration = current.frame(document.frame()).durationMs();
        document.changeFrames(description, a -> a.insert(at, new IconAnimation.Frame(picture, duration)), at);
    }

    /** Deletes the current frame (the only frame stays). */
    public void deleteFrame() {
        if (document.animation().size() > 1) {
            int at = document.frame();
            document.changeFrames("Delete frame", a -> a.remove(at), Math.max(0, at - 1));
        }
    }

    /** Moves the current frame earlier (-1) or later (+1). */
    public void moveFrame(int delta) {
        int from = document.frame();
        int to = from + delta;
        if (to >= 0 && to < document.animation().size()) {
            document.changeFrames("Move frame", a -> a.move(from, to), to);
        }
    }

    /** How long the current frame shows, in milliseconds (rounded to hundredths of a second). */
    public void setFrameDuration(int ms) {
        int at = document.frame();
        document.changeFrames("Frame duration", a -> a.withDuration(at, ms), at);
    }

    // --- files ---

    /**
     * Imports a picture file as one undo step. A file that is not a picture, too big or damaged
     * leaves the canvas as it was and says why in {@link #messageProperty()}.
     */
    public boolean importImage(byte[] file, String fileName, ImageImport.Options options) {
        try {
            IconAnimation imported = ImageImport.toAnimation(file, options);
            if (imported.isAnimated()) {
                document.changeFrames("Import " + fileName, a -> imported, 0);
                message.set("Imported " + fileName + " (" + imported.size() + " frames).");
            } else {
                document.replace("Import " + fileName, imported.first());
                message.set("Imported " + fileName + ".");
            }
            return true;
        } catch (BadImageException e) {
            message.set(fileName + ": " + e.getMessage());
            return false;
        }
    }

    /** Opens an icon for editing: a fresh history, nothing unsaved. */
    public void open(IconImage icon) {
        document.load(icon);
    }

    /** Opens an animated (or still) icon for editing: a fresh history, nothing unsaved. */
    public void open(IconAnimation icon) {
        document.load(icon);
    }

    /** The picture as Yoto takes it: 16x16, 32-bit RGBA PNG (the frame being painted). */
    public byte[] exportPng() {
        return IconPng.encode(document.image());
    }

    /** Every frame as Yoto takes an animated icon: a 16x16 GIF. */
    public byte[] exportGif() {
        return IconGif.encode(document.animation());
    }

    /** The whole icon: all its frames. */
    public IconAnimation animation() {
        return document.animation();
    }

    /** The picture has been saved as it is now. */
    public void markSaved() {
        document.markSaved();
    }

    // --- state ---

    public Symmetry symmetry() {
        return new Symmetry(leftRight.get(), topBottom.get());
    }

    private int colour(PointerButton button) {
        return button == PointerButton.SECONDARY ? secondary.get() : primary.get();
    }

    private void useColour(int colour) {
        if (recent.use(colour)) {
            recentColours.setAll(recent.colours());
        }
    }

    private void refresh() {
        IconImage current = document.image();
        image.set(current);
        animation.set(document.animation());
        frame.set(document.frame());
        undoRedo.refresh(document);
        double dimming = PlayerDisplay.dimming(current);
        brightnessText.set(dimming < 1.0
                ? String.format(Locale.ROOT, "Bright: if Yoto converted it, it would be dimmed to %d%%. "
                        + "Uploads from here are not converted.", Math.round(dimming * 100))
                : String.format(Locale.ROOT, "Brightness %d%%: shown as painted.",
                        Math.round(PlayerDisplay.brightness(current) * 100)));
    }

    public IconImage image() {
        return image.get();
    }

    public ReadOnlyObjectProperty<IconImage> imageProperty() {
        return image.getReadOnlyProperty();
    }

    /** All frames of the icon (one for a still icon). */
    public ReadOnlyObjectProperty<IconAnimation> animationProperty() {
        return animation.getReadOnlyProperty();
    }

    /** The index of the frame being painted. */
    public ReadOnlyIntegerProperty frameProperty() {
        return frame.getReadOnlyProperty();
    }

    /** Whether the painter shows the neighbouring frames faintly under this one. */
    public BooleanProperty onionSkinProperty() {
        return onionSkin;
    }

    /** Whether the previews play the animation. */
    public BooleanProperty playingProperty() {
        return playing;
    }

    public ObjectProperty<Tool> toolProperty() {
        return tool;
    }

    public IntegerProperty primaryProperty() {
        return primary;
    }

    public IntegerProperty secondaryProperty() {
        return secondary;
    }

    public ObjectProperty<Axis> leftRightProperty() {
        return leftRight;
    }

    public ObjectProperty<Axis> topBottomProperty() {
        return topBottom;
    }

    public BooleanProperty showGridProperty() {
        return showGrid;
    }

    /** Whether the player preview shows the dimming Yoto's conversion would apply. */
    public BooleanProperty previewConvertedProperty() {
        return previewConverted;
    }

    /** Unsaved changes. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return undoRedo.dirtyProperty();
    }

    /** Undo, Redo and the unsaved marker, for the views to bind. */
    public HistoryViewModel undoRedo() {
        return undoRedo;
    }

    /** A line about the picture's brightness and Yoto's dimming. */
    public ReadOnlyStringProperty brightnessTextProperty() {
        return brightnessText.getReadOnlyProperty();
    }

    /** What the last import or file action said (errors included). */
    public StringProperty messageProperty() {
        return message;
    }

    /** Colours painted with lately, newest first. */
    public ObservableList<Integer> recentColours() {
        return FXCollections.unmodifiableObservableList(recentColours);
    }

    public PaletteViewModel palettes() {
        return palettes;
    }
}
