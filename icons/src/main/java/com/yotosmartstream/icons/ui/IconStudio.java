package com.yotosmartstream.icons.ui;

import com.yotosmartstream.core.task.TaskExecutor;
import com.yotosmartstream.icons.codec.ImageImport;
import com.yotosmartstream.icons.codec.Reduction;
import com.yotosmartstream.icons.editor.IconEditorViewModel;
import com.yotosmartstream.icons.editor.IconFilesViewModel;
import com.yotosmartstream.icons.editor.IconLibraryViewModel;
import com.yotosmartstream.icons.library.IconCloud;
import com.yotosmartstream.icons.library.IconRecord;
import com.yotosmartstream.icons.picker.IconChoice;
import com.yotosmartstream.icons.picker.PublicIconSource;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The whole icon workspace: the painter with its tools, previews and palette; the icon's name,
 * tags, save, import, export and upload; the library and Yoto's public icons. The app's Icons page
 * is this, wired to the app's database, executor and Yoto account.
 */
public final class IconStudio {

    private static final String[] PICTURES = {"*.png", "*.jpg", "*.jpeg", "*.gif"};
    private final BorderPane view = new BorderPane();
    private final IconEditorViewModel editor;
    private final IconLibraryViewModel library;
    private final IconFilesViewModel fileWork;
    private final TaskExecutor executor;
    private final FilePrompt files;
    private final Label status = new Label();
    private final ComboBox<ImageImport.Scaling> scaling = new ComboBox<>();
    private final ComboBox<ImageImport.Framing> framing = new ComboBox<>();
    private final ComboBox<String> reduction = new ComboBox<>();
    private final StackPane publicIcons = new StackPane();
    private Predicate<String> confirmDiscard = this::askDiscard;

    public IconStudio(IconEditorViewModel editor, IconLibraryViewModel library, TaskExecutor executor,
            FilePrompt files) {
        this.editor = editor;
        this.library = library;
        this.fileWork = new IconFilesViewModel(editor, executor);
        this.executor = executor;
        this.files = files;
        view.setId("icon-studio");
        view.setPadding(new Insets(12));
        view.setTop(header());
        IconPainter painter = new IconPainter(editor);
        painter.setId("icon-painter");
        VBox.setVgrow(painter, Priority.ALWAYS);
        VBox centre = new VBox(8, painter, new FrameStrip(editor).view());
        BorderPane.setMargin(centre, new Insets(0, 8, 0, 8));
        view.setCenter(centre);
        ScrollPane tools = new ScrollPane(new PainterTools(editor).view());
        tools.setFitToWidth(true);
        tools.setMinWidth(200);
        tools.setPrefWidth(200);
        tools.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        view.setLeft(tools);
        view.setRight(sidePanels());
        status.setId("icon-status");
        status.setWrapText(true);
        BorderPane.setMargin(status, new Insets(6, 0, 0, 0));
        view.setBottom(status);
        editor.messageProperty().addListener((obs, old, text) -> status.setText(text));
        fileWork.messageProperty().addListener((obs, old, text) -> status.setText(text));
        library.statusProperty().addListener((obs, old, text) -> status.setText(text));
        editor.palettes().messageProperty().addListener((obs, old, text) -> status.setText(text));
        PainterShortcuts.install(view, editor);
        view.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() && e.getCode() == KeyCode.S) {
                library.save();
                e.consume();
            }
        });
        library.cloudProperty().addListener((obs, old, cloud) -> showPublicIcons(cloud));
        showPublicIcons(library.cloudProperty().get());
        library.refresh();
    }

    public BorderPane view() {
        return view;
    }

    /** How the studio asks before unsaved changes are dropped (tests answer without a dialog). */
    public void setConfirmDiscard(Predicate<String> confirm) {
        this.confirmDiscard = confirm;
    }

    private HBox header() {
        Button newIcon = new Button("New");
        newIcon.setId("icon-new");
        newIcon.setOnAction(e -> {
            if (!library.hasUnsavedChanges() || confirmDiscard.test("Start a new icon")) {
                library.newIcon();
            }
        });
        Button save = new Button("Save");
        save.setId("icon-save");
        save.getStyleClass().add("accent");
        save.setTooltip(new Tooltip("Save to the icon library (Ctrl+S)"));
        save.setOnAction(e -> library.save());
        save.disableProperty().bind(library.busyProperty());
        TextField name = new TextField();
        name.setId("icon-name");
        name.setPromptText("Name");
        name.setPrefColumnCount(10);
        name.textProperty().bindBidirectional(library.nameProperty());
        TextField tags = new TextField();
        tags.setId("icon-tags");
        tags.setPromptText("Tags, separated by commas");
        tags.setPrefColumnCount(12);
        tags.textProperty().bindBidirectional(library.tagsProperty());
        Label unsaved = new Label("\u25cf Unsaved changes");
        unsaved.setId("icon-unsaved");
        unsaved.getStyleClass().add("warning");
        unsaved.setStyle("-fx-text-fill: -color-warning-fg;");
        unsaved.visibleProperty().bind(editor.dirtyProperty());
        unsaved.managedProperty().bind(unsaved.visibleProperty());
        Button importButton = new Button("Import...");
        importButton.setTooltip(new Tooltip("Import a PNG, JPEG or GIF as a 16x16 icon (see Import settings)"));
        importButton.setId("icon-import");
        importButton.setOnAction(e -> importPicture());
        Button export = new Button("Export...");
        export.setId("icon-export");
        export.setTooltip(new Tooltip("A 16x16 32-bit RGBA PNG, or a 16x16 GIF when animated: what Yoto takes"
                + " without converting"));
        export.setOnAction(e -> exportPng());
        Button upload = new Button("Upload");
        upload.setId("icon-upload");
        upload.setOnAction(e -> library.uploadOpen());
        upload.disableProperty().bind(library.canUploadProperty().not());
        upload.setTooltip(new Tooltip("Upload to Yoto: saves, then uploads once; an icon Yoto has already is not sent again"));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Button[] history = PainterTools.history(editor);
        HBox header = new HBox(8, newIcon, save, name, tags, unsaved, grow, history[0], history[1], importButton,
                export, upload);
        // when the window is narrow the text fields give up room; every button keeps its whole label
        for (javafx.scene.Node item : header.getChildren()) {
            if (item instanceof javafx.scene.control.Labeled labeled) {
                labeled.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        name.setMinWidth(70);
        tags.setMinWidth(90);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(0, 0, 8, 0));
        return header;
    }

    private HBox sidePanels() {
        VBox importOptions = new VBox(6, labelled("Scaling", scaling), labelled("Framing", framing),
                labelled("Colours", reduction));
        scaling.getItems().setAll(ImageImport.Scaling.values());
        scaling.setValue(ImageImport.Scaling.AREA_AVERAGE);
        scaling.setId("import-scaling");
        framing.getItems().setAll(ImageImport.Framing.values());
        framing.setValue(ImageImport.Framing.CROP);
        framing.setId("import-framing");
        reduction.getItems().setAll("Keep all colours", "Reduce to the current palette", "Reduce to 4 colours",
                "Reduce to 8 colours", "Reduce to 16 colours");
        reduction.setValue(reduction.getItems().get(0));
        reduction.setId("import-reduction");
        scaling.setConverter(converter(ImageImport.Scaling::label));
        framing.setConverter(converter(ImageImport.Framing::label));
        TitledPane importPane = new TitledPane("Import settings", importOptions);
        importPane.setExpanded(false);
        importPane.setId("import-settings");

        PaletteBar palette = new PaletteBar(editor, this::importPalette, this::exportPalette);
        VBox colours = new VBox(10, palette.view(), importPane);
        colours.setPadding(new Insets(8, 4, 4, 4));
        ScrollPane coloursScroll = new ScrollPane(colours);
        coloursScroll.setFitToWidth(true);
        coloursScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);

        LibraryPanel mine = new LibraryPanel(library, this::openIcon);
        mine.view().setPadding(new Insets(8, 4, 4, 4));
        Tab colourTab = new Tab("Colours", coloursScroll);
        colourTab.setId("tab-colours");
        Tab myIcons = new Tab("My icons", mine.view());
        myIcons.setId("tab-my-icons");
        Tab yoto = new Tab("Yoto's icons", publicIcons);
        yoto.setId("tab-yoto-icons");
        TabPane tabs = new TabPane(colourTab, myIcons, yoto);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        VBox side = new VBox(8, new IconPreview(editor).view(), tabs);
        side.setPrefWidth(310);
        side.setMinWidth(290);
        side.setMaxWidth(310);
        return new HBox(side);
    }

    private void openIcon(IconRecord icon) {
        if (icon != null && (!library.hasUnsavedChanges() || confirmDiscard.test("Open " + icon.name()))) {
            library.open(icon);
        }
    }

    private void showPublicIcons(IconCloud cloud) {
        if (cloud == null) {
            Label none = new Label("Sign in to Yoto (or use demo mode) to browse Yoto's public icons.");
            none.setWrapText(true);
            publicIcons.getChildren().setAll(none);
            return;
        }
        IconPicker picker = new IconPicker(executor, List.of(new PublicIconSource(cloud)));
        picker.setId("public-icon-picker");
        picker.setOnChoose(this::openCopy);
        Button copy = new Button("Open a copy to edit");
        copy.setId("public-icon-copy");
        copy.disableProperty().bind(picker.selectedProperty().isNull());
        copy.setOnAction(e -> openCopy(picker.selectedProperty().get()));
        VBox box = new VBox(6, picker, copy);
        VBox.setVgrow(picker, Priority.ALWAYS);
        box.setPadding(new Insets(6));
        publicIcons.getChildren().setAll(box);
    }

    private void openCopy(IconChoice choice) {
        if (choice != null && (!library.hasUnsavedChanges() || confirmDiscard.test("Open a copy of " + choice.name()))) {
            library.newIcon();
            library.nameProperty().set(choice.name() + " copy");
            library.tagsProperty().set(String.join(", ", choice.tags()));
            editor.open(choice.image());
        }
    }

    private ImageImport.Options importOptions() {
        Reduction reduce = switch (reduction.getItems().indexOf(reduction.getValue())) {
            case 1 -> new Reduction.ToPalette(editor.palettes().current().colours());
            case 2 -> new Reduction.ToColours(4);
            case 3 -> new Reduction.ToColours(8);
            case 4 -> new Reduction.ToColours(16);
            default -> new Reduction.None();
        };
        return new ImageImport.Options(scaling.getValue(), framing.getValue(), reduce);
    }

    /** Asks for a picture and imports it as one undo step; a bad file leaves the canvas untouched. */
    public void importPicture() {
        files.open("Import a picture", "Pictures", PICTURES).ifPresent(this::importPicture);
    }

    public void importPicture(Path file) {
        fileWork.importPicture(file, importOptions());
    }

    /** A still icon as a 16x16 RGBA PNG, an animated one as a 16x16 GIF: what Yoto takes unconverted. */
    private void exportPng() {
        String suggested = fileWork.iconFileName(library.nameProperty().get());
        Optional<Path> path = fileWork.exportsGif()
                ? files.save("Export the animated icon", suggested, "GIF pictures", "*.gif")
                : files.save("Export the icon", suggested, "PNG pictures", "*.png");
        path.ifPresent(fileWork::exportIcon);
    }

    private void importPalette() {
        files.open("Import a palette", "Palettes", "*.gpl", "*.hex", "*.txt").ifPresent(fileWork::importPalette);
    }

    private void exportPalette(boolean hex) {
        files.save("Export the palette", fileWork.paletteFileName(hex), hex ? "Hex lists" : "GIMP palettes",
                hex ? "*.hex" : "*.gpl").ifPresent(path -> fileWork.exportPalette(path, hex));
    }

    private boolean askDiscard(String action) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "The icon has unsaved changes. " + action
                + " and lose them?", ButtonType.OK, ButtonType.CANCEL);
        alert.setHeaderText("Unsaved changes");
        if (view.getScene() != null) {
            alert.initOwner(view.getScene().getWindow());
            alert.getDialogPane().setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // whole text
        }
        return alert.showAndWait().filter(ButtonType.OK::equals).isPresent();
    }

    private static VBox labelled(String text, javafx.scene.Node node) {
        Label label = new Label(text);
        label.getStyleClass().add("text-small");
        return new VBox(2, label, node);
    }

    private static <T> javafx.util.StringConverter<T> converter(java.util.function.Function<T, String> label) {
        return new javafx.util.StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }
}
