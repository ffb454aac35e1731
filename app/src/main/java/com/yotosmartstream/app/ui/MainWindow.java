package com.yotosmartstream.app.ui;

import com.yotosmartstream.app.LaunchOptions;
import com.yotosmartstream.app.compose.AccountFeature;
import com.yotosmartstream.app.compose.AppComposition;
import com.yotosmartstream.app.compose.ShellFeature;
import com.yotosmartstream.app.shell.ShellViewModel;
import com.yotosmartstream.app.theme.ThemeManager;
import com.yotosmartstream.app.ui.pages.PageHost;
import com.yotosmartstream.app.ui.pages.PageViews;
import com.yotosmartstream.client.YotoConfig;
import com.yotosmartstream.core.task.TaskExecutor;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The main window: menu bar, sidebar, the current page and the status bar, on the features the
 * composition root gives it. Both the app and the UI tests build it through {@link #open}.
 */
public final class MainWindow {

    static final String STYLESHEET = "/com/yotosmartstream/app/ui/app.css";

    private final Stage stage;
    private final ShellFeature shell;
    private final ShellViewModel viewModel;
    private final ThemeManager theme;
    private final WindowStateBinder windowState;
    private final PageHost pages;
    private final PageViews pageViews;
    private final AccountFeature account;
    private final Desktop desktop;

    private MainWindow(Stage stage, AppComposition app, LaunchOptions options, Desktop desktop) {
        this.stage = stage;
        this.shell = app.shell();
        this.viewModel = shell.viewModel();
        this.theme = shell.theme();
        this.windowState = new WindowStateBinder(stage, shell.windowSettings());
        this.account = app.account();
        this.desktop = desktop;
        this.pageViews = new PageViews(app, desktop, () -> stage, this::showAbout, this::signIn);
        this.pages = new PageHost(viewModel, pageViews.factories());
        BorderPane root = new BorderPane(pages.view());
        root.getStyleClass().add("main-window");
        root.setTop(new AppMenuBar(viewModel, theme, shell.dataFolder(), desktop, this::showAbout, this::requestClose,
                this::signIn, this::signOut).view());
        root.setLeft(new Sidebar(viewModel, theme).view());
        root.setBottom(new StatusBar(viewModel, shell.runningTasks(), shell.info()).view());

        Scene scene = new Scene(root);
        scene.getStylesheets().add(MainWindow.class.getResource(STYLESHEET).toExternalForm());
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> {
            e.consume();
            requestClose();
        });
        stage.setTitle(shell.info().name());
        stage.getIcons().setAll(AppIcons.all());

        stage.focusedProperty().addListener((obs, was, focused) -> {
            if (focused) {
                shell.recheckOsTheme();
            }
        });
        windowState.restore(options.width(), options.height());
    }

    /** Signs in to the user's Yoto account (asking for the client id first if there is none). */
    void signIn() {
        if (account.needsClientId()) {
            TextInputDialog ask = new TextInputDialog();
            Dialogs.owned(ask, stage);
            ask.setTitle("Sign in to Yoto");
            ask.setHeaderText("This app needs a client id of your own from Yoto's developer dashboard.");
            ask.setContentText("Register an app at dashboard.yoto.dev, then paste its client id:");
            ask.getEditor().setId("client-id");
            java.util.Optional<String> id = ask.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
            if (id.isEmpty()) {
                return;
            }
            account.setClientId(id.get());
        }
        showSignIn(account.config());
    }

    /** The sign-in dialog for {@code config} (tests point it at the simulated cloud). */
    SignInDialog showSignIn(YotoConfig config) {
        return show(new SignInDialog(stage, account.signIn(config), desktop));
    }

    SignInDialog showSignIn(YotoConfig config, TaskExecutor executor) {
        return show(new SignInDialog(stage, account.signIn(config, executor), desktop));
    }

    private static SignInDialog show(SignInDialog dialog) {
        dialog.show();
        return dialog;
    }

    /** Forgets the sign-in and goes back to demo mode. */
    void signOut() {
        try {
            account.signOut();
        } catch (java.io.IOException e) {
            showError("Could not forget the sign-in", e);
        }
    }

    /**
     * Closes the window as the user asked (its close button, File > Quit): pages with unsaved work
     * ask first, and any of them can keep the app open.
     */
    public void requestClose() {
        pages.confirmClose(stage::close);
    }

    /** The pages' views (tests replace the questions pages ask). */
    public PageViews pages() {
        return pageViews;
    }

    /**
     * Starts the composition's live parts, builds the window on {@code stage}, restores its last
     * place and page, opens the household and shows the window.
     */
    public static MainWindow open(Stage stage, AppComposition app, LaunchOptions options, Desktop desktop) {
        app.start();
        MainWindow window = new MainWindow(stage, app, options, desktop);
        app.openHousehold();
        stage.show();
        return window;
    }

    public ShellViewModel viewModel() {
        return viewModel;
    }

    public ThemeManager theme() {
        return theme;
    }

    /** Remembers the window's size, position and page for the next start. */
    public void saveState() {
        windowState.save();
    }

    void showAbout() {
        new AboutDialog(shell.info(), shell.dataFolder().root(), stage).show();
    }

    void showError(String header, Throwable error) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        Dialogs.owned(alert, stage);
        alert.setHeaderText(header);
        Label text = new Label(error.getMessage() == null ? error.toString() : error.getMessage());
        text.setWrapText(true);
        Label where = new Label("Details are in the log file in " + shell.dataFolder().logs() + ".");
        where.setWrapText(true);
        alert.getDialogPane().setContent(new VBox(8, text, where));
        alert.show();
    }
}
