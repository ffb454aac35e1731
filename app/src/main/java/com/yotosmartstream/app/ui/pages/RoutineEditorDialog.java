package com.yotosmartstream.app.ui.pages;

import atlantafx.base.theme.Styles;
import com.yotosmartstream.app.routines.RoutineEditorViewModel;
import com.yotosmartstream.app.routines.RoutinesViewModel;
import com.yotosmartstream.app.routines.StepRow;
import com.yotosmartstream.client.routine.Routine;
import java.util.Locale;
import java.util.Optional;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The routine editor: the routines on the left (new, delete), the chosen one on the right: its
 * name, players, steps (each saying whether it needs the app running or lives on the player) and
 * when the app runs it. Save checks and says the first reason it cannot keep the routine.
 */
final class RoutineEditorDialog {

    private final Stage stage = new Stage();
    private final RoutinesViewModel routines;
    private final ListView<Routine> list = new ListView<>();
    private final BorderPane editorPane = new BorderPane();

    RoutineEditorDialog(Window owner, RoutinesViewModel routines) {
        this.routines = routines;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Routines");
        list.setId("routine-list");
        list.setItems(routines.routines());
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(Routine item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.name());
            }
        });
        list.setPrefWidth(180);
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                edit(Optional.of(now));
            }
        });
        Button add = new Button("New", new FontIcon("fth-plus"));
        add.setId("routine-new");
        add.setOnAction(e -> {
            list.getSelectionModel().clearSelection();
            edit(Optional.empty());
        });
        Button delete = new Button("Delete", new FontIcon("fth-trash-2"));
        delete.setId("routine-delete");
        delete.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(e -> {
            routines.delete(list.getSelectionModel().getSelectedItem());
            edit(Optional.empty());
        });
        HBox listButtons = new HBox(8, add, delete);
        VBox left = new VBox(8, list, listButtons);
        VBox.setVgrow(list, Priority.ALWAYS);
        left.setPadding(new Insets(16, 0, 16, 16));

        BorderPane root = new BorderPane(editorPane);
        root.setLeft(left);
        root.setId("routine-editor");
        Scene scene = new Scene(root, 900, 640);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        if (routines.routines().isEmpty()) {
            edit(Optional.empty());
        } else {
            list.getSelectionModel().selectFirst();
        }
    }

    /** A node id made of a routine's name ("Quiet morning" -> "quiet-morning"). */
    static String idOf(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    private void edit(Optional<Routine> routine) {
        RoutineEditorViewModel vm = routines.editor(routine);
        TextField name = new TextField();
        name.setId("routine-name");
        name.textProperty().bindBidirectional(vm.nameProperty());
        name.setPromptText("Bedtime");

        FlowPane players = new FlowPane(12, 8);
        players.setId("routine-players");
        for (RoutineEditorViewModel.PlayerChoice player : vm.players()) {
            CheckBox box = new CheckBox(player.name());
            box.setId("routine-player-" + player.deviceId());
            box.selectedProperty().bindBidirectional(player.chosen());
            players.getChildren().add(box);
        }
        if (vm.players().isEmpty()) {
            players.getChildren().add(new Label("No players yet: open your household first."));
        }

        VBox steps = new VBox(10);
        steps.setId("routine-steps");
        Runnable rebuild = () -> {
            steps.getChildren().clear();
            for (int i = 0; i < vm.steps().size(); i++) {
                steps.getChildren().add(new StepRowView(vm, vm.steps().get(i), i).view());
            }
        };
        vm.steps().addListener((ListChangeListener<StepRow>) change -> rebuild.run());
        rebuild.run();
        MenuButton addStep = new MenuButton("Add a step", new FontIcon("fth-plus"));
        addStep.setId("step-add");
        for (StepRow.Kind kind : StepRow.Kind.values()) {
            MenuItem item = new MenuItem(kind.label() + " (" + kind.where().label() + ")");
            item.setId("step-add-" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            item.setOnAction(e -> vm.addStep(kind));
            addStep.getItems().add(item);
        }
        Label whereNote = muted("Steps that live on the player are written into its own settings and work with"
                + " this computer off. Steps that need the app running are sent when the routine runs.");

        VBox form = new VBox(14, labelled("Name", name), labelled("Players", players),
                labelled("Steps", new VBox(8, whereNote, steps, addStep)), schedule(vm));
        form.setPadding(new Insets(16));
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        editorPane.setCenter(scroll);
        editorPane.setBottom(buttons(vm, routine));
    }

    private Node schedule(RoutineEditorViewModel vm) {
        CheckBox scheduled = new CheckBox("Run it by itself");
        scheduled.setId("routine-scheduled");
        scheduled.selectedProperty().bindBidirectional(vm.scheduledProperty());
        ChoiceBox<StepRow.Days> days = new ChoiceBox<>();
        days.getItems().setAll(StepRow.Days.values());
        days.valueProperty().bindBidirectional(vm.scheduleDaysProperty());
        days.setId("routine-schedule-days");
        TextField at = new TextField();
        at.setId("routine-schedule-time");
        at.setPrefColumnCount(5);
        at.textProperty().bindBidirectional(vm.scheduleTimeProperty());
        Label atLabel = new Label("at");
        HBox when = new HBox(8, scheduled, days, atLabel, at);
        when.setAlignment(Pos.CENTER_LEFT);
        days.disableProperty().bind(scheduled.selectedProperty().not());
        at.disableProperty().bind(scheduled.selectedProperty().not());
        return labelled("When", new VBox(6, when, muted(vm.scheduleNote())));
    }

    private Node buttons(RoutineEditorViewModel vm, Optional<Routine> routine) {
        Label problem = new Label();
        problem.setId("routine-problem");
        problem.setWrapText(true);
        problem.getStyleClass().add(Styles.DANGER);
        problem.textProperty().bind(vm.problemProperty());
        problem.setMinWidth(0);
        HBox.setHgrow(problem, Priority.ALWAYS);
        Button save = new Button("Save", new FontIcon("fth-check"));
        save.setId("routine-save");
        save.setDefaultButton(true);
        save.setMinWidth(Region.USE_PREF_SIZE);
        save.setOnAction(e -> vm.save(() -> routines.find(vm.nameProperty().get().strip())
                .ifPresent(saved -> list.getSelectionModel().select(saved))));
        Button run = new Button("Run now", new FontIcon("fth-play"));
        run.setId("routine-run-now");
        run.setMinWidth(Region.USE_PREF_SIZE);
        run.setDisable(routine.isEmpty());
        run.setOnAction(e -> routine.flatMap(r -> routines.find(r.name())).ifPresent(routines::run));
        Button close = new Button("Close");
        close.setId("routine-close");
        close.setCancelButton(true);
        close.setMinWidth(Region.USE_PREF_SIZE);
        close.setOnAction(e -> stage.hide());
        HBox bar = new HBox(8, problem, run, save, close);
        bar.setAlignment(Pos.CENTER_RIGHT);
        bar.setPadding(new Insets(10, 16, 16, 16));
        return bar;
    }

    private static Node labelled(String heading, Node content) {
        Label title = new Label(heading);
        title.getStyleClass().add(Styles.TITLE_4);
        return new VBox(6, title, content);
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        return label;
    }

    void show() {
        stage.show();
    }
}
