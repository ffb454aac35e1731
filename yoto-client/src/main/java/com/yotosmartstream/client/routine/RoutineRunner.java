package com.yotosmartstream.client.routine;

import com.yotosmartstream.client.YotoException;
import com.yotosmartstream.client.api.YotoApi;
import com.yotosmartstream.client.model.Alarm;
import com.yotosmartstream.client.model.Card;
import com.yotosmartstream.client.model.Chapter;
import com.yotosmartstream.client.model.PlayerConfig;
import com.yotosmartstream.client.model.PlayerInfo;
import com.yotosmartstream.client.mqtt.CardStart;
import com.yotosmartstream.client.mqtt.Command;
import com.yotosmartstream.client.mqtt.CommandResult;
import com.yotosmartstream.client.mqtt.YotoMqtt;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a {@link Routine} on a household: for each of its players, in order, each step, and says
 * what each did. A player that is offline is skipped, step by step, and said so (nothing is sent
 * or written to it). Commands go through the client's MQTT connection and wait for the player's
 * reply (matched by request id, {@code PendingCommands}); config steps read the player's block,
 * change only their keys and write the whole block back ({@link YotoApi#updateConfig}), so
 * every other setting is kept. Blocking: run it in the background.
 */
public final class RoutineRunner {

    private static final Logger LOG = LoggerFactory.getLogger(RoutineRunner.class);
    /** Longer than any command timeout: the client answers TIMED_OUT itself before this. */
    private static final Duration LAST_RESORT = Duration.ofMinutes(2);

    /** A card with its chapters and keys (the lists carry none: ADR 0042). */
    @FunctionalInterface
    public interface WholeCards {
        Card get(String cardId) throws YotoException, InterruptedException;
    }

    private final YotoApi api;
    private final YotoMqtt mqtt;
    private final List<PlayerInfo> players;
    private final WholeCards cards;

    public RoutineRunner(YotoApi api, YotoMqtt mqtt, List<PlayerInfo> players, WholeCards cards) {
        this.api = api;
        this.mqtt = mqtt;
        this.players = List.copyOf(players);
        this.cards = cards;
    }

    /** Runs every step on every player; {@code progress} hears each outcome as it happens. */
    public RoutineReport run(Routine routine, Consumer<StepOutcome> progress) throws InterruptedException {
        List<StepOutcome> outcomes = new ArrayList<>();
        for (String deviceId : routine.players()) {
            Optional<PlayerInfo> player = players.stream().filter(p -> p.deviceId().equals(deviceId)).findFirst();
            boolean online = player.isPresent() && mqtt.states().isOnline(deviceId);
            String name = player.map(PlayerInfo::name).orElse(deviceId);
            for (int i = 0; i < routine.steps().size(); i++) {
                RoutineStep step = routine.steps().get(i);
                StepOutcome outcome;
                if (player.isEmpty()) {
                    outcome = new StepOutcome(deviceId, name, i, step.describe(), StepOutcome.Result.FAILED,
                            "this player is not in the household any more");
                } else if (!online) {
                    outcome = new StepOutcome(deviceId, name, i, step.describe(), StepOutcome.Result.OFFLINE,
                            "");
                } else {
                    outcome = run(player.get(), i, step);
                }
                outcomes.add(outcome);
                progress.accept(outcome);
            }
        }
        RoutineReport report = new RoutineReport(routine.name(), outcomes);
        LOG.info("Ran the routine {}", report.summary());
        return report;
    }

    private StepOutcome run(PlayerInfo player, int index, RoutineStep step) throws InterruptedException {
        String id = player.deviceId();
        try {
            Optional<String> failure;
            if (step instanceof RoutineStep.NightLight s) {
                failure = player.capabilities().ambientLight() ? command(player, nightLight(s.colour()))
                        : Optional.of(player.name() + " has no night light");
            } else if (step instanceof RoutineStep.SetVolume s) {
                failure = command(player, Command.volumeStep(s.step()));
            } else if (step instanceof RoutineStep.SleepTimer s) {
                failure = command(player, Command.sleepTimer(Duration.ofMinutes(s.minutes())));
            } else if (step instanceof RoutineStep.PlayCard s) {
                Optional<CardStart> start = start(s);
                failure = start.isEmpty() ? Optional.of("the card has no chapter " + s.chapterKey().orElse(""))
                        : command(player, Command.start(start.get()));
            } else if (step instanceof RoutineStep.VolumeLimit s) {
                failure = config(id, c -> c.with(s.night() ? PlayerConfig.NIGHT_MAX_VOLUME_LIMIT
                        : PlayerConfig.MAX_VOLUME_LIMIT, Integer.toString(s.step())));
            } else if (step instanceof RoutineStep.DayAndNight s) {
                failure = config(id, c -> c.with(PlayerConfig.DAY_TIME, RoutineStep.hhmm(s.dayStarts()))
                        .with(PlayerConfig.NIGHT_TIME, RoutineStep.hhmm(s.nightStarts())));
            } else if (step instanceof RoutineStep.WakeAlarm s) {
                failure = config(id, c -> c.withAlarms(withAlarm(c.alarms(), s.alarm())));
            } else {
                throw new IllegalStateException("Unknown step " + step);
            }
            return new StepOutcome(id, player.name(), index, step.describe(),
                    failure.isEmpty() ? StepOutcome.Result.DONE : StepOutcome.Result.FAILED, failure.orElse(""));
        } catch (YotoException e) {
            return new StepOutcome(id, player.name(), index, step.describe(), StepOutcome.Result.FAILED,
                    "Yoto did not take it: " + e.getMessage());
        }
    }

    /** Sends the command and waits for the player's answer; the reason when it was not OK. */
    private Optional<String> command(PlayerInfo player, Command command) throws InterruptedException {
        CommandResult result;
        try {
            result = mqtt.send(player.deviceId(), command).get(LAST_RESORT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            result = CommandResult.TIMED_OUT;
        }
        return result == CommandResult.OK ? Optional.empty() : Optional.of(result.describe(player.name()));
    }

    private Optional<String> config(String deviceId, UnaryOperator<PlayerConfig> change)
            throws YotoException, InterruptedException {
        api.updateConfig(deviceId, change);
        return Optional.empty();
    }

    private Optional<CardStart> start(RoutineStep.PlayCard step) throws YotoException, InterruptedException {
        CardStart start = CardStart.of(step.cardId());
        if (step.chapterKey().isEmpty()) {
            return Optional.of(start);
        }
        Card card = cards.get(step.cardId());
        for (Chapter chapter : card.chapters()) {
            if (chapter.key().equals(step.chapterKey().get()) && !chapter.tracks().isEmpty()) {
                return Optional.of(start.at(chapter.key(), chapter.tracks().get(0).key()));
            }
        }
        return Optional.empty();
    }

    /** The alarms with {@code alarm} in place of one of the same days, time and card, else added. */
    static List<Alarm> withAlarm(List<Alarm> alarms, Alarm alarm) {
        List<Alarm> next = new ArrayList<>(alarms);
        for (int i = 0; i < next.size(); i++) {
            Alarm old = next.get(i);
            if (old.readable() && old.days().equals(alarm.days()) && old.time().equals(alarm.time())
                    && old.sound().equals(alarm.sound())) {
                next.set(i, old.withVolume(alarm.volume().orElse(0)).withEnabled(true));
                return next;
            }
        }
        next.add(alarm);
        return next;
    }

    private static Command nightLight(String colour) {
        int rgb = Integer.parseInt(colour.substring(1), 16);
        return Command.ambientLight(rgb >> 16 & 0xff, rgb >> 8 & 0xff, rgb & 0xff);
    }
}
