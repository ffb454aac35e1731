package com.yotosmartstream.app.ui.pages;

import com.yotosmartstream.app.compose.AppComposition;
import com.yotosmartstream.app.compose.CardsFeature;
import com.yotosmartstream.app.compose.DashboardFeature;
import com.yotosmartstream.app.shell.Page;
import com.yotosmartstream.app.stories.StoryCardPublisher;
import com.yotosmartstream.app.ui.Desktop;
import com.yotosmartstream.app.ui.cards.CardsPage;
import com.yotosmartstream.app.ui.cards.StoryPublishDialogs;
import com.yotosmartstream.app.ui.library.LibraryPage;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.stage.Window;
import org.controlsfx.control.Notifications;

/**
 * The view of each page, made from the feature the composition root gives it (ADR 0044). The
 * questions the Cards and Stories pages ask can be replaced (tests answer them) before the page is
 * first shown.
 */
public final class PageViews {

    private final AppComposition app;
    private final Desktop desktop;
    private final Supplier<Window> owner;
    private final Runnable showAbout;
    private final Runnable signIn;
    private CardsPage.Questions cardQuestions = CardsPage.dialogs();
    private StoryCardPublisher.Dialogs storyDialogs;

    /**
     * @param owner the main window (owner of the pages' dialogs and notifications)
     * @param signIn what the Dashboard's sign-in button does
     */
    public PageViews(AppComposition app, Desktop desktop, Supplier<Window> owner, Runnable showAbout,
            Runnable signIn) {
        this.app = app;
        this.desktop = desktop;
        this.owner = owner;
        this.showAbout = showAbout;
        this.signIn = signIn;
    }

    /** The Cards page's questions (tests answer them without windows). */
    public void setCardQuestions(CardsPage.Questions questions) {
        this.cardQuestions = questions;
    }

    /** The questions of publishing a story as a card (tests answer them without windows). */
    public void setStoryPublishDialogs(StoryCardPublisher.Dialogs dialogs) {
        this.storyDialogs = dialogs;
    }

    /** One factory per page, for {@link PageHost}. */
    public Map<Page, Supplier<PageView>> factories() {
        Map<Page, Supplier<PageView>> pages = new EnumMap<>(Page.class);
        pages.put(Page.DASHBOARD, this::dashboard);
        pages.put(Page.LIBRARY, () -> PageView.of(new LibraryPage(app.library()).view()));
        pages.put(Page.STORIES, () -> PageView.guarded(new StoriesPage(app.stories(), null, storyDialogs != null
                ? storyDialogs : new StoryPublishDialogs(owner))));
        pages.put(Page.ICONS, () -> PageView.guarded(new IconsPage(app.icons())));
        pages.put(Page.CARDS, this::cards);
        pages.put(Page.SETTINGS, () -> PageView.of(new SettingsPage(app.settings(), app.diagnostics(), app.phones(),
                desktop, showAbout, new PlayersSection(app.routines().players(), deviceId -> app.dashboard()
                        .settings(deviceId).ifPresent(vm -> new PlayerSettingsDialog(owner.get(), vm).show())).view())
                .view()));
        return pages;
    }

    private PageView dashboard() {
        DashboardFeature dashboard = app.dashboard();
        dashboard.onAlert(alert -> {
            Window window = owner.get();
            if (window != null && window.isShowing()) {
                Notifications.create().title(alert.title()).text(alert.text()).owner(window).showWarning();
            }
        });
        com.yotosmartstream.app.routines.RoutinesViewModel routines = app.routines().viewModel();
        return PageView.of(new DashboardPage(dashboard.viewModel(), signIn,
                tile -> new PlayerDetailDialog(owner.get(), dashboard.details(tile)),
                tile -> dashboard.settings(tile).ifPresent(vm -> new PlayerSettingsDialog(owner.get(), vm).show()),
                new RoutinesBar(routines, () -> new RoutineEditorDialog(owner.get(), routines).show()))
                .view());
    }

    private PageView cards() {
        CardsFeature feature = app.cards();
        CardsPage cards = new CardsPage(feature.viewModel(), feature.executor(), feature.clock(), feature.chapterIcons(),
                feature::iconSources, cardQuestions);
        return PageView.guarded(cards.view(), cards);
    }
}
