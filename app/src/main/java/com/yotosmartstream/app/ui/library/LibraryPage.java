package com.yotosmartstream.app.ui.library;

import atlantafx.base.theme.Styles;
import com.yotosmartstream.app.compose.LibraryFeature;
import com.yotosmartstream.app.library.ImportViewModel;
import com.yotosmartstream.app.library.LibraryViewModel;
import com.yotosmartstream.app.library.ServerViewModel;
import com.yotosmartstream.app.shell.Page;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Library page: the server's address and links, import (drop files or folders anywhere on the
 * page, or choose them) with progress and a report, the track table and the selected track.
 */
public final class LibraryPage {

    private static final double DETAILS_WIDTH = 360;
    private static final double DETAILS_MIN_WIDTH = 300;

    private final VBox view;
    private final ImportViewModel imports;

    public LibraryPage(LibraryFeature feature) {
        LibraryViewModel library = feature.library(new MediaPreviewPlayer(feature.executor()));
        this.imports = feature.imports();
        ServerViewModel server = feature.server();

        javafx.scene.control.ScrollPane details = new TrackDetails(library).view();
        details.setMinWidth(DETAILS_MIN_WIDTH);
        javafx.scene.control.TableView<?> table = new TrackTable(library).view();
        // when the window narrows, the details give up width before the table goes below its columns
        table.setMinWidth(TrackTable.NARROW_WIDTH);
        SplitPane split = new SplitPane(table, details);
        split.setOrientation(Orientation.HORIZONTAL);
        SplitPane.setResizableWithParent(details, false);
        // the details start DETAILS_WIDTH wide (less on a narrow window, so the table keeps its
        // columns); the table takes the rest, and what the window gains
        split.widthProperty().addListener(new javafx.beans.value.ChangeListener<Number>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Number> obs, Number old, Number width) {
                double w = width.doubleValue();
                if (w > DETAILS_MIN_WIDTH + TrackTable.NARROW_WIDTH) {
                    double detailsWidth = Math.max(DETAILS_MIN_WIDTH, Math.min(DETAILS_WIDTH, w - TrackTable.NARROW_WIDTH));
                    split.setDividerPositions(1 - detailsWidth / w);
                    split.widthProperty().removeListener(this);
                }
            }
        });
        VBox.setVgrow(split, Priority.ALWAYS);

        VBox serverPanel = new ServerPanel(server).view();
        VBox importPanel = new ImportPanel(imports).view();
        // when the window is short, the table and details give up room, not the panels above them
        serverPanel.setMinHeight(Region.USE_PREF_SIZE);
        importPanel.setMinHeight(Region.USE_PREF_SIZE);
        split.setMinHeight(220);
        view = new VBox(12, header(library), serverPanel, importPanel, split, undoBar(library));
        view.getStyleClass().addAll("page", "library-page");
        view.setOnDragOver(this::dragOver);
        view.setOnDragExited(e -> view.getStyleClass().remove("drop-target"));
        view.setOnDragDropped(this::dropped);
    }

    public VBox view() {
        return view;
    }

    private Node header(LibraryViewModel library) {
        Label title = new Label(Page.LIBRARY.title(), new FontIcon(Page.LIBRARY.iconLiteral()));
        title.getStyleClass().addAll(Styles.TITLE_2, "page-title");
        TextField search = new TextField();
        search.setId("library-search");
        search.setPromptText("Search title, artist, album");
        search.setPrefColumnCount(22);
        search.setMinWidth(140); // the search gives up room on a narrow window; title and buttons keep theirs
        search.textProperty().bindBidirectional(library.searchProperty());
        Button files = new Button("Import files\u2026", new FontIcon("fth-file-plus"));
        files.setId("library-import-files");
        files.getStyleClass().add(Styles.ACCENT);
        files.disableProperty().bind(imports.importingProperty());
        files.setOnAction(e -> chooseFiles());
        Button folder = new Button("Import folder\u2026", new FontIcon("fth-folder-plus"));
        folder.setId("library-import-folder");
        folder.disableProperty().bind(imports.importingProperty());
        folder.setOnAction(e -> chooseFolder());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(10, title, spacer, search, files, folder);
        title.setMinWidth(Region.USE_PREF_SIZE);
        files.setMinWidth(Region.USE_PREF_SIZE);
        folder.setMinWidth(Region.USE_PREF_SIZE);
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }

    private Node undoBar(LibraryViewModel library) {
        Label text = new Label();
        text.setId("library-undo-text");
        text.textProperty().bind(library.undoMessageProperty());
        Button undo = new Button("Undo", new FontIcon("fth-rotate-ccw"));
        undo.setId("library-undo");
        undo.setOnAction(e -> library.undo());
        HBox bar = new HBox(12, text, undo);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("undo-bar");
        bar.visibleProperty().bind(library.undoAvailableProperty());
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }

    private void chooseFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import audio files");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Audio", "*.mp3", "*.m4a", "*.m4b", "*.aac", "*.wav", "*.flac", "*.ogg",
                        "*.oga", "*.opus", "*.aif", "*.aiff", "*.aifc", "*.webm", "*.weba", "*.mka", "*.wma"),
                new FileChooser.ExtensionFilter("All files", "*"));
        List<File> chosen = chooser.showOpenMultipleDialog(view.getScene().getWindow());
        if (chosen != null) {
            importFiles(chosen);
        }
    }

    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Import a folder of audio");
        File chosen = chooser.showDialog(view.getScene().getWindow());
        if (chosen != null) {
            importFiles(List.of(chosen));
        }
    }

    private void dragOver(DragEvent event) {
        if (event.getDragboard().hasFiles() && !imports.importingProperty().get()) {
            event.acceptTransferModes(TransferMode.COPY);
            if (!view.getStyleClass().contains("drop-target")) {
                view.getStyleClass().add("drop-target");
            }
        }
        event.consume();
    }

    private void dropped(DragEvent event) {
        boolean accepted = event.getDragboard().hasFiles();
        if (accepted) {
            importFiles(event.getDragboard().getFiles());
        }
        view.getStyleClass().remove("drop-target");
        event.setDropCompleted(accepted);
        event.consume();
    }

    /** What a drop or a choice does: import those files and folders. */
    void importFiles(List<File> files) {
        List<Path> paths = files.stream().map(File::toPath).toList();
        imports.importPaths(paths);
    }
}
