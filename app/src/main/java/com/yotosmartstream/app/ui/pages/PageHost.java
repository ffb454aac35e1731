package com.yotosmartstream.app.ui.pages;

import com.yotosmartstream.app.dashboard.DashboardViewModel;
import com.yotosmartstream.app.dashboard.HistoryStore;
import com.yotosmartstream.app.dashboard.PlayerDetailViewModel;
import com.yotosmartstream.app.household.HouseholdService;
import com.yotosmartstream.app.task.FrameExecutor;
import java.time.Clock;
import javafx.application.Platform;

import com.yotosmartstream.app.AppServices;
import com.yotosmartstream.app.settings.SettingsViewModel;
import com.yotosmartstream.app.shell.CloseGuard;
import com.yotosmartstream.app.shell.Page;
import com.yotosmartstream.app.shell.ShellViewModel;
import com.yotosmartstream.app.theme.ThemeManager;
import com.yotosmartstream.app.ui.Desktop;
import com.yotosmartstream.app.ui.library.LibraryPage;
import java.util.EnumMap;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;

/**
 * Shows the current page. Each page is built the first time it is opened and then kept, so it
 * keeps its state (scroll, selection, edits) when the user comes back to it.
 */
public final class PageHost {

    private final StackPane view = new StackPane();
    private final Map<Page, Node> built = new EnumMap<>(Page.class);
    /** The built pages that may hold unsaved work, in page order. */
    private final Map<Page, CloseGuard> guards = new EnumMap<>(Page.class);
    private final ShellViewModel viewModel;
    private final ThemeManager theme;
    private final AppServices services;
    private final Desktop desktop;
    private final Runnable showAbout;
    private final HouseholdService household;
    private final Runnable signIn;
    /** A story file to open when the Stories page is first shown (from the command line). */
    private final java.util.Optional<java.nio.file.Path> openFile;
    private FrameExecutor frames;
    private DashboardViewModel dashboard;
    /** Settings > Diagnostics (the traffic recorder), once the Settings page is built. */
    private com.yotosmartstream.app.settings.DiagnosticsViewModel diagnostics;
    private final ShellViewModel shell;
    /** Journeys of story cards, recorded from start-up whichever page is open. */
    private final com.yotosmartstream.story.trace.JourneyRecording journeys;

    public PageHost(ShellViewModel viewModel, ThemeManager theme, AppServices services, Desktop desktop,
            Runnable showAbout, HouseholdService household, Runnable signIn, java.util.Optional<java.nio.file.Path> openFile) {
        this.viewModel = viewModel;
        this.openFile = openFile;
        this.shell = viewModel;
        this.household = household;
        this.signIn = signIn;
        this.theme = theme;
        this.services = services;
        this.desktop = desktop;
        this.showAbout = showAbout;
        view.getStyleClass().add("page-host");
        journeys = com.yotosmartstream.app.stories.StoryServices.journeyRecording(services, household);
        journeys.start();
        show(viewModel.currentPage());
        viewModel.currentPageProperty().addListener((obs, old, page) -> show(page));
    }

    /** The Cards page's questions (tests answer them without windows). */
    private com.yotosmartstream.app.ui.cards.CardsPage.Questions cardQuestions =
            com.yotosmartstream.app.ui.cards.CardsPage.dialogs();

    public void setCardQuestions(com.yotosmartstream.app.ui.cards.CardsPage.Questions questions) {
        this.cardQuestions = questions;
    }

    /** The questions of publishing a story as a card (tests answer them without windows). */
    private java.util.function.Supplier<com.yotosmartstream.app.stories.StoryCardPublisher.Dialogs> storyDialogs =
            () -> new com.yotosmartstream.app.ui.cards.StoryPublishDialogs(() -> view.getScene() == null ? null
                    : view.getScene().getWindow());

    public void setStoryPublishDialogs(com.yotosmartstream.app.stories.StoryCardPublisher.Dialogs dialogs) {
        this.storyDialogs = () -> dialogs;
    }

    public StackPane view() {
        return view;
    }

    /** Stops the pages' live updates (at exit). */
    public void close() {
        journeys.close();
        if (diagnostics != null) {
            diagnostics.close(); // a traffic recording ends with the app
        }
        if (dashboard != null) {
            dashboard.close();
        }
        if (frames != null) {
            frames.close();
        }
    }

    /**
     * Before the app closes: each page with unsaved work is shown and asks the user; {@code close}
     * runs once every one of them has agreed. A page that cancels (or fails to save) keeps the app
     * open.
     */
    public void confirmClose(Runnable close) {
        confirmClose(new java.util.ArrayList<>(guards.entrySet()).iterator(), close);
    }

    private void confirmClose(java.util.Iterator<Map.Entry<Page, CloseGuard>> pending, Runnable close) {
        while (pending.hasNext()) {
            Map.Entry<Page, CloseGuard> next = pending.next();
            if (next.getValue().hasUnsavedChanges()) {
                viewModel.navigate(next.getKey());
                next.getValue().confirmClose(() -> confirmClose(pending, close));
                return;
            }
        }
        close.run();
    }

    private void show(Page page) {
        Node node = built.computeIfAbsent(page, this::build);
        node.setId("page-" + page.id());
        view.getChildren().setAll(node);
    }

    private Node guarded(Page page, GuardedPage built) {
        guards.put(page, built);
        return built.view();
    }

    private Node build(Page page) {
        return switch (page) {
            case LIBRARY -> new LibraryPage(services).view();
            case SETTINGS -> {
                diagnostics = com.yotosmartstream.app.settings.DiagnosticsViewModel.forApp(services, household);
                yield new SettingsPage(new SettingsViewModel(theme, services), diagnostics, desktop, showAbout).view();
            }
            case DASHBOARD -> {
                frames = new FrameExecutor();
                dashboard = new DashboardViewModel(household, Clock.systemUTC(), Platform::runLater, frames);
                dashboard.onAlert(kind -> services.settings().get(kind.setting()), alert -> {
                    if (view.getScene() != null && view.getScene().getWindow() != null && view.getScene().getWindow()
                            .isShowing()) {
                        org.controlsfx.control.Notifications.create().title(alert.title()).text(alert.text())
                                .owner(view.getScene().getWindow()).showWarning();
                    }
                });
                HistoryStore history = new HistoryStore(services.database());
                java.util.concurrent.Executor historyWriter = services.executor().serial("player-history");
                dashboard.recordHistory(state -> historyWriter.execute(() -> {
                    try {
                        history.record(state, java.time.Instant.now());
                    } catch (com.yotosmartstream.core.storage.StorageException e) {
                        org.slf4j.LoggerFactory.getLogger(PageHost.class).warn("Could not keep the history: {}",
                                e.getMessage());
                    }
                }));
                yield new DashboardPage(dashboard, signIn, tile -> new PlayerDetailDialog(view.getScene().getWindow(),
                        new PlayerDetailViewModel(tile.deviceId(), tile.name(), dashboard.eventLog(), history,
                                services.executor(), Clock.systemUTC()))).view();
            }
            case STORIES -> guarded(page, new StoriesPage(services, null, openFile, journeys,
                    new com.yotosmartstream.app.stories.StoryCardPublisher(household::connection,
                            com.yotosmartstream.app.ui.cards.CardsPages.publishers(services),
                            com.yotosmartstream.app.stories.StoryServices.cardLibrary(services.streamer()),
                            services.executor(), storyDialogs.get())));
            case ICONS -> guarded(page, new IconsPage(services, household));
            case CARDS -> {
                com.yotosmartstream.app.ui.cards.CardsPage cards = com.yotosmartstream.app.ui.cards.CardsPages.create(
                        services, household, () -> shell.navigate(Page.DASHBOARD), cardQuestions);
                guards.put(page, cards);
                yield cards.view();
            }
        };
    }
}
