package com.yotosmartstream.story.editor;

import com.yotosmartstream.core.history.HistoryViewModel;
import com.yotosmartstream.story.edit.Edits;
import com.yotosmartstream.story.edit.StoryCommand;
import com.yotosmartstream.story.edit.StoryDocument;
import com.yotosmartstream.story.edit.StoryEdit;
import com.yotosmartstream.story.layout.LayeredLayout;
import com.yotosmartstream.story.library.AudioLibrary;
import com.yotosmartstream.story.library.AudioTrack;
import com.yotosmartstream.story.library.IconLibrary;
import com.yotosmartstream.story.lint.Lint;
import com.yotosmartstream.story.lint.LintIssue;
import com.yotosmartstream.story.model.AudioRef;
import com.yotosmartstream.story.model.Exit;
import com.yotosmartstream.story.model.Position;
import com.yotosmartstream.story.model.Story;
import com.yotosmartstream.story.model.StoryNode;
import com.yotosmartstream.story.model.Target;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;

/**
 * The state of the story editor: the document (story and undo stack), the selection, the live lint
 * findings and the editor's settings, as JavaFX properties for the views to bind. Every edit goes
 * through {@link #execute}. Used on the FX thread only.
 */
public final class StoryEditorViewModel {

    /** Canvas size of a node card; the views draw nodes this size and the layout spaces them by it. */
    public static final double NODE_WIDTH = 200;
    public static final double NODE_HEIGHT = 96;

    private final AudioLibrary audio;
    private final javafx.collections.ObservableList<String> voiceNames = javafx.collections.FXCollections.observableArrayList();
    private final IconLibrary icons;
    private final Lint lint = new Lint();
    private final List<StoryChangeListener> listeners = new CopyOnWriteArrayList<>();
    private StoryDocument document;

    private final ReadOnlyObjectWrapper<Story> story = new ReadOnlyObjectWrapper<>();
    private final ObservableSet<String> selection = FXCollections.observableSet(new LinkedHashSet<>());
    private final ReadOnlyObjectWrapper<String> focused = new ReadOnlyObjectWrapper<>();
    private final ObservableList<LintIssue> issues = FXCollections.observableArrayList();
    private final HistoryViewModel undoRedo = new HistoryViewModel();
    private final BooleanProperty snapToGrid = new SimpleBooleanProperty(true);
    private final DoubleProperty gridSize = new SimpleDoubleProperty(20);
    private final ObjectProperty<String> playingNode = new SimpleObjectProperty<>();

    public StoryEditorViewModel(StoryDocument document, AudioLibrary audio, IconLibrary icons) {
        this.audio = audio;
        this.icons = icons;
        load(document);
    }

    // ---- the document ----

    /** Edits another document (a new, opened or recovered story); the views redraw. */
    public void load(StoryDocument next) {
        if (document != null) {
            document.removeListener(this::documentChanged);
        }
        document = next;
        document.addListener(this::documentChanged);
        selection.clear();
        focused.set(null);
        playingNode.set(null);
        story.set(next.story());
        refresh();
        listeners.forEach(l -> l.changed(null, next.story()));
    }

    public StoryDocument document() {
        return document;
    }

    public AudioLibrary audioLibrary() {
        return audio;
    }

    /** The voices the computer's voice engine offers, for the story's voice; empty until the app lists them. */
    public javafx.collections.ObservableList<String> voiceNames() {
        return voiceNames;
    }

    public IconLibrary iconLibrary() {
        return icons;
    }

    public void addChangeListener(StoryChangeListener listener) {
        listeners.add(listener);
    }

    private void documentChanged(Story before, Story after) {
        story.set(after);
        selection.removeIf(id -> !after.contains(id));
        if (focused.get() != null && !after.contains(focused.get())) {
            focused.set(selection.isEmpty() ? null : selection.iterator().next());
        }
        refresh();
        if (before != after) {
            listeners.forEach(l -> l.changed(before, after));
        }
    }

    private void refresh() {
        issues.setAll(lint.check(document.story()));
        undoRedo.refresh(document);
    }

    public Story story() {
        return document.story();
    }

    public ReadOnlyObjectProperty<Story> storyProperty() {
        return story.getReadOnlyProperty();
    }

    public void execute(StoryCommand command) {
        document.execute(command);
    }

    public void undo() {
        document.undo();
    }

    public void redo() {
        document.redo();
    }

    /** Ends the current typing step (the next keystroke starts a new undo step). */
    public void closeMerge() {
        document.closeMerge();
    }

    /** Undo, Redo and the unsaved marker, for the views to bind. */
    public HistoryViewModel undoRedo() {
        return undoRedo;
    }

    /** Whether the story has changes not saved. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return undoRedo.dirtyProperty();
    }

    /** The live lint findings, errors first. */
    public ObservableList<LintIssue> issues() {
        return issues;
    }

    // ---- selection ----

    public ObservableSet<String> selection() {
        return selection;
    }

    /** The node the side panel edits: the one last clicked in the selection. */
    public ReadOnlyObjectProperty<String> focusedProperty() {
        return focused.getReadOnlyProperty();
    }

    public Optional<StoryNode> focusedNode() {
        return Optional.ofNullable(focused.get()).flatMap(id -> story().node(id));
    }

    public void select(Collection<String> ids) {
        closeMerge();
        selection.retainAll(ids);
        selection.addAll(ids);
        focused.set(ids.isEmpty() ? null : ids.iterator().next());
    }

    public void select(String id) {
        select(List.of(id));
    }

    /** Adds the node to the selection, or takes it out if it was in. */
    public void toggleSelected(String id) {
        closeMerge();
        if (!selection.remove(id)) {
            selection.add(id);
            focused.set(id);
        } else if (id.equals(focused.get())) {
            focused.set(selection.isEmpty() ? null : selection.iterator().next());
        }
    }

    public void clearSelection() {
        select(List.of());
    }

    public void selectAll() {
        select(new ArrayList<>(story().nodeMap().keySet()));
    }

    // ---- edits ----

    public BooleanProperty snapToGridProperty() {
        return snapToGrid;
    }

    public DoubleProperty gridSizeProperty() {
        return gridSize;
    }

    /** A position on the grid when snapping is on. */
    public Position snap(Position position) {
        return snapToGrid.get() ? position.snapped(gridSize.get()) : position;
    }

    /** Adds a node at {@code position} (its top-left corner) and selects it. */
    public String addNode(Position position) {
        String id = story().nextNodeId();
        execute(Edits.addNode(story(), StoryNode.create(id, "New node", snap(position))));
        select(id);
        return id;
    }

    /** Moves nodes as one undo step (snapped to the grid when snapping is on). */
    public void move(Map<String, Position> positions) {
        Map<String, Position> snapped = new LinkedHashMap<>();
        positions.forEach((id, p) -> snapped.put(id, snap(p)));
        execute(Edits.move(story(), snapped));
    }

    public void connect(String fromId, Exit exit, Target target) {
        execute(Edits.connect(story(), fromId, exit, target));
    }

    public void disconnect(String fromId, Exit exit) {
        execute(Edits.disconnect(story(), fromId, exit));
    }

    /** Makes a new node at {@code position}, points the exit at it, and selects it. */
    public String createAndConnect(String fromId, Exit exit, Position position) {
        StoryEdit edit = Edits.createAndConnect(story(), fromId, exit, snap(position), "New node");
        String id = Edits.pastedIds(edit, story()).get(0);
        execute(edit);
        select(id);
        return id;
    }

    public void deleteSelection() {
        if (!selection.isEmpty()) {
            execute(Edits.deleteNodes(story(), List.copyOf(selection)));
        }
    }

    /** The selected nodes as clipboard text; empty when nothing is selected. */
    public Optional<String> copySelection() {
        List<StoryNode> nodes = selectedNodes();
        return nodes.isEmpty() ? Optional.empty() : Optional.of(NodeClipboard.write(nodes));
    }

    /** Pastes copied nodes with their top-left at {@code at}; selects them. False when the text is not nodes. */
    public boolean paste(String clipboard, Position at) {
        List<StoryNode> nodes = NodeClipboard.read(clipboard);
        if (nodes.isEmpty()) {
            return false;
        }
        double minX = nodes.stream().mapToDouble(n -> n.position().x()).min().orElse(0);
        double minY = nodes.stream().mapToDouble(n -> n.position().y()).min().orElse(0);
        Position target = snap(at);
        pasteNodes(nodes, target.x() - minX, target.y() - minY, "Paste");
        return true;
    }

    /** Copies the selection beside itself. */
    public void duplicateSelection() {
        List<StoryNode> nodes = selectedNodes();
        if (!nodes.isEmpty()) {
            pasteNodes(nodes, gridSize.get() * 2, gridSize.get() * 2, "Duplicate");
        }
    }

    private void pasteNodes(List<StoryNode> nodes, double dx, double dy, String verb) {
        StoryEdit edit = Edits.paste(story(), nodes, dx, dy, verb);
        List<String> ids = Edits.pastedIds(edit, story());
        execute(edit);
        select(ids);
    }

    public List<StoryNode> selectedNodes() {
        List<StoryNode> nodes = new ArrayList<>();
        selection.forEach(id -> story().node(id).ifPresent(nodes::add));
        return nodes;
    }

    /** Gives the nodes this library track (a Library track dropped on a node, or picked). */
    public void setAudio(Collection<String> ids, AudioTrack track) {
        execute(Edits.setAudio(story(), ids, track == null ? null : new AudioRef(track.id(), track.title(), track.seconds())));
    }

    public void setIcon(Collection<String> ids, String iconRef) {
        execute(Edits.setIcon(story(), ids, iconRef));
    }

    /** Lays the whole story out again (one undo step). */
    public void autoLayout() {
        execute(Edits.layout(story(), new LayeredLayout(NODE_WIDTH, NODE_HEIGHT, 90, 36).layout(story())));
    }

    public void applyFix(LintIssue issue) {
        issue.fix().ifPresent(fix -> execute(fix.edit().apply(story())));
    }

    /** Ids of the nodes whose title or narration contains {@code text} (any case), in story order. */
    public List<String> find(String text) {
        String needle = text.strip().toLowerCase(Locale.ROOT);
        if (needle.isEmpty()) {
            return List.of();
        }
        List<String> found = new ArrayList<>();
        for (StoryNode node : story().nodes()) {
            if (node.title().toLowerCase(Locale.ROOT).contains(needle)
                    || node.narration().toLowerCase(Locale.ROOT).contains(needle)) {
                found.add(node.id());
            }
        }
        return found;
    }

    /** The node a playtest is playing, highlighted on the canvas; null when none. */
    public ObjectProperty<String> playingNodeProperty() {
        return playingNode;
    }

    /** Node ids in {@code ids} that exist, in the order given. */
    public Set<String> existing(Collection<String> ids) {
        Set<String> result = new LinkedHashSet<>();
        ids.forEach(id -> {
            if (story().contains(id)) {
                result.add(id);
            }
        });
        return result;
    }
}
