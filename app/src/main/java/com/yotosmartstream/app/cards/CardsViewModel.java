package com.yotosmartstream.app.cards;

import com.yotosmartstream.app.household.HouseholdConnection;
import com.yotosmartstream.client.model.Card;
import com.yotosmartstream.client.model.PlayerInfo;
import com.yotosmartstream.client.mqtt.CardStart;
import com.yotosmartstream.client.mqtt.Command;
import com.yotosmartstream.client.mqtt.CommandResult;
import com.yotosmartstream.core.task.BackgroundTask;
import com.yotosmartstream.core.task.TaskExecutor;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Cards page: the account's own cards (refreshed on demand), the card editor, deleting, and
 * "play now" on a chosen player. Works on whichever household is connected: demo mode's simulated
 * one or the signed-in account.
 */
public final class CardsViewModel {

    private final ReadOnlyObjectProperty<HouseholdConnection> household;
    private final TaskExecutor executor;
    private final Executor ui;
    private final Runnable showDashboard;
    private final ObservableList<CardRow> cards = FXCollections.observableArrayList();
    private final ObservableList<PlayerInfo> players = FXCollections.observableArrayList();
    private final ObjectProperty<CardRow> selected = new SimpleObjectProperty<>();
    private final StringProperty status = new SimpleStringProperty("");
    /** After " cards" in the count the status shows ("" or " in the demo household"); null while it shows none. */
    private String counting;
    private String countShown = "";
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final CardEditorViewModel editor;
    private final ObservableList<DraftTrack> library = FXCollections.observableArrayList();
    private final javafx.collections.transformation.FilteredList<DraftTrack> shownLibrary = library.filtered(t -> true);
    private final StringProperty libraryFilter = new SimpleStringProperty("");
    private final TripModeViewModel tripMode;
    private final Function<HouseholdConnection, CardPublisher> publishers;
    private AutoCloseable cardChanges;

    /**
     * @param publishers makes the publisher of a household's account
     * @param library a library track's draft track by id
     * @param ui runs work on the UI thread (MQTT answers arrive elsewhere)
     * @param showDashboard opens the dashboard after "play now"
     */
    public CardsViewModel(ReadOnlyObjectProperty<HouseholdConnection> household,
            Function<HouseholdConnection, CardPublisher> publishers,
            Function<String, Optional<DraftTrack>> library, TaskExecutor executor, Executor ui, Runnable showDashboard) {
        this.household = household;
        this.executor = executor;
        this.ui = ui;
        this.showDashboard = showDashboard;
        this.publishers = publishers;
        CardEditorViewModel.PublisherSource source = new CardEditorViewModel.PublisherSource() {
            @Override
            public Optional<CardPublisher> get() {
                return Optional.ofNullable(household.get()).map(publishers);
            }

            @Override
            public String unavailableReason() {
                return "Not connected to a household yet: sign in (File > Sign in), or wait for demo mode to start.";
            }
        };
        editor = new CardEditorViewModel(library, source, executor, this::published);
        tripMode = new TripModeViewModel(cards, () -> Optional.ofNullable(household.get())
                .map(connection -> new OfflineReady(connection.api(), publishers.apply(connection), library)),
                executor, card -> ui.execute(() -> madeOfflineReady(card)));
        household.addListener((obs, old, now) -> {
            follow(now);
            refresh();
        });
        follow(household.get());
        libraryFilter.addListener((obs, old, text) -> {
            String[] words = text.toLowerCase(java.util.Locale.ROOT).strip().split("\\s+");
            shownLibrary.setPredicate(t -> java.util.Arrays.stream(words).allMatch(w -> t.title()
                    .toLowerCase(java.util.Locale.ROOT).contains(w)));
        });
        refresh();
    }

    /** Keeps the list fresh with the household's card changes (a story published as a card shows at once). */
    private void follow(HouseholdConnection connection) {
        if (cardChanges != null) {
            try {
                cardChanges.close();
            } catch (Exception e) {
                throw new IllegalStateException(e); // the handle only removes a listener: never thrown
            }
            cardChanges = null;
        }
        if (connection != null) {
            cardChanges = connection.addCardListener(change -> ui.execute(() -> cardChanged(change)));
        }
    }

    /** The status says how many cards there are (a card published or deleted elsewhere changes it too). */
    private void showCount() {
        countShown = cards.isEmpty() ? "No cards of your own yet: make one with New card."
                : CardEditorViewModel.count(cards.size(), "card") + counting;
        status.set(countShown);
    }

    private void cardChanged(HouseholdConnection.CardChange change) {
        cardListChanged(change);
        if (counting != null && !loading.get() && status.get().equals(countShown)) { // no other message replaced by it
            showCount(); // e.g. demo mode's sample story, published in the background (ADR 0088)
        }
    }

    private void cardListChanged(HouseholdConnection.CardChange change) {
        if (change.card().isEmpty()) {
            cards.removeIf(r -> r.cardId().equals(change.cardId()));
            return;
        }
        CardRow row = CardRow.of(change.card().get());
        if (cards.contains(row)) {
            return;
        }
        CardRow keep = selected.get();
        cards.removeIf(r -> r.cardId().equals(row.cardId()));
        cards.add(row);
        cards.sort(Comparator.comparing(CardRow::title, String.CASE_INSENSITIVE_ORDER));
        if (keep != null && keep.cardId().equals(row.cardId())) {
            selected.set(row);
        }
    }

    /** The library's tracks that cards can use (called on the UI thread when the library changes). */
    public void setLibrary(List<DraftTrack> tracks) {
        library.setAll(tracks);
    }

    /** The library's tracks the search lets through. */
    public ObservableList<DraftTrack> libraryTracks() {
        return shownLibrary;
    }

    public StringProperty libraryFilterProperty() {
        return libraryFilter;
    }

    public CardEditorViewModel editor() {
        return editor;
    }

    /** Lists the account's own cards again. */
    public void refresh() {
        HouseholdConnection connection = household.get();
        if (connection == null) {
            cards.clear();
            players.clear();
            status.set("Not connected to a household: sign in, or wait for demo mode to start.");
            return;
        }
        players.setAll(connection.players());
        loading.set(true);
        counting = null;
        status.set("Listing your cards\u2026");
        executor.submit(BackgroundTask.of("Listing your cards", ctx -> {
                    List<CardRow> rows = new java.util.ArrayList<>();
                    CardPublisher publisher = publishers.apply(connection);
                    for (Card card : connection.api().myCards()) {
                        CardRow row = CardRow.of(card);
                        rows.add(row.chapters() < 0 && row.delivery().startsWith("streamed")
                                ? row.fromHere(publisher.streamsFromHere(row.cardId())) : row);
                    }
                    return rows;
                })
                .onSuccess((List<CardRow> mine) -> {
                    loading.set(false);
                    String keep = selected.get() == null ? null : selected.get().cardId();
                    cards.setAll(mine.stream().sorted(Comparator.comparing(CardRow::title,
                            String.CASE_INSENSITIVE_ORDER)).toList());
                    cards.stream().filter(r -> r.cardId().equals(keep)).findFirst().ifPresent(selected::set);
                    counting = connection.demo() ? " in the demo household" : "";
                    showCount();
                }).onFailure(e -> {
                    loading.set(false);
                    status.set("Your cards could not be listed: " + e.getMessage());
                }));
    }

    /** Opens a card in the editor, fresh from Yoto. */
    public void open(CardRow row) {
        HouseholdConnection connection = household.get();
        if (connection == null) {
            return;
        }
        selected.set(row);
        executor.submit(BackgroundTask.of("Opening '" + row.title() + "'", ctx -> connection.api().card(row.cardId()))
                .onSuccess(card -> {
                    connection.putCard(card);
                    CardRow whole = CardRow.of(card); // the list had no chapters; now they are known
                    int at = cards.indexOf(row);
                    if (at >= 0) {
                        cards.set(at, whole);
                        selected.set(whole);
                    }
                    editor.open(card);
                })
                .onFailure(e -> status.set("'" + row.title() + "' could not be opened: " + e.getMessage())));
    }

    /** Opens a draft made elsewhere (the Library's audiobook card) in the editor, unsaved. */
    public void openDraft(CardDraft draft) {
        selected.set(null);
        editor.openDraft(draft);
        status.set("A new card from \u201c" + draft.title() + "\u201d with " + CardEditorViewModel.count(
                draft.chapters().size(), "chapter") + ": check it, then publish.");
    }

    public void newCard() {
        selected.set(null);
        editor.newCard(Delivery.STREAM);
    }

    /** Deletes a card on Yoto (the page asks first). */
    public void delete(CardRow row) {
        HouseholdConnection connection = household.get();
        if (connection == null) {
            return;
        }
        executor.submit(BackgroundTask.running("Deleting '" + row.title() + "'", ctx -> connection.api()
                .delete(row.cardId())).onSuccess(done -> {
                    connection.removeCard(row.cardId());
                    cards.remove(row);
                    if (editor.draft().cardId().filter(row.cardId()::equals).isPresent()) {
                        editor.newCard(Delivery.STREAM);
                    }
                    status.set("Deleted '" + row.title() + "'.");
                }).onFailure(e -> status.set("'" + row.title() + "' was not deleted: " + e.getMessage())));
    }

    /**
     * Starts the editor's card on a player, from a chapter (its position, or -1 for the start), and
     * opens the dashboard.
     */
    public void playNow(String deviceId, int chapter) {
        HouseholdConnection connection = household.get();
        Optional<String> cardId = editor.draft().cardId();
        if (connection == null || cardId.isEmpty()) {
            status.set("Publish the card first: only a card on Yoto can play.");
            return;
        }
        CardStart start = CardStart.of(cardId.get());
        if (chapter >= 0) {
            // The keys the published card holds (its whole content, from Yoto or from the publish),
            // never keys assumed from the chapter's position.
            List<com.yotosmartstream.client.model.Chapter> published = editor.publishedChapters();
            if (chapter >= published.size() || published.get(chapter).tracks().isEmpty()) {
                status.set("Chapter " + (chapter + 1) + " is not on the published card: publish it first.");
                return;
            }
            com.yotosmartstream.client.model.Chapter from = published.get(chapter);
            start = start.at(from.key(), from.tracks().get(0).key());
        }
        String name = connection.players().stream().filter(p -> p.deviceId().equals(deviceId)).map(PlayerInfo::name)
                .findFirst().orElse(deviceId);
        status.set("Starting '" + editor.draft().title() + "' on " + name + "\u2026");
        connection.send(deviceId, Command.start(start)).thenAccept(result -> ui.execute(() -> status.set(
                result == CommandResult.OK ? "Playing '" + editor.draft().title() + "' on " + name + "."
                        : result.describe(name))));
        showDashboard.run();
    }

    private void published(Card saved) {
        HouseholdConnection connection = household.get();
        if (connection != null) {
            connection.putCard(saved);
        }
        CardRow row = CardRow.of(saved);
        cards.removeIf(r -> r.cardId().equals(row.cardId()));
        cards.add(row);
        cards.sort(Comparator.comparing(CardRow::title, String.CASE_INSENSITIVE_ORDER));
        selected.set(row);
        status.set("Published '" + saved.title() + "'" + (connection != null && connection.demo()
                ? " to the demo household." : " to Yoto."));
    }

    /** A card trip mode saved: the list shows its new delivery, an open unchanged editor the new card. */
    private void madeOfflineReady(Card saved) {
        HouseholdConnection connection = household.get();
        if (connection != null) {
            connection.putCard(saved);
        }
        CardRow row = CardRow.of(saved);
        int at = -1;
        for (int i = 0; i < cards.size(); i++) {
            if (cards.get(i).cardId().equals(row.cardId())) {
                at = i;
            }
        }
        boolean wasSelected = selected.get() != null && selected.get().cardId().equals(row.cardId());
        if (at >= 0) {
            cards.set(at, row);
        } else {
            cards.add(row);
        }
        if (wasSelected) {
            selected.set(row);
        }
        if (editor.draft().cardId().filter(row.cardId()::equals).isPresent() && !editor.unsavedProperty().get()) {
            editor.open(saved);
        }
    }

    public TripModeViewModel tripMode() {
        return tripMode;
    }

    public ObservableList<CardRow> cards() {
        return cards;
    }

    public ObservableList<PlayerInfo> players() {
        return players;
    }

    public ObjectProperty<CardRow> selectedProperty() {
        return selected;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }
}
