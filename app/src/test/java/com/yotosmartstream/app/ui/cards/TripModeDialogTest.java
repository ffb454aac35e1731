package com.yotosmartstream.app.ui.cards;

import static org.assertj.core.api.Assertions.assertThat;

import com.yotosmartstream.app.cards.CardRow;
import com.yotosmartstream.app.ui.Screenshots;
import com.yotosmartstream.client.model.Card;
import com.yotosmartstream.client.model.Chapter;
import com.yotosmartstream.client.model.Track;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Trip mode's question: every card that needs this computer, ticked; the parent unticks one and goes on. */
@ExtendWith(ApplicationExtension.class)
class TripModeDialogTest {

    private Stage owner;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new Scene(new StackPane(), 1024, 700));
        stage.show();
    }

    private static CardRow row(String id, String title) {
        Card card = Card.create(title, "linear", List.of(Chapter.of("01", title, List.of(Track.stream("01", title,
                "http://192.168.1.20:8080/stream/" + "a".repeat(43) + "/00000000000000" + id + ".mp3", "mp3")))));
        com.google.gson.JsonObject json = card.toJson();
        json.addProperty("cardId", "card" + id);
        return CardRow.of(new Card(json));
    }

    @Test
    void theChosenCardsAreTheTickedOnes(FxRobot robot) {
        List<CardRow> candidates = List.of(row("01", "Car ride"), row("02", "Grandma's stories"),
                row("03", "Bedtime songs"));
        AtomicReference<Dialog<List<CardRow>>> dialog = new AtomicReference<>();
        robot.interact(() -> {
            dialog.set(TripModeDialog.dialog(owner, candidates));
            dialog.get().show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(candidates).allSatisfy(r -> assertThat(r.needsThisComputer()).isTrue());
        Scene scene = dialog.get().getDialogPane().getScene();
        assertThat(scene.getRoot().lookupAll(".check-box")).hasSize(3).allSatisfy(box -> assertThat(((CheckBox) box)
                .isSelected()).isTrue());
        if (Boolean.getBoolean("cards.screenshots")) {
            robot.interact(() -> {
                try {
                    Screenshots.writePng(Screenshots.capture(scene), Path.of("target/screenshots/trip-mode.png"));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }

        robot.interact(() -> ((CheckBox) scene.lookup("#trip-card02")).setSelected(false));
        robot.interact(() -> ((Button) dialog.get().getDialogPane().lookupButton(TripModeDialog.MAKE)).fire());

        assertThat(dialog.get().getResult()).extracting(CardRow::title).containsExactly("Car ride", "Bedtime songs");
    }
}
