package com.yotosmartstream.story.ui;

import com.yotosmartstream.story.editor.WorkspaceDialogs;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The workspace's questions as JavaFX file choosers and dialogs. */
public final class FxWorkspaceDialogs implements WorkspaceDialogs {

    private final Supplier<Window> owner;

    public FxWorkspaceDialogs(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> chooseFileToOpen(FileKind kind, Path folder) {
        FileChooser chooser = chooser(kind, folder, "Open");
        return Optional.ofNullable(chooser.showOpenDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFileToSave(FileKind kind, Path folder, String suggestedName) {
        FileChooser chooser = chooser(kind, folder, "Save");
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner.get())).map(File::toPath);
    }

    private static FileChooser chooser(FileKind kind, Path folder, String verb) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(verb + ": " + kind.description());
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(kind.description(), kind.patterns()),
                new FileChooser.ExtensionFilter("All files", "*"));
        try {
            Files.createDirectories(folder);
            chooser.setInitialDirectory(folder.toFile());
        } catch (java.io.IOException | SecurityException e) {
            // the chooser opens in its default folder instead
        }
        return chooser;
    }

    @Override
    public SaveChoice askToSave(String storyTitle) {
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", save, discard, cancel);
        alert.initOwner(owner.get());
        alert.getDialogPane().setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // whole text
        alert.setTitle("Unsaved changes");
        alert.setHeaderText("Save changes to '" + storyTitle + "'?");
        alert.setContentText("If you don't save, your changes since the last save are lost.");
        ButtonType answer = alert.showAndWait().orElse(cancel);
        return answer == save ? SaveChoice.SAVE : answer == discard ? SaveChoice.DISCARD : SaveChoice.CANCEL;
    }

    @Override
    public Optional<Integer> chooseStory(List<String> names) {
        ChoiceDialog<String> dialog = new ChoiceDialog<>(names.get(0), names);
        dialog.initOwner(owner.get());
        dialog.getDialogPane().setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // whole text
        dialog.setHeaderText("This Twine archive holds " + names.size() + " stories. Which one?");
        return dialog.showAndWait().map(names::indexOf);
    }

    @Override
    public void showError(String header, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner.get());
        alert.getDialogPane().setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // whole text
        alert.setHeaderText(header);
        Label text = new Label(message);
        text.setWrapText(true);
        text.setMaxWidth(560);
        alert.getDialogPane().setContent(text);
        alert.show();
    }

    @Override
    public OptionalInt showNotes(String header, List<String> notes, List<String> actions) {
        List<ButtonType> buttons = new java.util.ArrayList<>();
        for (int i = 0; i < actions.size(); i++) {
            // the first action is the default; the others sit beside it, in the order given
            buttons.add(new ButtonType(actions.get(i), i == 0 ? ButtonBar.ButtonData.YES : ButtonBar.ButtonData.OTHER));
        }
        ButtonType close = new ButtonType(actions.isEmpty() ? "OK" : "Leave as it is", ButtonBar.ButtonData.CANCEL_CLOSE);
        buttons.add(close);
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", buttons.toArray(ButtonType[]::new));
        for (int i = 0; i < buttons.size(); i++) {
            alert.getDialogPane().lookupButton(buttons.get(i)).setId(i < actions.size() ? "notes-action-" + i : "notes-close");
        }
        alert.initOwner(owner.get());
        alert.getDialogPane().setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // whole text
        alert.setHeaderText(header);
        ListView<String> list = new ListView<>(javafx.collections.FXCollections.observableArrayList(notes));
        list.setPrefSize(620, Math.min(320, 40 + notes.size() * 48));
        list.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        alert.getDialogPane().setContent(new VBox(8, list));
        if (actions.isEmpty()) {
            alert.show(); // nothing to answer: it does not hold up what comes next
            return OptionalInt.empty();
        }
        int chosen = buttons.indexOf(alert.showAndWait().orElse(close));
        return chosen < actions.size() ? OptionalInt.of(chosen) : OptionalInt.empty();
    }
}
