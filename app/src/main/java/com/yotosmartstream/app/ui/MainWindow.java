package com.yotosmartstream.app.ui;

import com.yotosmartstream.app.AppServices;
import com.yotosmartstream.app.AppSettings;
import com.yotosmartstream.app.LaunchOptions;
import com.yotosmartstream.app.library.ServerStatusBridge;
import com.yotosmartstream.app.shell.Page;
import com.yotosmartstream.app.shell.ShellViewModel;
import com.yotosmartstream.app.task.FxTaskExecutor;
import com.yotosmartstream.app.theme.ThemeManager;
import com.yotosmartstream.app.account.SignInViewModel;
import com.yotosmartstream.app.account.YotoAccount;
import com.yotosmartstream.app.household.HouseholdService;
import com.yotosmartstream.client.Sleeper;
import com.yotosmartstream.client.auth.OAuthClient;
import com.yotosmartstream.client.auth.TokenManager;
import com.yotosmartstream.client.auth.TokenStore;
import com.yotosmartstream.client.http.HttpClient;
import java.time.Clock;
import javafx.scene.control.TextInputDialog;
import com.yotosmartstream.app.household.HouseholdStatus;
import com.yotosmartstream.app.ui.pages.PageHost;
import com.yotosmartstream.core.task.BackgroundTask;
import java.time.Duration;
import java.time.Instant;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The main window: menu bar, sidebar, the current page and the status bar, wired to the shared
 * services. Both the app and the UI tests build it through {@link #open}.
 */
public final class MainWindow {

    static final String STYLESHEET = "/com/yotosmartstream/app/ui/app.css";
    private static final Duration OS_THEME_RECHECK = Duration.ofSeconds(10);

    private final Stage stage;
    private final AppServices services;
    private final ShellViewModel viewModel;
    private final ThemeManager theme;
    private final WindowStateBinder windowState;
    private Instant lastOsThemeCheck = Instant.now();
    private final HouseholdService household;
    private final PageHost pages;
    private final YotoAccount account;
    private final Desktop desktop;
    private int demoPlayers;

    private MainWindow(Stage stage, AppServices services, LaunchOptions options, Desktop desktop) {
        this.stage = stage;
        this.services = services;
        this.viewModel = new ShellViewModel(options.page().orElse(services.settings().get(AppSettings.LAST_PAGE)));
        this.theme = new ThemeManager(options.theme().orElse(services.settings().get(AppSettings.THEME)),
                services.osTheme());
        this.windowState = new WindowStateBinder(stage, services.settings());
        ServerStatusBridge.bind(services.streamer(), viewModel.serverStatusProperty(), javafx.application.Platform::runLater);
        viewModel.setWarnings(services.warnings());

        this.household = new HouseholdService(services.executor());
        this.account = new YotoAccount(services.settings(), services.dataFolder().root());
        this.desktop = desktop;
        this.pages = new PageHost(viewModel, theme, services, desktop, this::showAbout, household, this::signIn,
                options.openFile());
        BorderPane root = new BorderPane(pages.view());
        root.getStyleClass().add("main-window");
        root.setTop(new AppMenuBar(viewModel, theme, services, desktop, this::showAbout, this::requestClose, this::signIn,
                this::signOut).view());
        root.setLeft(new Sidebar(viewModel, theme).view());
        root.setBottom(new StatusBar(viewModel, runningTasks(services), services.info()).view());

        Scene scene = new Scene(root);
        scene.getStylesheets().add(MainWindow.class.getResource(STYLESHEET).toExternalForm());
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> {
            e.consume();
            requestClose();
        });
        stage.setTitle(services.info().name());
        stage.getIcons().add(new Image(MainWindow.class.getResourceAsStream("/com/yotosmartstream/app/ui/app-icon.png")));

        viewModel.currentPageProperty().addListener((obs, old, page) ->
                services.settings().put(AppSettings.LAST_PAGE, page));
        theme.preferenceProperty().addListener((obs, old, preference) ->
                services.settings().put(AppSettings.THEME, preference));
        stage.focusedProperty().addListener((obs, was, focused) -> {
            if (focused) {
                recheckOsTheme();
            }
        });
        windowState.restore(options.width(), options.height());
        javafx.animation.Timeline cloudStatus = new javafx.animation.Timeline(new javafx.animation.KeyFrame(
                javafx.util.Duration.seconds(1), e -> viewModel.cloudStatusProperty().set(
                        HouseholdStatus.describe(household, Instant.now()))));
        cloudStatus.setCycleCount(javafx.animation.Animation.INDEFINITE);
        cloudStatus.play();
        household.stateProperty().addListener((obs, old, state) -> viewModel.cloudStatusProperty().set(
                HouseholdStatus.describe(household, Instant.now())));
        this.demoPlayers = options.demoPlayers();
        if (account.hasSavedSignIn()) {
            household.start(HouseholdService.yoto(account.config(), new TokenManager(new OAuthClient(account.config(),
                    HttpClient.create(), Clock.systemUTC()), new TokenStore(account.tokenFile()), Clock.systemUTC(),
                    TokenManager.DEFAULT_MARGIN)));
        } else {
            startDemo();
        }
    }

    private void startDemo() {
        if (demoPlayers > 0) {
            household.start(HouseholdService.demo(demoPlayers,
                    services.dataFolder().root().resolve("demo").resolve("demo-tokens.json")));
        }
    }

    /** Signs in to the user's Yoto account (asking for the client id first if there is none). */
    void signIn() {
        if (account.clientId().isEmpty()) {
            TextInputDialog ask = new TextInputDialog();
            ask.initOwner(stage);
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
    SignInDialog showSignIn(com.yotosmartstream.client.YotoConfig config) {
        return showSignIn(config, services.executor());
    }

    SignInDialog showSignIn(com.yotosmartstream.client.YotoConfig config,
            com.yotosmartstream.core.task.TaskExecutor executor) {
        SignInViewModel vm = new SignInViewModel(config, account.tokenFile(), executor, Clock.systemUTC(),
                Sleeper.REAL, tokens -> household.start(HouseholdService.yoto(config, tokens)));
        SignInDialog dialog = new SignInDialog(stage, vm, desktop);
        dialog.show();
        return dialog;
    }

    /** Forgets the sign-in and goes back to demo mode. */
    void signOut() {
        household.close();
        try {
            new TokenStore(account.tokenFile()).clear();
        } catch (java.io.IOException e) {
            showError("Could not forget the sign-in", e);
        }
        startDemo();
    }

    /**
     * Closes the window as the user asked (its close button, File > Quit): pages with unsaved work
     * ask first, and any of them can keep the app open.
     */
    public void requestClose() {
        pages.confirmClose(stage::close);
    }

    public HouseholdService household() {
        return household;
    }

    public PageHost pages() {
        return pages;
    }

    /** Stops live updates and disconnects from the players (at exit). */
    public void close() {
        pages.close();
        household.close();
    }

    /** Builds the window on {@code stage}, restores its last place and page, and shows it. */
    public static MainWindow open(Stage stage, AppServices services, LaunchOptions options, Desktop desktop) {
        MainWindow window = new MainWindow(stage, services, options, desktop);
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
        new AboutDialog(services, stage).show();
    }

    void showError(String header, Throwable error) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(stage);
        alert.setHeaderText(header);
        Label text = new Label(error.getMessage() == null ? error.toString() : error.getMessage());
        text.setWrapText(true);
        Label where = new Label("Details are in the log file in " + services.dataFolder().logs() + ".");
        where.setWrapText(true);
        alert.getDialogPane().setContent(new VBox(8, text, where));
        alert.show();
    }

    /** When the window comes to the front, the OS theme may have changed: read it again, off the FX thread. */
    private void recheckOsTheme() {
        if (Duration.between(lastOsThemeCheck, Instant.now()).compareTo(OS_THEME_RECHECK) < 0) {
            return;
        }
        lastOsThemeCheck = Instant.now();
        services.executor().submit(BackgroundTask.of("Reading the system theme", ctx -> services.osThemeReader().get())
                .onSuccess(os -> theme.osProperty().set(os)));
    }

    private static ObservableList<Task<?>> runningTasks(AppServices services) {
        return services.executor() instanceof FxTaskExecutor fx ? fx.running() : FXCollections.observableArrayList();
    }
}
