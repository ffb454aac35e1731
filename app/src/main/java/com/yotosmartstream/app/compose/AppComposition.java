package com.yotosmartstream.app.compose;

import com.yotosmartstream.app.AppInfo;
import com.yotosmartstream.app.AppServices;
import com.yotosmartstream.app.AppSettings;
import com.yotosmartstream.app.LaunchOptions;
import com.yotosmartstream.app.account.YotoAccount;
import com.yotosmartstream.app.cards.CardPublisher;
import com.yotosmartstream.app.cards.CardStore;
import com.yotosmartstream.app.cards.DraftHandOff;
import com.yotosmartstream.app.dashboard.DashboardViewModel;
import com.yotosmartstream.app.dashboard.HistoryStore;
import com.yotosmartstream.app.household.HouseholdConnection;
import com.yotosmartstream.app.household.HouseholdService;
import com.yotosmartstream.app.library.LibraryStartup;
import com.yotosmartstream.app.routines.RoutineStore;
import com.yotosmartstream.app.settings.DiagnosticsViewModel;
import com.yotosmartstream.app.settings.PhonesViewModel;
import com.yotosmartstream.app.remote.DashboardRemote;
import com.yotosmartstream.streamer.StreamerSettings;
import com.yotosmartstream.app.settings.SettingsViewModel;
import com.yotosmartstream.client.model.PlayerInfo;
import com.yotosmartstream.app.shell.Page;
import com.yotosmartstream.app.shell.ShellViewModel;
import com.yotosmartstream.app.stories.CardPlaceholderAudio;
import com.yotosmartstream.app.stories.DemoSampleStory;
import com.yotosmartstream.app.stories.HouseholdPlayerFeed;
import com.yotosmartstream.app.stories.SqliteJourneyStore;
import com.yotosmartstream.app.stories.StoryCardPublisher;
import com.yotosmartstream.app.stories.VoiceDetection;
import com.yotosmartstream.app.settings.VoiceSettingsViewModel;
import com.yotosmartstream.story.voice.Speech;
import com.yotosmartstream.app.task.FrameExecutor;
import com.yotosmartstream.app.theme.ThemeManager;
import com.yotosmartstream.icons.library.IconLibrary;
import com.yotosmartstream.story.trace.JourneyRecording;
import java.time.Clock;
import java.time.ZoneId;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javafx.application.Platform;

/**
 * The one place the app is wired (ADR 0044). It owns the services made at start-up, the one
 * clock, the household, one icon library, one card store, one history store, the journey
 * recording and the frame executor, and gives each page a feature: that page's view models, what
 * its close guard needs, and the executor. Views never see the services themselves.
 * <p>
 * May be made before the toolkit runs; {@link #start()} and everything after it on the FX thread.
 * {@link #close()} stops the live parts, the household and then the services.
 */
public final class AppComposition implements AutoCloseable {

    private final AppServices services;
    private final Clock clock;
    private final Executor fx;
    private final HouseholdService household;
    private final IconLibrary icons;
    private final HistoryStore history;
    private final Function<HouseholdConnection, CardPublisher> publishers;
    private final JourneyRecording journeys;
    private ShellFeature shell;
    private final AccountFeature account;
    private final LaunchOptions options;
    private FrameExecutor frames;
    private DashboardFeature dashboard;
    private SettingsViewModel settings;
    private DiagnosticsViewModel diagnostics;
    private RoutinesFeature routines;
    private final Speech speech;
    private DashboardRemote remote;
    private PhonesViewModel phones;
    private final DemoSampleStory sample;

    /** The app's composition on the system clock, reporting to the FX thread. */
    public AppComposition(AppServices services, LaunchOptions options) {
        this(services, options, Clock.systemUTC(), Platform::runLater);
    }

    /** Card drafts made on the Library page, on their way to the Cards page. */
    private final DraftHandOff handOff = new DraftHandOff();

    AppComposition(AppServices services, LaunchOptions options, Clock clock, Executor fx) {
        this.services = services;
        this.options = options;
        this.clock = clock;
        this.fx = fx;
        household = new HouseholdService(services.executor());
        speech = new Speech(services.dataFolder().root().resolve("narration"));
        icons = new IconLibrary(services.database(), clock);
        history = new HistoryStore(services.database());
        publishers = CardsFeature.publishers(services.streamer(), services.settings(), icons,
                new CardStore(services.database(), clock));
        journeys = new JourneyRecording(new HouseholdPlayerFeed(household, fx, clock),
                new SqliteJourneyStore(services.database()), services.executor(), fx, clock);
        account = new AccountFeature(new YotoAccount(services.settings(), services.dataFolder().root()), household,
                services.dataFolder().root().resolve("demo").resolve("demo-tokens.json"), options.demoPlayers(),
                services.executor(), clock);
        sample = new DemoSampleStory(services.streamer(), services.settings(),
                services.dataFolder().root().resolve("stories"), publishers, services.executor(), speech);
    }

    /**
     * Makes the window's feature (its theme applies at once), starts recording journeys and the
     * status bar's updates; on the FX thread, before the first page.
     */
    public void start() {
        ShellViewModel viewModel = new ShellViewModel(options.page()
                .orElse(services.settings().get(AppSettings.LAST_PAGE)));
        ThemeManager theme = new ThemeManager(options.theme().orElse(services.settings().get(AppSettings.THEME)),
                services.osTheme());
        shell = new ShellFeature(viewModel, theme, services.settings(), services.info(), services.dataFolder(),
                services.executor(), services.osThemeReader(), clock);
        viewModel.setWarnings(services.warnings());
        journeys.start();
        shell.start(services.streamer(), household, fx);
        routines(); // scheduled routines run while the app runs, whichever page is open
        // the phone page follows the dashboard's tiles and sends through them (ADR 0069)
        remote = new DashboardRemote(dashboard().viewModel(), household, fx);
        remote.attachRoutines(routines().viewModel());
        services.streamer().remote().attach(remote);
        if (options.demoPlayers() > 0) { // the demo mode the app opens itself (tests open households of their own)
            // its household is new at each start: the sample story is added once and published to it (ADR 0088)
            household.connectionProperty().addListener((o, before, now) -> sample.householdOpened(now));
        }
    }

    /** Opens the household (the saved sign-in, or demo mode); once the window is up. */
    public void openHousehold() {
        account.openHousehold();
    }

    /** Opens the library and starts its server in the background (after the window is shown). */
    public void startLibrary() {
        LibraryStartup.start(services);
        VoiceDetection.detect(services.executor(), speech);
    }

    /** The app's name, version and runtime (to log at start). */
    public AppInfo info() {
        return services.info();
    }

    /** The window's feature; after {@link #start()}. */
    public ShellFeature shell() {
        return shell;
    }

    public AccountFeature account() {
        return account;
    }

    /** The household the pages show (demo mode or the signed-in account). */
    public HouseholdService household() {
        return household;
    }

    public LibraryFeature library() {
        return new LibraryFeature(services.streamer(), services.executor(), fx, draft -> {
            handOff.offer(draft);
            shell.viewModel().navigate(Page.CARDS);
        });
    }

    /** The Settings page's view model (one, as the theme it changes is the window's). */
    public SettingsViewModel settings() {
        if (settings == null) {
            settings = new SettingsViewModel(shell.theme(), services, new VoiceSettingsViewModel(speech, fx,
                    () -> VoiceDetection.detect(services.executor(), speech)));
        }
        return settings;
    }

    /**
     * Settings > Diagnostics: recordings of the household's traffic in {@code <data folder>/diagnostics};
     * once one starts, the players are asked for their status so it begins with their whole state.
     */
    public DiagnosticsViewModel diagnostics() {
        if (diagnostics == null) {
            diagnostics = new DiagnosticsViewModel(services.dataFolder().root().resolve("diagnostics"),
                    services.info().version(), household.traffic(), services.executor(), fx::execute,
                    clock.withZone(ZoneId.systemDefault()),
                    () -> household.connection().ifPresent(connection -> connection.players().stream()
                            .map(PlayerInfo::deviceId).forEach(connection.mqtt()::requestStatus)));
        }
        return diagnostics;
    }

    /** Settings > Phones: pairing phones with the remote page, the paired ones, revoking them (ADR 0069). */
    public PhonesViewModel phones() {
        if (phones == null) {
            phones = new PhonesViewModel(services.streamer().remote(), services.streamer()::homeBase,
                    services.settings(), StreamerSettings.REMOTE_ANY_NETWORK, services.executor(), fx::execute,
                    clock.withZone(ZoneId.systemDefault()));
        }
        return phones;
    }

    /** The Dashboard's feature, made (with the frame executor) the first time it is asked for; FX thread. */
    public DashboardFeature dashboard() {
        if (dashboard == null) {
            frames = new FrameExecutor();
            dashboard = new DashboardFeature(new DashboardViewModel(household, clock, fx, frames), services.settings(),
                    history, services.executor(), clock, household);
        }
        return dashboard;
    }

    public StoriesFeature stories() {
        return new StoriesFeature(services.dataFolder().root(), services.streamer(), icons, services.settings(),
                services.executor(), fx, clock, journeys, dialogs -> new StoryCardPublisher(household::connection,
                        publishers, new CardPlaceholderAudio(services.streamer()), services.executor(), dialogs)
                        .withSpeech(speech),
                options.openFile(), speech).withSample(sample);
    }

    /**
     * Routines (the Dashboard's bar and editor, Settings' players): made at {@link #start()}, which
     * also starts running scheduled ones while the app runs; FX thread.
     */
    public RoutinesFeature routines() {
        if (routines == null) {
            routines = new RoutinesFeature(new RoutineStore(services.database()), household, services.settings(),
                    services.executor(), clock.withZone(ZoneId.systemDefault()));
            routines.start(fx);
        }
        return routines;
    }

    public IconsFeature icons() {
        return new IconsFeature(icons, services.executor(), household);
    }

    public CardsFeature cards() {
        return new CardsFeature(services.streamer(), services.settings(), icons, household, publishers,
                services.executor(), fx, clock, () -> shell.viewModel().navigate(Page.DASHBOARD), handOff);
    }

    /** Stops live updates, disconnects from the players, then closes the services (at exit, FX thread). */
    @Override
    public void close() {
        journeys.close();
        if (diagnostics != null) {
            diagnostics.close(); // a traffic recording ends with the app
        }
        if (routines != null) {
            routines.close();
        }
        if (remote != null) {
            try {
                remote.close();
            } catch (Exception e) {
                org.slf4j.LoggerFactory.getLogger(AppComposition.class).debug("Detaching the remote page", e);
            }
        }
        if (dashboard != null) {
            dashboard.close();
        }
        if (frames != null) {
            frames.close();
        }
        if (shell != null) {
            shell.close();
        }
        household.close();
        services.close();
    }
}
