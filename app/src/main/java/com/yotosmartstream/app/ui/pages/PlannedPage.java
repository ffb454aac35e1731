package com.yotosmartstream.app.ui.pages;

import atlantafx.base.theme.Styles;
import com.yotosmartstream.app.shell.Page;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** A page whose features are still being built: it says what it is for and what it will hold. */
final class PlannedPage {

    private final ScrollPane view;

    PlannedPage(Page page) {
        Label title = new Label(page.title(), new FontIcon(page.iconLiteral()));
        title.getStyleClass().addAll(Styles.TITLE_2, "page-title");
        Label summary = new Label(page.summary());
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        summary.setWrapText(true);

        VBox plans = new VBox(8);
        plans.getStyleClass().add("planned-card");
        Label heading = new Label("Coming to this page");
        heading.getStyleClass().add(Styles.TITLE_4);
        plans.getChildren().add(heading);
        for (String plan : page.plans()) {
            Label line = new Label(plan, new FontIcon("fth-chevron-right"));
            line.setWrapText(true);
            plans.getChildren().add(line);
        }

        VBox body = new VBox(12, title, summary, plans);
        body.getStyleClass().add("page");
        view = new ScrollPane(body);
        view.setFitToWidth(true);
    }

    ScrollPane view() {
        return view;
    }
}
