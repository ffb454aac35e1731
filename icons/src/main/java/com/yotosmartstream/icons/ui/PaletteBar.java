package com.yotosmartstream.icons.ui;

import com.yotosmartstream.icons.editor.IconEditorViewModel;
import com.yotosmartstream.icons.editor.PaletteViewModel;
import com.yotosmartstream.icons.model.IconImage;
import com.yotosmartstream.icons.palette.Palette;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The colours: primary and secondary (click a swatch with the left or right button), a free colour
 * chooser, the current palette with its import, export and "add the primary colour", and the
 * recently used colours.
 */
public final class PaletteBar {

    private static final double SWATCH = 20;
    private final VBox view = new VBox(8);
    private final IconEditorViewModel editor;
    private final PaletteViewModel palettes;
    private final FlowPane swatches = new FlowPane(3, 3);
    private final HBox recent = new HBox(3);

    /**
     * @param importer asks for a palette file and hands its text to the view model
     * @param exporter writes the current palette (GPL, or hex list when true)
     */
    public PaletteBar(IconEditorViewModel editor, Runnable importer, java.util.function.Consumer<Boolean> exporter) {
        this.editor = editor;
        this.palettes = editor.palettes();
        view.setId("palette-bar");

        Region primary = Swatches.swatch(editor.primaryProperty().get(), 30);
        primary.setId("colour-primary");
        Region secondary = Swatches.swatch(editor.secondaryProperty().get(), 30);
        secondary.setId("colour-secondary");
        editor.primaryProperty().addListener((obs, old, c) -> Swatches.paint(primary, c.intValue()));
        editor.secondaryProperty().addListener((obs, old, c) -> Swatches.paint(secondary, c.intValue()));
        Button swap = new Button("\u21c4");
        swap.setId("colour-swap");
        swap.setTooltip(new Tooltip("Swap the colours (X)"));
        swap.setOnAction(e -> editor.swapColours());
        ColorPicker chooser = new ColorPicker();
        chooser.getStyleClass().add(ColorPicker.STYLE_CLASS_BUTTON);
        chooser.setStyle("-fx-color-label-visible: false;");
        chooser.setId("colour-chooser");
        chooser.setTooltip(new Tooltip("Choose any colour for the left button"));
        chooser.setOnAction(e -> editor.primaryProperty().set(Swatches.argb(chooser.getValue())));
        chooser.setMaxWidth(60);
        Region transparent = Swatches.swatch(IconImage.TRANSPARENT, 22);
        transparent.setId("colour-transparent");
        choosable(transparent, IconImage.TRANSPARENT);
        HBox colours = new HBox(6, labelled("Left", primary), labelled("Right", secondary), swap, transparent, chooser);
        colours.setAlignment(Pos.CENTER_LEFT);

        ComboBox<Palette> choice = new ComboBox<>(palettes.palettes());
        choice.setId("palette-choice");
        choice.setCellFactory(list -> new PaletteCell());
        choice.setButtonCell(new PaletteCell());
        choice.valueProperty().bindBidirectional(palettes.currentProperty());
        choice.setMaxWidth(Double.MAX_VALUE);
        Button add = new Button("+");
        add.setId("palette-add");
        add.setTooltip(new Tooltip("Add the left colour to this palette (or Alt+Shift+click a pixel)"));
        add.setOnAction(e -> palettes.addColour(editor.primaryProperty().get()));
        Button load = new Button("Import...");
        load.setId("palette-import");
        load.setTooltip(new Tooltip("Import a palette: GIMP .gpl or a .hex list"));
        load.setOnAction(e -> importer.run());
        MenuItem gpl = new MenuItem("As GIMP palette (.gpl)...");
        gpl.setId("palette-export-gpl");
        gpl.setOnAction(e -> exporter.accept(false));
        MenuItem hex = new MenuItem("As hex list (.hex)...");
        hex.setId("palette-export-hex");
        hex.setOnAction(e -> exporter.accept(true));
        MenuButton export = new MenuButton("Export", null, gpl, hex);
        export.setId("palette-export");
        add.setText("+ Add colour");
        for (javafx.scene.control.Control c : new javafx.scene.control.Control[] {add, load, export}) {
            c.getStyleClass().add("small");
        }
        HBox paletteButtons = new HBox(4, add, load, export);
        VBox paletteRow = new VBox(4, choice, paletteButtons);

        swatches.setId("palette-swatches");
        swatches.setPrefWrapLength(8 * (SWATCH + 3));
        recent.setId("recent-colours");
        recent.setMinHeight(SWATCH);
        Label paletteMessage = new Label();
        paletteMessage.setId("palette-message");
        paletteMessage.setWrapText(true);
        paletteMessage.getStyleClass().add("text-small");
        paletteMessage.textProperty().bind(palettes.messageProperty());
        Label recentLabel = new Label("Recent");
        recentLabel.getStyleClass().add("text-muted");

        view.getChildren().addAll(colours, paletteRow, swatches, recentLabel, recent, paletteMessage);
        palettes.currentProperty().addListener(obs -> fill(swatches, palettes.current().colours()));
        editor.recentColours().addListener((javafx.collections.ListChangeListener<Integer>) c ->
                fill(recent, editor.recentColours()));
        fill(swatches, palettes.current().colours());
    }

    public VBox view() {
        return view;
    }

    private void fill(Pane pane, List<Integer> colours) {
        pane.getChildren().clear();
        for (int colour : colours) {
            Region swatch = Swatches.swatch(colour, SWATCH);
            swatch.getStyleClass().add("palette-swatch");
            choosable(swatch, colour);
            pane.getChildren().add(swatch);
        }
    }

    private void choosable(Region swatch, int colour) {
        swatch.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.SECONDARY) {
                editor.secondaryProperty().set(colour);
            } else if (e.getButton() == MouseButton.PRIMARY) {
                editor.primaryProperty().set(colour);
            }
        });
    }

    private static VBox labelled(String text, Region swatch) {
        Label label = new Label(text);
        label.getStyleClass().add("text-small");
        VBox box = new VBox(2, swatch, label);
        box.setAlignment(Pos.CENTER);
        return box;
    }

    private static final class PaletteCell extends ListCell<Palette> {
        @Override
        protected void updateItem(Palette palette, boolean empty) {
            super.updateItem(palette, empty);
            setText(empty || palette == null ? null : palette.name() + " (" + palette.colours().size() + ")");
        }
    }
}
