package com.yotosmartstream.app.ui;

import atlantafx.base.theme.Styles;
import com.yotosmartstream.app.account.SignInViewModel;
import com.yotosmartstream.app.account.SignInViewModel.Step;
import com.yotosmartstream.app.account.SignInViewModel.Way;
import java.net.URI;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * The sign-in: first the device code (the code, the link and its QR code, a countdown), and as the
 * second way this computer's browser (ADR 0045); cancel, and try again.
 */
final class SignInDialog {

    private final Stage stage = new Stage();
    private final SignInViewModel vm;
    private final Timeline clock;
    private final Desktop desktop;

    SignInDialog(Window owner, SignInViewModel vm, Desktop desktop) {
        this.vm = vm;
        this.desktop = desktop;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Sign in to Yoto");

        Label intro = new Label("On your phone or computer, open Yoto's sign-in page and enter this code:");
        intro.setWrapText(true);
        Label code = new Label();
        code.setId("signin-code");
        code.getStyleClass().addAll(Styles.TITLE_1, "signin-code");
        code.textProperty().bind(vm.userCodeProperty());
        Hyperlink link = new Hyperlink();
        link.setId("signin-link");
        link.textProperty().bind(vm.linkProperty());
        link.setOnAction(e -> desktop.browse(URI.create(vm.linkCompleteProperty().get())));
        ImageView qr = new ImageView();
        qr.setId("signin-qr");
        vm.linkCompleteProperty().addListener((obs, old, url) -> qr.setImage(url.isEmpty() ? null : QrCode.of(url, 180)));
        Label countdown = new Label();
        countdown.setId("signin-countdown");
        countdown.getStyleClass().add(Styles.TEXT_MUTED);
        countdown.textProperty().bind(vm.countdownProperty());
        Label status = new Label();
        status.setId("signin-status");
        status.setWrapText(true);
        status.textProperty().bind(vm.messageProperty());
        status.styleProperty().bind(vm.stepProperty().map(s -> s == Step.FAILED ? "-fx-text-fill: -color-danger-fg;"
                : s == Step.SIGNED_IN ? "-fx-text-fill: -color-success-fg;" : ""));

        Button cancel = new Button("Cancel");
        cancel.setId("signin-cancel");
        cancel.setCancelButton(true);
        cancel.textProperty().bind(vm.stepProperty().map(s -> s == Step.ASKING || s == Step.WAITING ? "Cancel" : "Close"));
        cancel.setOnAction(e -> {
            vm.cancel();
            stage.close();
        });
        Button again = new Button("Try again");
        again.setId("signin-again");
        again.visibleProperty().bind(vm.stepProperty().map(s -> s == Step.FAILED || s == Step.CANCELLED));
        again.managedProperty().bind(again.visibleProperty());
        again.setOnAction(e -> {
            if (vm.wayProperty().get() == Way.BROWSER) {
                startInBrowser();
            } else {
                vm.start();
            }
        });
        Button browser = new Button("Sign in with this computer's browser instead");
        browser.setId("signin-browser");
        browser.visibleProperty().bind(vm.wayProperty().isEqualTo(Way.CODE).and(vm.stepProperty()
                .isNotEqualTo(Step.SIGNED_IN)));
        browser.managedProperty().bind(browser.visibleProperty());
        browser.setOnAction(e -> startInBrowser());
        Button useCode = new Button("Use a code instead");
        useCode.setId("signin-use-code");
        useCode.visibleProperty().bind(vm.wayProperty().isEqualTo(Way.BROWSER).and(vm.stepProperty()
                .isNotEqualTo(Step.SIGNED_IN)));
        useCode.managedProperty().bind(useCode.visibleProperty());
        useCode.setOnAction(e -> vm.start());
        javafx.scene.layout.Region gap = new javafx.scene.layout.Region();
        HBox.setHgrow(gap, javafx.scene.layout.Priority.ALWAYS);
        HBox buttons = new HBox(8, browser, useCode, gap, again, cancel);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        VBox codeBox = new VBox(8, intro, code, link, countdown);
        javafx.scene.layout.StackPane qrBox = new javafx.scene.layout.StackPane(qr);
        qrBox.setMinSize(180, 180);
        qrBox.setPrefSize(180, 180);
        Label scan = new Label("or scan with your phone");
        scan.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        VBox qrColumn = new VBox(4, qrBox, scan);
        qrColumn.setAlignment(Pos.TOP_CENTER);
        HBox middle = new HBox(24, codeBox, qrColumn);
        middle.setAlignment(Pos.CENTER_LEFT);
        middle.visibleProperty().bind(vm.wayProperty().isEqualTo(Way.CODE));
        middle.managedProperty().bind(middle.visibleProperty());
        Label browserNote = new Label("Yoto's sign-in page opens in your browser. Yoto sends it back to "
                + vm.callbackUri() + ", so that address must be one of your app's callback URLs at"
                + " dashboard.yoto.dev.");
        browserNote.setId("signin-browser-note");
        browserNote.setWrapText(true);
        browserNote.visibleProperty().bind(vm.wayProperty().isEqualTo(Way.BROWSER));
        browserNote.managedProperty().bind(browserNote.visibleProperty());
        VBox root = new VBox(16, middle, browserNote, status, buttons);
        root.setPadding(new Insets(24));
        root.setPrefWidth(560);
        Scene scene = new Scene(root);
        scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        stage.setScene(scene);
        clock = new Timeline(new KeyFrame(Duration.seconds(1), e -> vm.tick()));
        clock.setCycleCount(Animation.INDEFINITE);
        stage.setOnHidden(e -> {
            vm.cancel();
            clock.stop();
        });
    }

    /** Shows the dialog and starts the sign-in. */
    void show() {
        stage.sizeToScene();
        stage.show();
        clock.play();
        vm.start();
    }

    /** Opens Yoto's page in the browser (asked from the background, opened on the FX thread). */
    private void startInBrowser() {
        vm.startInBrowser(page -> Platform.runLater(() -> desktop.browse(page)));
    }

    Stage stage() {
        return stage;
    }
}
