package com.yotosmartstream.app.compose;

import com.yotosmartstream.app.cards.CardAudio;
import com.yotosmartstream.app.cards.CardIcons;
import com.yotosmartstream.app.cards.CardLimits;
import com.yotosmartstream.app.cards.CardPublisher;
import com.yotosmartstream.app.cards.CardStore;
import com.yotosmartstream.app.cards.CardsViewModel;
import com.yotosmartstream.app.cards.ChapterIconSource;
import com.yotosmartstream.app.cards.DraftHandOff;
import com.yotosmartstream.app.cards.DraftTrack;
import com.yotosmartstream.app.household.HouseholdConnection;
import com.yotosmartstream.app.household.HouseholdService;
import com.yotosmartstream.core.storage.SettingsStore;
import com.yotosmartstream.core.task.TaskExecutor;
import com.yotosmartstream.icons.library.IconCloud;
import com.yotosmartstream.icons.library.IconLibrary;
import com.yotosmartstream.icons.library.IconRecord;
import com.yotosmartstream.icons.picker.IconSource;
import com.yotosmartstream.icons.picker.LibraryIconSource;
import com.yotosmartstream.icons.picker.PublicIconSource;
import com.yotosmartstream.streamer.Streamer;
import com.yotosmartstream.streamer.StreamerSettings;
import com.yotosmartstream.streamer.library.Catalogue;
import com.yotosmartstream.streamer.library.Track;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * What the Cards page is given: its view model (on the library, the icon library and the connected
 * household), where chapter icon pictures come from, the icon sources its picker offers, the clock
 * and the executor.
 */
public final class CardsFeature {

    private final CardsViewModel viewModel;
    private final TaskExecutor executor;
    private final Clock clock;
    private final IconLibrary icons;
    private final HouseholdService household;

    CardsFeature(Streamer streamer, SettingsStore settings, IconLibrary icons, HouseholdService household,
            Function<HouseholdConnection, CardPublisher> publishers, TaskExecutor executor, Executor fx, Clock clock,
            Runnable showDashboard, DraftHandOff handOff) {
        this.executor = executor;
        this.clock = clock;
        this.icons = icons;
        this.household = household;
        Catalogue catalogue = streamer.library().catalogue();
        viewModel = new CardsViewModel(household.connectionProperty(), publishers,
                id -> catalogue.find(id).map(CardsFeature::draftTrack), // find and all: live tracks only
                executor, fx, showDashboard);
        Runnable reload = () -> viewModel.setLibrary(catalogue.all().stream()
                .map(CardsFeature::draftTrack).sorted(java.util.Comparator.comparing(DraftTrack::title,
                        String.CASE_INSENSITIVE_ORDER)).toList());
        catalogue.addListener(() -> fx.execute(reload));
        viewModel.editor().setStreamNote(() -> {
            var status = streamer.status();
            if (!status.running()) {
                return "The stream server is not running" + (status.problem().isBlank() ? "" : " (" + status.problem()
                        + ")") + ": start it in Settings > Streaming, or upload to Yoto instead.";
            }
            String base = status.base().map(Object::toString).orElse("this computer");
            boolean demo = household.connection().map(c -> c.demo()).orElse(false);
            return settings.get(StreamerSettings.PUBLIC_BASE_URL).isBlank()
                    && !demo ? "Players will fetch the audio from " + base + ". No public address is set, so players"
                    + " outside this network cannot reach it: set one in Settings > Streaming, or upload to Yoto."
                    : "Players will fetch the audio from " + base + ".";
        });
        streamer.addStatusListener(status -> fx.execute(viewModel.editor()::refreshDeliveryNote));
        household.connectionProperty().addListener((obs, old, now) -> viewModel.editor().refreshDeliveryNote());
        reload.run();
        viewModel.editor().setSplitter((id, ctx) -> {
            List<DraftTrack> parts = streamer.library().splitForCard(id, CardLimits.MAX_TRACK, ctx).stream()
                    .map(CardsFeature::draftTrack).toList();
            streamer.requestConversion(executor); // parts of an M4B wait for MP3 like any import
            return parts;
        });
        handOff.takeWith(viewModel::openDraft);
    }

    /** The publisher of a household's account, on this app's library, server and icon library. */
    static Function<HouseholdConnection, CardPublisher> publishers(Streamer streamer, SettingsStore settings,
            IconLibrary icons, CardStore store) {
        return connection -> new CardPublisher(connection.api(), new CardAudio(streamer, settings, store,
                connection.account(), connection.demo()), new CardIcons(icons, store, connection.account(),
                connection::putIcon), store, streamer, connection.account());
    }

    public CardsViewModel viewModel() {
        return viewModel;
    }

    public TaskExecutor executor() {
        return executor;
    }

    /** The clock the card list dates its cards by. */
    public Clock clock() {
        return clock;
    }

    /** Chapter icon pictures: the icon library's PNGs, Yoto's icons from the connected household. */
    public ChapterIconSource chapterIcons() {
        return new ChapterIconSource() {
            @Override
            public Optional<byte[]> libraryPng(long id) throws Exception {
                return icons.get(id).map(IconRecord::png);
            }

            @Override
            public Optional<String> yotoUrl(String reference) {
                return household.connection().flatMap(c -> c.iconUrl(reference));
            }
        };
    }

    /** What the chapter icon picker offers now: the icon library, and Yoto's public icons when connected. */
    public List<IconSource> iconSources() {
        List<IconSource> sources = new ArrayList<>();
        sources.add(new LibraryIconSource(icons, record -> Optional.empty()));
        household.connection().ifPresent(c -> sources.add(new PublicIconSource(IconCloud.of(c.api(), c.account()))));
        return sources;
    }

    static DraftTrack draftTrack(Track track) {
        return DraftTrack.fromLibrary(track.id(), track.title().isBlank() ? track.fileName() : track.title(),
                track.duration());
    }
}
