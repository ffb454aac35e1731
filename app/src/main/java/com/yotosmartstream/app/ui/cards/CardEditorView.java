package com.yotosmartstream.app.ui.cards;

import com.yotosmartstream.app.cards.CardDraft;
import com.yotosmartstream.app.cards.CardEditorViewModel;
import com.yotosmartstream.app.cards.CardProblem;
import com.yotosmartstream.app.cards.Delivery;
import com.yotosmartstream.app.cards.DraftChapter;
import com.yotosmartstream.app.cards.DraftTrack;
import com.yotosmartstream.app.library.TrackRow;
import com.yotosmartstream.app.ui.library.TrackTable;
import com.yotosmartstream.core.text.Durations;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The card editor: the card's details, its delivery, and its chapters as rows that take library
 * tracks dropped on them (into that chapter) or below them (as new chapters) and move by dragging
 * their handle. Built again from the draft after every edit.
 */
final class CardEditorView {

    /** A chapter being dragged to a new place: its index. */
    static final DataFormat CHAPTER = new DataFormat("application/x-yoto-smart-stream-chapter");

    private final CardEditorViewModel viewModel;
    private final ChapterIconImages icons;
    private final Consumer<Integer> pickIcon;
    private final VBox chapters = new VBox(6);
    private final VBox problems = new VBox(4);
    private final TextField title = field("card-title-field", "Title");
    private final TextField author = field("card-author-field", "Author");
    private final TextArea description = new TextArea();
    private final ImageView cover = new ImageView();
    private String coverSource = "";
    private final ScrollPane view;

    /**
     * @param chooseCover asks for a cover picture
     * @param pickIcon opens the icon picker for a chapter (its index)
     */
    CardEditorView(CardEditorViewModel viewModel, ChapterIconImages icons, Supplier<Optional<Path>> chooseCover,
            Consumer<Integer> pickIcon) {
        this.viewModel = viewModel;
        this.icons = icons;
        this.pickIcon = pickIcon;
        commit(title, viewModel::setTitle);
        commit(author, viewModel::setAuthor);
        description.setId("card-description-field");
        description.setPromptText("Description");
        description.setPrefRowCount(2);
        description.setWrapText(true);
        commit(description, viewModel::setDescription);

        cover.setFitWidth(96);
        cover.setFitHeight(96);
        cover.setPreserveRatio(true);
        StackPane coverFrame = new StackPane(new FontIcon("fth-image"), cover);
        coverFrame.getStyleClass().add("card-cover-frame");
        coverFrame.setMinSize(96, 96);
        Button chooseCoverButton = new Button("Cover\u2026");
        chooseCoverButton.setId("card-cover");
        chooseCoverButton.setOnAction(e -> chooseCover.get().ifPresent(viewModel::setCover));
        VBox coverBox = new VBox(6, coverFrame, chooseCoverButton);
        coverBox.setAlignment(Pos.TOP_CENTER);

        GridPane details = new GridPane();
        details.setHgap(8);
        details.setVgap(6);
        details.addRow(0, fixed(new Label("Title")), title);
        details.addRow(1, fixed(new Label("Author")), author);
        details.addRow(2, fixed(new Label("About")), description);
        GridPane.setHgrow(title, Priority.ALWAYS);
        HBox.setHgrow(details, Priority.ALWAYS);
        HBox header = new HBox(16, details, coverBox);

        ToggleGroup deliveries = new ToggleGroup();
        RadioButton stream = radio("delivery-stream", Delivery.STREAM, deliveries,
                "Players fetch the audio from this computer's stream server (it must be running and reachable).");
        RadioButton upload = radio("delivery-upload", Delivery.UPLOAD, deliveries,
                "The audio is uploaded to Yoto once; players then need nothing from this computer.");
        // the two choices sit side by side, or one above the other on a narrow window: never cut short
        javafx.scene.layout.FlowPane choices = new javafx.scene.layout.FlowPane(16, 4, fixed(stream), fixed(upload));
        choices.setMinWidth(0);
        HBox.setHgrow(choices, Priority.ALWAYS);
        HBox deliveryChoice = new HBox(16, fixed(new Label("Audio")), choices);
        deliveryChoice.setAlignment(Pos.CENTER_LEFT);
        Label note = new Label();
        note.setId("card-delivery-note");
        note.setWrapText(true);
        note.getStyleClass().add("muted");
        note.textProperty().bind(viewModel.deliveryNoteProperty());
        VBox delivery = new VBox(4, deliveryChoice, note);

        Label chaptersTitle = new Label("Chapters");
        chaptersTitle.getStyleClass().add("section-title");
        Label summary = new Label();
        summary.setId("card-summary");
        summary.textProperty().bind(viewModel.summaryProperty());
        summary.getStyleClass().add("muted");
        HBox chaptersHeader = new HBox(12, chaptersTitle, summary);
        chaptersHeader.setAlignment(Pos.BASELINE_LEFT);
        chapters.setId("card-chapters");
        Label drop = new Label("Drop tracks from the library here to add chapters", new FontIcon("fth-plus-circle"));
        drop.setId("card-drop");
        drop.getStyleClass().add("card-drop");
        drop.setMaxWidth(Double.MAX_VALUE);
        drop.setWrapText(true);
        drop.setMinHeight(Region.USE_PREF_SIZE);
        acceptTracks(drop, () -> -1);
        problems.setId("card-problems");
        Button split = new Button("Split tracks over 60 minutes", new FontIcon("fth-scissors"));
        split.setId("card-split-long");
        split.setMinWidth(Region.USE_PREF_SIZE);
        split.setTooltip(new Tooltip("Cut each long track at its chapter marks, or at its quietest moments, into parts"
                + " under 60 minutes"));
        split.visibleProperty().bind(viewModel.hasLongTracksProperty());
        split.managedProperty().bind(split.visibleProperty());
        split.disableProperty().bind(viewModel.busyProperty());
        split.setOnAction(e -> viewModel.splitLongTracks());

        VBox content = new VBox(14, header, delivery, chaptersHeader, chapters, drop, problems, split);
        content.setPadding(new Insets(16));
        content.disableProperty().bind(viewModel.editableProperty().not());
        Label readOnly = new Label("An interactive card made from a story: change and publish it from the Stories"
                + " page. You can play it from here.");
        readOnly.setId("card-read-only");
        readOnly.setWrapText(true);
        readOnly.getStyleClass().add("banner");
        readOnly.visibleProperty().bind(viewModel.editableProperty().not());
        readOnly.managedProperty().bind(readOnly.visibleProperty());
        VBox page = new VBox(readOnly, content);
        view = new ScrollPane(page);
        view.setFitToWidth(true);
        view.setId("card-editor");

        viewModel.history().revisionProperty().addListener((obs, old, now) -> show(viewModel.draft()));
        deliveries.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null && now.getUserData() != viewModel.draft().delivery()) {
                viewModel.setDelivery((Delivery) now.getUserData());
            }
        });
        viewModel.history().draftProperty().addListener((obs, old, now) -> (now.delivery() == Delivery.STREAM ? stream
                : upload).setSelected(true));
        show(viewModel.draft());
        stream.setSelected(viewModel.draft().delivery() == Delivery.STREAM);
        upload.setSelected(viewModel.draft().delivery() == Delivery.UPLOAD);
    }

    Node view() {
        return view;
    }

    private void show(CardDraft draft) {
        set(title, draft.title());
        set(author, draft.author());
        set(description, draft.description());
        String source = draft.newCover().map(p -> p.toUri().toString()).or(draft::coverUrl).orElse("");
        if (!source.equals(coverSource)) { // loaded once per picture, not again after every edit
            coverSource = source;
            cover.setImage(source.isEmpty() ? null : new Image(source, 192, 192, true, true, true));
        }
        List<Node> rows = new java.util.ArrayList<>();
        for (int i = 0; i < draft.chapters().size(); i++) {
            rows.add(chapterRow(i, draft.chapters().get(i)));
        }
        chapters.getChildren().setAll(rows);
        problems.getChildren().setAll(viewModel.problems().stream().map(CardEditorView::problem).toList());
    }

    private Node chapterRow(int index, DraftChapter chapter) {
        Label handle = new Label("", new FontIcon("fth-menu"));
        handle.getStyleClass().add("drag-handle");
        handle.setTooltip(new Tooltip("Drag to move the chapter"));
        handle.setOnDragDetected(e -> {
            Dragboard board = handle.startDragAndDrop(TransferMode.MOVE);
            ClipboardContent content = new ClipboardContent();
            content.put(CHAPTER, index);
            board.setContent(content);
            e.consume();
        });
        Label number = new Label(String.valueOf(index + 1));
        number.getStyleClass().add("chapter-number");
        ImageView iconView = new ImageView();
        iconView.setFitWidth(32);
        iconView.setFitHeight(32);
        iconView.setSmooth(false);
        chapter.icon().ifPresent(ref -> iconView.imageProperty().bind(icons.image(ref)));
        Button icon = new Button("", chapter.icon().isPresent() ? iconView : new FontIcon("fth-image"));
        icon.setId("chapter-icon-" + index);
        icon.setTooltip(new Tooltip(chapter.icon().isPresent() ? "Change the icon" : "Choose an icon (without one,"
                + " the chapter gets a note)"));
        icon.getStyleClass().add("chapter-icon");
        icon.setOnAction(e -> pickIcon.accept(index));
        TextField name = field("chapter-title-" + index, "Chapter " + (index + 1));
        name.setText(chapter.title());
        commit(name, text -> viewModel.renameChapter(index, text));
        VBox tracks = new VBox(2);
        for (int t = 0; t < chapter.tracks().size(); t++) {
            tracks.getChildren().add(trackLine(index, t, chapter.tracks().get(t)));
        }
        VBox middle = new VBox(4, name, tracks);
        HBox.setHgrow(middle, Priority.ALWAYS);
        Label length = new Label(Durations.clock(chapter.duration()));
        length.getStyleClass().add("muted");
        Button remove = new Button("", new FontIcon("fth-x"));
        remove.setId("chapter-remove-" + index);
        remove.setTooltip(new Tooltip("Remove the chapter"));
        remove.setOnAction(e -> viewModel.removeChapter(index));
        HBox row = new HBox(8, handle, number, icon, middle, length, remove);
        row.setAlignment(Pos.TOP_LEFT);
        row.setId("chapter-" + index);
        row.getStyleClass().add("chapter-row");
        row.setPadding(new Insets(6));
        row.setOnDragEntered(e -> row.pseudoClassStateChanged(DROP, true));
        row.setOnDragExited(e -> row.pseudoClassStateChanged(DROP, false));
        row.setOnDragOver(e -> {
            if (e.getDragboard().hasContent(CHAPTER) || hasTracks(e.getDragboard())) {
                e.acceptTransferModes(TransferMode.COPY_OR_MOVE);
            }
            e.consume();
        });
        row.setOnDragDropped(e -> {
            Dragboard board = e.getDragboard();
            if (board.hasContent(CHAPTER)) {
                viewModel.moveChapter((Integer) board.getContent(CHAPTER), index);
                e.setDropCompleted(true);
            } else {
                e.setDropCompleted(dropTracks(board, index));
            }
            e.consume();
        });
        return row;
    }

    private Node trackLine(int chapter, int index, DraftTrack track) {
        Label label = new Label(track.title() + "  \u00b7  " + Durations.clock(track.duration())
                + (track.libraryId().isEmpty() ? "  \u00b7  kept as it is on Yoto" : ""),
                new FontIcon(track.libraryId().isPresent() ? "fth-music" : "fth-cloud"));
        label.getStyleClass().add("muted");
        Button remove = new Button("", new FontIcon("fth-minus"));
        remove.getStyleClass().add("flat");
        remove.setId("track-remove-" + chapter + "-" + index);
        remove.setTooltip(new Tooltip("Remove this track"));
        remove.setOnAction(e -> viewModel.removeTrack(chapter, index));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox line = new HBox(6, label, gap, remove);
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }

    private void acceptTracks(Node target, Supplier<Integer> chapter) {
        target.setOnDragOver(e -> {
            if (hasTracks(e.getDragboard())) {
                e.acceptTransferModes(TransferMode.COPY_OR_MOVE);
            }
            e.consume();
        });
        target.setOnDragEntered(e -> target.pseudoClassStateChanged(DROP, hasTracks(e.getDragboard())));
        target.setOnDragExited((DragEvent e) -> target.pseudoClassStateChanged(DROP, false));
        target.setOnDragDropped(e -> {
            e.setDropCompleted(dropTracks(e.getDragboard(), chapter.get()));
            e.consume();
        });
    }

    private static final javafx.css.PseudoClass DROP = javafx.css.PseudoClass.getPseudoClass("drop");

    private boolean hasTracks(Dragboard board) {
        return board.hasContent(LibraryPanel.TRACKS) || board.hasContent(TrackTable.trackFormat());
    }

    private boolean dropTracks(Dragboard board, int chapter) {
        List<String> ids = LibraryPanel.ids(board);
        return !ids.isEmpty() && viewModel.addTracks(ids, chapter, -1) > 0;
    }

    private static Node problem(CardProblem problem) {
        Label label = new Label(problem.text(), new FontIcon(problem.blocking() ? "fth-x-circle" : "fth-alert-triangle"));
        label.setWrapText(true);
        label.getStyleClass().add(problem.blocking() ? "problem-error" : "problem-warning");
        return label;
    }

    private static RadioButton radio(String id, Delivery delivery, ToggleGroup group, String tip) {
        RadioButton button = new RadioButton(delivery.label());
        button.setId(id);
        button.setUserData(delivery);
        button.setToggleGroup(group);
        button.setTooltip(new Tooltip(tip));
        return button;
    }

    static <T extends Region> T fixed(T node) {
        node.setMinWidth(Region.USE_PREF_SIZE);
        return node;
    }

    private static TextField field(String id, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        return field;
    }

    /** Sends the text to the draft on Enter (text fields) and when the field loses focus. */
    private static void commit(TextInputControl field, Consumer<String> edit) {
        if (field instanceof TextField text) {
            text.setOnAction(e -> edit.accept(text.getText()));
        }
        field.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                edit.accept(field.getText());
            }
        });
    }

    private static void set(TextInputControl field, String text) {
        if (!field.getText().equals(text)) {
            field.setText(text);
        }
    }
}
