package com.yotosmartstream.app.ui.pages;

import atlantafx.base.theme.Styles;
import com.yotosmartstream.app.routines.RoutineEditorViewModel;
import com.yotosmartstream.app.routines.StepRow;
import com.yotosmartstream.client.routine.RoutineStep;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;

/** One step of the routine editor: its kind, its fields, where it runs, and move/remove buttons. */
final class StepRowView {

    private final VBox view;

    StepRowView(RoutineEditorViewModel vm, StepRow row, int index) {
        Label kind = new Label(row.kind().label());
        kind.getStyleClass().add(Styles.TEXT_BOLD);
        kind.setMinWidth(Region.USE_PREF_SIZE);
        FlowPane fields = new FlowPane(8, 6);
        fields.setAlignment(Pos.CENTER_LEFT);
        fields.getChildren().add(field(row.kind().first(), row.firstProperty(), "step-first-" + index));
        if (row.kind().second() != null) {
            fields.getChildren().add(field(row.kind().second(), row.secondProperty(), "step-second-" + index));
        }
        if (row.kind().card()) {
            fields.getChildren().add(cardChooser(vm.cards(), row, index));
        }
        if (row.kind() == StepRow.Kind.ALARM) {
            ChoiceBox<StepRow.Days> days = new ChoiceBox<>();
            days.getItems().setAll(StepRow.Days.values());
            days.valueProperty().bindBidirectional(row.daysProperty());
            days.setId("step-days-" + index);
            Label caption = new Label("Days");
            caption.getStyleClass().add(Styles.TEXT_SMALL);
            fields.getChildren().add(new VBox(2, caption, days));
        }
        Label where = new Label(row.kind().where() == RoutineStep.Where.PLAYER ? "Lives on the player"
                : "Needs the app running", new FontIcon(row.kind().where() == RoutineStep.Where.PLAYER
                        ? "fth-hard-drive" : "fth-monitor"));
        where.setId("step-where-" + index);
        where.setMinWidth(Region.USE_PREF_SIZE);
        where.getStyleClass().addAll(Styles.TEXT_SMALL,
                row.kind().where() == RoutineStep.Where.PLAYER ? Styles.SUCCESS : Styles.ACCENT);
        where.setTooltip(new Tooltip(RoutineEditorViewModel.whereNote(row.kind())));
        Button up = small("fth-arrow-up", "Move up", "step-up-" + index, () -> vm.move(row, -1));
        Button down = small("fth-arrow-down", "Move down", "step-down-" + index, () -> vm.move(row, 1));
        Button remove = small("fth-trash-2", "Remove this step", "step-remove-" + index, () -> vm.removeStep(row));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(8, kind, where, gap, up, down, remove);
        top.setAlignment(Pos.CENTER_LEFT);
        view = new VBox(6, top, fields);
        view.getStyleClass().add("routine-step");
        view.setId("step-" + index);
    }

    private static VBox field(String label, javafx.beans.property.StringProperty value, String id) {
        TextField text = new TextField();
        text.textProperty().bindBidirectional(value);
        text.setId(id);
        text.setPrefColumnCount(7);
        Label caption = new Label(label);
        caption.getStyleClass().add(Styles.TEXT_SMALL);
        caption.setMinWidth(Region.USE_PREF_SIZE);
        return new VBox(2, caption, text);
    }

    private static VBox cardChooser(Map<String, String> cards, StepRow row, int index) {
        ComboBox<String> card = new ComboBox<>();
        card.getItems().setAll(cards.keySet());
        if (!row.cardProperty().get().isEmpty() && !cards.containsKey(row.cardProperty().get())) {
            card.getItems().add(row.cardProperty().get());
        }
        card.setConverter(new StringConverter<>() {
            @Override
            public String toString(String id) {
                return id == null ? "" : cards.getOrDefault(id, id);
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        card.setValue(row.cardProperty().get().isEmpty() ? null : row.cardProperty().get());
        card.valueProperty().addListener((obs, old, now) -> row.cardProperty().set(now == null ? "" : now));
        card.setPromptText("Choose a card");
        card.setId("step-card-" + index);
        card.setPrefWidth(200);
        Label caption = new Label("Card");
        caption.getStyleClass().add(Styles.TEXT_SMALL);
        return new VBox(2, caption, card);
    }

    private static Button small(String icon, String tip, String id, Runnable action) {
        Button button = new Button(null, new FontIcon(icon));
        button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        button.setTooltip(new Tooltip(tip));
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }

    VBox view() {
        return view;
    }
}
