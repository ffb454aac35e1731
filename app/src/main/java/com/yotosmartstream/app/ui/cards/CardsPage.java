package com.yotosmartstream.app.ui.cards;

import com.yotosmartstream.app.ui.Dialogs;
import com.yotosmartstream.app.cards.CardEditorViewModel;
import com.yotosmartstream.app.cards.CardRow;
import com.yotosmartstream.app.cards.ChapterIconSource;
import com.yotosmartstream.app.cards.CardsViewModel;
import com.yotosmartstream.client.model.PlayerInfo;
import com.yotosmartstream.core.task.TaskExecutor;
import com.yotosmartstream.icons.picker.IconChoice;
import com.yotosmartstream.icons.picker.IconSource;
import com.yotosmartstream.icons.ui.IconPicker;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Cards page: the account's cards on the left, the card editor in the middle with its
 * publish and play bar, the library on the right to drag tracks from.
 */
public final class CardsPage implements com.yotosmartstream.app.shell.CloseGuard {

    /** The questions the page asks; tests answer them without windows. */
    public interface Questions {
        boolean confirmDelete(Window owner, CardRow row);

        Optional<Path> chooseCover(Window owner);

        /** Shows the review; true to publish. */
        boolean review(Window owner, com.yotosmartstream.app.cards.CardPublisher.Prepared prepared);

        /** At quit, with changes not published: true to quit all the same. */
        boolean quitWithoutPublishing(Window owner, String title);

        /** Which of the cards that need this computer to make offline-ready (none to do nothing). */
        List<CardRow> chooseOfflineReady(Window owner, List<CardRow> candidates);
    }

    private final BorderPane view = new BorderPane();
    private final CardsViewModel viewModel;
    private final TaskExecutor executor;
    private final Supplier<List<IconSource>> iconSources;
    private final Questions questions;

    public CardsPage(CardsViewModel viewModel, TaskExecutor executor, Clock clock, ChapterIconSource iconImages,
            Supplier<List<IconSource>> iconSources, Questions questions) {
        this.viewModel = viewModel;
        this.executor = executor;
        this.iconSources = iconSources;
        this.questions = questions;
        CardEditorViewModel editor = viewModel.editor();
        CardList list = new CardList(viewModel, clock, row -> {
            if (questions.confirmDelete(window(), row)) {
                viewModel.delete(row);
            }
        }, candidates -> viewModel.tripMode().run(questions.chooseOfflineReady(window(), candidates)));
        CardEditorView editorView = new CardEditorView(editor, new ChapterIconImages(executor, iconImages),
                () -> questions.chooseCover(window()), this::pickIcon);
        LibraryPanel library = new LibraryPanel(viewModel, ids -> editor.addTracks(ids, -1, -1));
        BorderPane middle = new BorderPane(editorView.view());
        middle.setBottom(actions(editor));
        SplitPane split = new SplitPane(list.view(), middle, library.view());
        // the list and the library start at a width that suits the window, the editor takes the rest
        // and what the window gains (the two side panels keep their widths when it is resized)
        split.widthProperty().addListener(new javafx.beans.value.ChangeListener<Number>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Number> obs, Number old, Number width) {
                double w = width.doubleValue();
                if (w > 0) {
                    double listWidth = Math.max(list.view().getMinWidth(), Math.min(280, w * 0.22));
                    double libraryWidth = Math.max(library.view().getMinWidth(), Math.min(300, w * 0.22));
                    split.setDividerPositions(listWidth / w, 1 - libraryWidth / w);
                    split.widthProperty().removeListener(this);
                }
            }
        });
        SplitPane.setResizableWithParent(list.view(), false);
        SplitPane.setResizableWithParent(library.view(), false);
        view.setCenter(split);
        view.getStyleClass().add("cards-page");
        editor.preparedProperty().addListener((obs, old, prepared) -> {
            if (prepared != null) {
                if (questions.review(window(), prepared)) {
                    editor.confirm();
                } else {
                    editor.discardPrepared();
                }
            }
        });
        view.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN).match(e)) {
                editor.redo();
                e.consume();
            } else if (new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN).match(e)) {
                editor.undo();
                e.consume();
            }
        });
    }

    @Override
    public boolean hasUnsavedChanges() {
        return viewModel.editor().unsavedProperty().get();
    }

    @Override
    public void confirmClose(Runnable proceed) {
        String title = viewModel.editor().draft().title().isBlank() ? "the new card" : "'"
                + viewModel.editor().draft().title() + "'";
        if (questions.quitWithoutPublishing(window(), title)) {
            proceed.run();
        }
    }

    public Node view() {
        return view;
    }

    private Node actions(CardEditorViewModel editor) {
        Button undo = new Button("", new FontIcon("fth-corner-up-left"));
        undo.setId("card-undo");
        Button redo = new Button("", new FontIcon("fth-corner-up-right"));
        redo.setId("card-redo");
        undo.setOnAction(e -> editor.undo());
        redo.setOnAction(e -> editor.redo());
        undo.disableProperty().bind(editor.undoRedo().canUndoProperty().not());
        redo.disableProperty().bind(editor.undoRedo().canRedoProperty().not());
        undo.setTooltip(new Tooltip("Undo (Ctrl+Z)"));
        redo.setTooltip(new Tooltip("Redo (Ctrl+Shift+Z)"));
        Label unsaved = new Label("not published");
        unsaved.setId("card-unsaved");
        unsaved.getStyleClass().add("muted");
        unsaved.visibleProperty().bind(editor.unsavedProperty());

        Button publish = new Button("Publish\u2026", new FontIcon("fth-upload-cloud"));
        publish.setId("card-publish");
        publish.getStyleClass().add("accent");
        publish.disableProperty().bind(editor.canPublishBinding().not());
        publish.setOnAction(e -> editor.prepare());

        ComboBox<PlayerInfo> player = new ComboBox<>(viewModel.players());
        player.setId("card-player");
        player.setPromptText("Player");
        player.setConverter(new StringConverter<>() {
            @Override
            public String toString(PlayerInfo info) {
                return info == null ? "" : info.name();
            }

            @Override
            public PlayerInfo fromString(String text) {
                return null;
            }
        });
        viewModel.players().addListener((javafx.collections.ListChangeListener<PlayerInfo>) c -> {
            if (player.getValue() == null && !viewModel.players().isEmpty()) {
                player.setValue(viewModel.players().get(0));
            }
        });
        if (!viewModel.players().isEmpty()) {
            player.setValue(viewModel.players().get(0));
        }
        ComboBox<Integer> from = new ComboBox<>();
        from.setId("card-play-from");
        from.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer chapter) {
                if (chapter == null || chapter < 0) {
                    return "From the start";
                }
                var chapters = editor.publishedChapters();
                return "Chapter " + (chapter + 1) + (chapter < chapters.size() ? ": " + chapters.get(chapter).title()
                        : "");
            }

            @Override
            public Integer fromString(String text) {
                return null;
            }
        });
        Runnable chapters = () -> {
            List<Integer> choices = new java.util.ArrayList<>(List.of(-1));
            for (int i = 0; i < editor.publishedChapters().size(); i++) {
                choices.add(i);
            }
            from.getItems().setAll(choices);
            from.setValue(-1);
        };
        editor.history().draftProperty().addListener((obs, old, now) -> {
            if (old == null || !old.original().equals(now.original())) {
                chapters.run();
            }
        });
        chapters.run();
        Button play = new Button("Play now", new FontIcon("fth-play"));
        play.setId("card-play");
        play.setTooltip(new Tooltip("Start the published card on the chosen player, then show the dashboard"));
        play.disableProperty().bind(player.valueProperty().isNull().or(javafx.beans.binding.Bindings
                .createBooleanBinding(() -> editor.history().draft().cardId().isEmpty(),
                        editor.history().draftProperty())));
        play.setOnAction(e -> viewModel.playNow(player.getValue().deviceId(), from.getValue() == null ? -1
                : from.getValue()));

        ProgressBar progress = new ProgressBar();
        progress.setId("card-progress");
        progress.progressProperty().bind(editor.progressProperty());
        progress.visibleProperty().bind(editor.busyProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("card-cancel");
        cancel.visibleProperty().bind(editor.busyProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> editor.cancel());
        Label message = new Label();
        message.setId("card-message");
        message.textProperty().bind(editor.messageProperty());
        message.getStyleClass().add("muted");
        Label error = new Label();
        error.setId("card-error");
        error.setWrapText(true);
        error.textProperty().bind(editor.errorProperty());
        error.getStyleClass().add("problem-error");
        error.visibleProperty().bind(editor.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, undo, redo, unsaved, gap, publish);
        buttons.setAlignment(Pos.CENTER_LEFT);
        // on a narrow window the choices wrap onto a second line instead of cutting their texts short
        javafx.scene.layout.FlowPane playing = new javafx.scene.layout.FlowPane(8, 6,
                CardEditorView.fixed(new Label("Play on")), player, from, play);
        playing.setAlignment(Pos.CENTER_LEFT);
        playing.setMinWidth(0);
        for (Region fixed : List.of(undo, redo, unsaved, publish, play, cancel)) {
            CardEditorView.fixed(fixed);
        }
        player.setMinWidth(Region.USE_PREF_SIZE);
        from.setMinWidth(Region.USE_PREF_SIZE);
        HBox working = new HBox(8, progress, message, cancel);
        working.setAlignment(Pos.CENTER_LEFT);
        VBox bar = new VBox(8, error, working, buttons, playing);
        bar.setPadding(new Insets(10, 16, 12, 16));
        bar.getStyleClass().add("card-actions");
        return bar;
    }

    private void pickIcon(int chapter) {
        Dialog<ButtonType> dialog = new Dialog<>();
        Dialogs.owned(dialog, window());
        dialog.setTitle("Icon for chapter " + (chapter + 1));
        IconPicker picker = new IconPicker(executor, iconSources.get());
        picker.setPrefSize(520, 420);
        picker.setOnChoose(choice -> {
            reference(choice).ifPresent(ref -> viewModel.editor().setChapterIcon(chapter, Optional.of(ref)));
            dialog.setResult(ButtonType.OK);
            dialog.close();
        });
        ButtonType none = new ButtonType("No icon", javafx.scene.control.ButtonBar.ButtonData.LEFT);
        dialog.getDialogPane().setContent(picker);
        dialog.getDialogPane().getButtonTypes().setAll(none, ButtonType.OK, ButtonType.CANCEL);
        dialog.showAndWait().ifPresent(answer -> {
            if (answer == none) {
                viewModel.editor().setChapterIcon(chapter, Optional.empty());
            } else if (answer == ButtonType.OK && picker.selectedProperty().get() != null) {
                reference(picker.selectedProperty().get()).ifPresent(ref -> viewModel.editor()
                        .setChapterIcon(chapter, Optional.of(ref)));
            }
        });
    }

    /** A library icon as {@code icon:<id>} (uploaded when the card is published), else its Yoto reference. */
    static Optional<String> reference(IconChoice choice) {
        return choice.libraryId().isPresent() ? Optional.of("icon:" + choice.libraryId().getAsLong())
                : choice.reference();
    }

    private Window window() {
        return view.getScene() == null ? null : view.getScene().getWindow();
    }

    /** The real questions: dialogs and a file chooser. */
    public static Questions dialogs() {
        return new Questions() {
            @Override
            public boolean confirmDelete(Window owner, CardRow row) {
                Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "Delete '" + row.title() + "' from Yoto? A"
                        + " physical card linked to it stops playing it. This cannot be undone.", ButtonType.OK,
                        ButtonType.CANCEL);
                Dialogs.owned(alert, owner);
                alert.setHeaderText("Delete the card?");
                return alert.showAndWait().filter(ButtonType.OK::equals).isPresent();
            }

            @Override
            public Optional<Path> chooseCover(Window owner) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle("Choose a cover picture");
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Pictures", "*.png", "*.jpg",
                        "*.jpeg"));
                return Optional.ofNullable(chooser.showOpenDialog(owner)).map(java.io.File::toPath);
            }

            @Override
            public boolean review(Window owner, com.yotosmartstream.app.cards.CardPublisher.Prepared prepared) {
                return PublishReview.dialog(owner, prepared).showAndWait().filter(PublishReview.PUBLISH::equals)
                        .isPresent();
            }

            @Override
            public boolean quitWithoutPublishing(Window owner, String title) {
                ButtonType quit = new ButtonType("Quit without publishing", javafx.scene.control.ButtonBar.ButtonData
                        .OK_DONE);
                ButtonType keep = new ButtonType("Keep editing", javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
                Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "Your changes to " + title + " are not on Yoto"
                        + " yet and are lost if you quit now. To keep them, choose Keep editing, then Publish.", quit,
                        keep);
                Dialogs.owned(alert, owner);
                alert.setHeaderText("Quit without publishing " + title + "?");
                return alert.showAndWait().filter(quit::equals).isPresent();
            }

            @Override
            public List<CardRow> chooseOfflineReady(Window owner, List<CardRow> candidates) {
                return TripModeDialog.dialog(owner, candidates).showAndWait().orElse(List.of());
            }
        };
    }
}
