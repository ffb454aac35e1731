package com.yotosmartstream.app.ui;

import com.yotosmartstream.client.model.Card;
import com.yotosmartstream.client.model.Chapter;
import com.yotosmartstream.client.model.Track;
import com.yotosmartstream.client.sim.SimulatedHousehold;
import com.yotosmartstream.client.sim.VirtualPlayer;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Four virtual players (the demo's names and families) and a bedtime card of four chapters, in real time. */
final class RemoteHousehold4 {

    static final String[] NAMES = {"Bedroom", "Kitchen", "Playroom", "Living room"};
    static final String[] CHAPTERS = {"The sleepy owl", "A boat made of moonlight", "Counting clouds",
            "The quiet forest"};

    final SimulatedHousehold household = SimulatedHousehold.start(Clock.systemUTC());
    final List<VirtualPlayer> players = new ArrayList<>();
    final String bedtimeCard;

    RemoteHousehold4() {
        String[] families = {"v3", "mini", "v3", "v2"};
        for (int i = 0; i < 4; i++) {
            VirtualPlayer player = household.addPlayer(String.format("remote%03d", i + 1), NAMES[i], families[i]);
            player.setBattery(95 - i * 23);
            players.add(player);
        }
        List<Chapter> chapters = new ArrayList<>();
        for (int i = 0; i < CHAPTERS.length; i++) {
            chapters.add(Chapter.of(String.format("%02d", i + 1), CHAPTERS[i], List.of(Track.stream("01", CHAPTERS[i],
                    household.silenceUrl(600).toString(), "mp3").withDuration(600))));
        }
        bedtimeCard = household.account().saveCard(Card.create("Bedtime stories", "linear", chapters).toJson())
                .orElseThrow().get("cardId").getAsString();
        household.run(Duration.ofMillis(500), 1.0); // the players' own time runs: positions move, timers count
    }
}
