package com.yotosmartstream.app.ui.cards;

import com.yotosmartstream.app.AppServices;
import com.yotosmartstream.app.cards.CardAudio;
import com.yotosmartstream.app.cards.CardIcons;
import com.yotosmartstream.app.cards.CardPublisher;
import com.yotosmartstream.app.cards.CardStore;
import com.yotosmartstream.app.cards.CardsViewModel;
import com.yotosmartstream.app.cards.DraftTrack;
import com.yotosmartstream.app.household.HouseholdService;
import com.yotosmartstream.icons.library.IconCloud;
import com.yotosmartstream.icons.library.IconLibrary;
import com.yotosmartstream.icons.library.IconRecord;
import com.yotosmartstream.icons.picker.IconSource;
import com.yotosmartstream.icons.picker.LibraryIconSource;
import com.yotosmartstream.icons.picker.PublicIconSource;
import com.yotosmartstream.streamer.library.Catalogue;
import com.yotosmartstream.streamer.library.Track;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;

/** Builds the Cards page on the app's services: the library, the icon library and the connected household. */
public final class CardsPages {

    private CardsPages() {
    }

    public static CardsPage create(AppServices services, HouseholdService household, Runnable showDashboard,
            CardsPage.Questions questions) {
        IconLibrary icons = new IconLibrary(services.database(), Clock.systemUTC());
        Catalogue catalogue = services.streamer().library().catalogue();
        CardsViewModel viewModel = new CardsViewModel(household.connectionProperty(), publishers(services),
                id -> catalogue.find(id).map(CardsPages::draftTrack),
                services.executor(), Platform::runLater, showDashboard);
        Runnable reload = () -> viewModel.setLibrary(catalogue.all().stream().map(CardsPages::draftTrack).sorted(java.util.Comparator.comparing(DraftTrack::title,
                        String.CASE_INSENSITIVE_ORDER)).toList());
        catalogue.addListener(() -> Platform.runLater(reload));
        var streamer = services.streamer();
        viewModel.editor().setStreamNote(() -> {
            var status = streamer.status();
            if (!status.running()) {
                return "The stream server is not running" + (status.problem().isBlank() ? "" : " (" + status.problem()
                        + ")") + ": start it in Settings > Streaming, or upload to Yoto instead.";
            }
            String base = status.base().map(Object::toString).orElse("this computer");
            boolean demo = household.connection().map(c -> c.demo()).orElse(false);
            return services.settings().get(com.yotosmartstream.streamer.StreamerSettings.PUBLIC_BASE_URL).isBlank()
                    && !demo ? "Players will fetch the audio from " + base + ". No public address is set, so players"
                    + " outside this network cannot reach it: set one in Settings > Streaming, or upload to Yoto."
                    : "Players will fetch the audio from " + base + ".";
        });
        streamer.addStatusListener(status -> Platform.runLater(viewModel.editor()::refreshDeliveryNote));
        household.connectionProperty().addListener((obs, old, now) -> viewModel.editor().refreshDeliveryNote());
        reload.run();
        CardsPage.ChapterIconSource pictures = new CardsPage.ChapterIconSource() {
            @Override
            public Optional<byte[]> libraryPng(long id) throws Exception {
                return icons.get(id).map(IconRecord::png);
            }

            @Override
            public Optional<String> yotoUrl(String reference) {
                return household.connection().flatMap(c -> c.iconUrl(reference));
            }
        };
        return new CardsPage(viewModel, services.executor(), pictures, () -> {
            List<IconSource> sources = new ArrayList<>();
            sources.add(new LibraryIconSource(icons, record -> Optional.empty()));
            household.connection().ifPresent(c -> sources.add(new PublicIconSource(IconCloud.of(c.api(),
                    c.account()))));
            return sources;
        }, questions);
    }

    /** The publisher of a household's account, on this app's library, server and icon library. */
    public static java.util.function.Function<com.yotosmartstream.app.household.HouseholdConnection, CardPublisher>
            publishers(AppServices services) {
        CardStore store = new CardStore(services.database(), Clock.systemUTC());
        IconLibrary icons = new IconLibrary(services.database(), Clock.systemUTC());
        return connection -> new CardPublisher(connection.api(), new CardAudio(services.streamer(),
                services.settings(), store, connection.account(), connection.demo()), new CardIcons(icons, store,
                connection.account(), connection::putIcon), store, services.streamer(), connection.account());
    }

    static DraftTrack draftTrack(Track track) {
        return DraftTrack.fromLibrary(track.id(), track.title().isBlank() ? track.fileName() : track.title(),
                track.duration());
    }
}
