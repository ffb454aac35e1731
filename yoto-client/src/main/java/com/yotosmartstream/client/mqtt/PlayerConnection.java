package com.yotosmartstream.client.mqtt;

import com.google.gson.JsonObject;
import com.yotosmartstream.client.YotoException;
import com.yotosmartstream.client.auth.SignInRequiredException;
import com.yotosmartstream.client.auth.TokenManager;
import com.yotosmartstream.client.traffic.TrafficTap;
import com.yotosmartstream.core.task.SerialExecutor;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javax.net.ssl.SSLSocketFactory;
import org.eclipse.paho.client.mqttv3.IMqttActionListener;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.IMqttToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttCallback;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One player's MQTT connection. Every Paho operation runs on this connection's serial control
 * executor; Paho's callbacks only parse and hand off to it (or to the inbound executor). On any
 * loss it reconnects with exponential backoff and a fresh token, and resubscribes.
 */
final class PlayerConnection implements MessageRouter.Responses {

    private static final Logger LOG = LoggerFactory.getLogger(PlayerConnection.class);
    static final String AUTHORIZER = "?x-amz-customauthorizer-name=PublicJWTAuthorizer";

    private final String deviceId;
    private final URI broker;
    private final TokenManager tokens;
    private final MqttOptions options;
    private final SSLSocketFactory tls;
    private final ScheduledExecutorService scheduler;
    private final Executor control;
    private final Executor inbound;
    private final MessageRouter router;
    private final PendingCommands pending;
    private final Consumer<ConnectionStatus> statusListener;
    private final TrafficTap traffic;

    // guarded by running on `control`
    private MqttAsyncClient client;
    private ConnectionState state = ConnectionState.CONNECTING;
    private int attempts;
    private boolean renewToken;
    private String lastToken;
    private ScheduledFuture<?> heartbeat;
    private ScheduledFuture<?> retry;
    private ScheduledFuture<?> statusTimeout;
    private boolean statusInFlight;
    private boolean statusWanted;
    private long generation;
    private java.time.Instant retryAt;

    PlayerConnection(String deviceId, URI broker, TokenManager tokens, MqttOptions options, SSLSocketFactory tls,
            ScheduledExecutorService scheduler, Executor inbound, MessageRouter router,
            Consumer<ConnectionStatus> statusListener, TrafficTap traffic) {
        this.deviceId = deviceId;
        this.traffic = traffic;
        this.broker = broker;
        this.tokens = tokens;
        this.options = options;
        this.tls = tls;
        this.scheduler = scheduler;
        this.control = new SerialExecutor("mqtt-" + deviceId, scheduler);
        this.inbound = inbound;
        this.router = router;
        this.pending = new PendingCommands(options.commandTimeout(), options.requestIds());
        this.statusListener = statusListener;
    }

    String deviceId() {
        return deviceId;
    }

    void start() {
        control.execute(this::connect);
    }

    /** Publishes a command; the future ends with the player's answer, a timeout, or NOT_SENT. */
    CompletableFuture<CommandResult> send(Command command) {
        CompletableFuture<CommandResult> result = new CompletableFuture<>();
        control.execute(() -> {
            if (state != ConnectionState.CONNECTED) {
                result.complete(CommandResult.NOT_SENT);
                return;
            }
            if (!publish(command, result)) {
                result.complete(CommandResult.NOT_SENT);
            }
        });
        return result;
    }

    /** Asks for the player's status; requests go one at a time, and those asked meanwhile merge into one. */
    void requestStatus() {
        control.execute(() -> {
            statusWanted = true;
            sendStatusIfIdle();
        });
    }

    @Override
    public void answer(JsonObject status) {
        // a status request's own answer does not free the next one: its data/status does
        // (cdnninja/yoto_api PR #201 waits for the status reply, since back-to-back requests lose one)
        pending.answer(status);
    }

    @Override
    public void statusArrived() {
        control.execute(() -> {
            if (statusTimeout != null) {
                statusTimeout.cancel(false);
            }
            statusInFlight = false;
            sendStatusIfIdle();
        });
    }

    void close() {
        CompletableFuture<Void> done = new CompletableFuture<>();
        control.execute(() -> {
            state = ConnectionState.CLOSED;
            cancelTimers();
            dropClient(true);
            pending.abandonAll(CommandResult.NOT_SENT);
            report(null);
            done.complete(null);
        });
        try {
            done.get(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            LOG.warn("Closing the connection to player {} took too long", deviceId);
        }
    }

    // ---- on the control executor ----

    private void connect() {
        if (state == ConnectionState.CLOSED) {
            return;
        }
        state = ConnectionState.CONNECTING;
        report(null);
        String token;
        try {
            token = renewToken && lastToken != null ? tokens.renewAfterRejection(lastToken) : tokens.accessToken();
        } catch (SignInRequiredException e) {
            state = ConnectionState.SIGNED_OUT;
            report(e.getMessage());
            return;
        } catch (YotoException e) {
            retryLater(e.getMessage());
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        renewToken = false;
        lastToken = token;
        long thisGeneration = ++generation;
        try {
            dropClient(false);
            client = new MqttAsyncClient(broker.toString(), clientId(), new MemoryPersistence());
            client.setCallback(new Callback(thisGeneration));
            client.connect(connectOptions(token), null, new IMqttActionListener() {
                @Override
                public void onSuccess(IMqttToken asyncActionToken) {
                    control.execute(() -> connected(thisGeneration));
                }

                @Override
                public void onFailure(IMqttToken asyncActionToken, Throwable exception) {
                    control.execute(() -> connectFailed(thisGeneration, exception));
                }
            });
        } catch (MqttException | IllegalArgumentException e) {
            connectFailed(thisGeneration, e);
        }
    }

    private MqttConnectOptions connectOptions(String token) {
        MqttConnectOptions connect = new MqttConnectOptions();
        connect.setUserName(deviceId + AUTHORIZER);
        connect.setPassword(token.toCharArray());
        connect.setCleanSession(true);
        connect.setAutomaticReconnect(false);
        connect.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1_1);
        connect.setKeepAliveInterval((int) options.keepAlive().toSeconds());
        connect.setConnectionTimeout((int) Math.max(1, options.connectTimeout().toSeconds()));
        connect.setMaxInflight(1000);
        connect.setHttpsHostnameVerificationEnabled(true);
        if (tls != null) {
            connect.setSocketFactory(tls);
        }
        return connect;
    }

    private void connected(long thisGeneration) {
        if (thisGeneration != generation || state == ConnectionState.CLOSED) {
            return;
        }
        String[] topics = Topics.subscriptions(deviceId).toArray(String[]::new);
        int[] qos = new int[topics.length];
        java.util.Arrays.fill(qos, 1);
        try {
            client.subscribe(topics, qos, null, new IMqttActionListener() {
                @Override
                public void onSuccess(IMqttToken asyncActionToken) {
                    control.execute(() -> subscribed(thisGeneration));
                }

                @Override
                public void onFailure(IMqttToken asyncActionToken, Throwable exception) {
                    control.execute(() -> connectFailed(thisGeneration, exception));
                }
            });
        } catch (MqttException e) {
            connectFailed(thisGeneration, e);
        }
    }

    private void subscribed(long thisGeneration) {
        if (thisGeneration != generation || state == ConnectionState.CLOSED) {
            return;
        }
        state = ConnectionState.CONNECTED;
        attempts = 0;
        report(null);
        LOG.info("Connected to player {} over MQTT", deviceId);
        publish(Command.eventsRequest());
        long beat = options.heartbeat().toMillis();
        heartbeat = scheduler.scheduleAtFixedRate(() -> control.execute(() -> {
            if (state == ConnectionState.CONNECTED && thisGeneration == generation) {
                publish(Command.eventsRequest());
            }
        }), beat, beat, TimeUnit.MILLISECONDS);
        statusInFlight = false;
        statusWanted = true;
        sendStatusIfIdle();
    }

    private void connectFailed(long thisGeneration, Throwable error) {
        if (thisGeneration != generation || state == ConnectionState.CLOSED) {
            return;
        }
        if (error instanceof MqttException mqtt && (mqtt.getReasonCode() == MqttException.REASON_CODE_FAILED_AUTHENTICATION
                || mqtt.getReasonCode() == MqttException.REASON_CODE_NOT_AUTHORIZED)) {
            renewToken = true;
        }
        dropClient(false);
        retryLater(describe(error));
    }

    private void lost(long thisGeneration, Throwable cause) {
        if (thisGeneration != generation || state == ConnectionState.CLOSED) {
            return;
        }
        LOG.info("Lost the MQTT connection to player {}: {}", deviceId, describe(cause));
        dropClient(false);
        pending.abandonAll(CommandResult.NOT_SENT);
        retryLater(describe(cause));
    }

    private void retryLater(String reason) {
        cancelTimers();
        Duration wait = options.backoff(attempts);
        long jittered = Math.max(1, (long) (wait.toMillis() * (0.8 + 0.4 * ThreadLocalRandom.current().nextDouble())));
        attempts++;
        state = ConnectionState.WAITING_TO_RETRY;
        retryAt = java.time.Instant.now().plusMillis(jittered);
        report(reason);
        retryAt = null;
        retry = scheduler.schedule(() -> control.execute(this::connect), jittered, TimeUnit.MILLISECONDS);
    }

    private void sendStatusIfIdle() {
        if (state != ConnectionState.CONNECTED || statusInFlight || !statusWanted) {
            return;
        }
        statusWanted = false;
        statusInFlight = true;
        publish(Command.statusRequest());
        statusTimeout = scheduler.schedule(this::statusArrived, options.statusReplyTimeout().toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** Publishes a command the client sends by itself; its answer is matched (and then forgotten) too. */
    private boolean publish(Command command) {
        return publish(command, null);
    }

    /** Publishes with a fresh request id; {@code result} (if any) ends with the player's answer. */
    private boolean publish(Command command, CompletableFuture<CommandResult> result) {
        PendingCommands.Sent sent = pending.register(command);
        if (result != null) {
            sent.future().whenComplete((r, e) -> result.complete(e == null ? r : CommandResult.NOT_SENT));
        }
        try {
            String topic = Topics.command(deviceId, command.name());
            byte[] payload = sent.payloadText().getBytes(java.nio.charset.StandardCharsets.UTF_8);
            traffic.mqttOut(topic, payload); // before it goes, so a quick reply is never recorded ahead of it
            client.publish(topic, payload, 1, false);
            return true;
        } catch (MqttException | RuntimeException e) {
            LOG.warn("Could not send {} to player {}: {}", command.name(), deviceId, describe(e));
            return false;
        }
    }

    private void dropClient(boolean politely) {
        cancelHeartbeat();
        MqttAsyncClient old = client;
        client = null;
        if (old == null) {
            return;
        }
        try {
            if (old.isConnected()) {
                if (politely) {
                    old.disconnect(1000).waitForCompletion(2000);
                } else {
                    old.disconnectForcibly(0, 1000);
                }
            }
        } catch (MqttException e) {
            LOG.debug("Disconnecting from player {}: {}", deviceId, describe(e));
        }
        try {
            old.close(true);
        } catch (MqttException e) {
            LOG.debug("Closing the client for player {}: {}", deviceId, describe(e));
        }
    }

    private void cancelHeartbeat() {
        if (heartbeat != null) {
            heartbeat.cancel(false);
            heartbeat = null;
        }
    }

    private void cancelTimers() {
        cancelHeartbeat();
        if (retry != null) {
            retry.cancel(false);
        }
        if (statusTimeout != null) {
            statusTimeout.cancel(false);
        }
    }

    private void report(String reason) {
        statusListener.accept(new ConnectionStatus(deviceId, state, Optional.ofNullable(reason), attempts,
                Optional.ofNullable(retryAt)));
    }

    private static String clientId() {
        return "yss" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
    }

    private static String describe(Throwable error) {
        if (error == null) {
            return "the connection closed";
        }
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof javax.net.ssl.SSLException) {
                return "the broker's certificate is not trusted (check the date and time, and any proxy)";
            }
        }
        if (error instanceof MqttException mqtt) {
            return switch (mqtt.getReasonCode()) {
                case MqttException.REASON_CODE_FAILED_AUTHENTICATION, MqttException.REASON_CODE_NOT_AUTHORIZED ->
                        "the broker refused the sign-in; renewing it";
                case MqttException.REASON_CODE_SERVER_CONNECT_ERROR -> "cannot reach the broker";
                case MqttException.REASON_CODE_CLIENT_TIMEOUT -> "the broker did not answer in time";
                case MqttException.REASON_CODE_CONNECTION_LOST -> "the connection was lost";
                default -> "MQTT error " + mqtt.getReasonCode();
            };
        }
        return error.getClass().getSimpleName();
    }

    /** Paho's callback: parse and hand off, nothing else. */
    private final class Callback implements MqttCallback {
        private final long callbackGeneration;

        Callback(long callbackGeneration) {
            this.callbackGeneration = callbackGeneration;
        }

        @Override
        public void connectionLost(Throwable cause) {
            control.execute(() -> lost(callbackGeneration, cause));
        }

        @Override
        public void messageArrived(String topic, MqttMessage message) {
            traffic.mqttIn(topic, message.getPayload());
            router.route(topic, message.getPayload(), PlayerConnection.this).ifPresent(inbound::execute);
        }

        @Override
        public void deliveryComplete(IMqttDeliveryToken token) {
            // QoS 1 acknowledgements need nothing more
        }
    }
}
