package com.yotosmartstream.client.mqtt;

import static org.assertj.core.api.Assertions.assertThat;

import com.yotosmartstream.client.sim.SimulatedBroker;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** MQTT over WebSocket and TLS, as with Yoto's broker, with the certificate really checked. */
class SecureWebSocketTest {

    private static final String PASSWORD = "test-only-password";

    @TempDir
    Path temp;

    private HouseholdFixture fixture;
    private Path keyStore;

    @BeforeEach
    void start() throws Exception {
        keyStore = temp.resolve("broker.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "broker", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=127.0.0.1", "-ext", "san=ip:127.0.0.1", "-storetype", "PKCS12",
                "-keystore", keyStore.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD)
                .redirectErrorStream(true).start();
        keytool.getInputStream().readAllBytes();
        assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(keytool.exitValue()).isZero();
        fixture = new HouseholdFixture(temp, new SimulatedBroker.Tls(keyStore, PASSWORD));
        fixture.household.addPlayer("y1secure", "Bedroom", "v3");
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    private SSLSocketFactory trusting(Path store) throws Exception {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            keys.load(in, PASSWORD.toCharArray());
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(keys);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context.getSocketFactory();
    }

    @Test
    void theClientConnectsOverWssWhenItTrustsTheBrokersCertificate() throws Exception {
        assertThat(fixture.config.mqttUri().getScheme()).isEqualTo("wss");

        YotoMqtt mqtt = fixture.connect(HouseholdFixture.fastOptions(), trusting(keyStore), "y1secure");

        fixture.awaitState("y1secure", s -> s.batteryLevel().isPresent());
        assertThat(mqtt.send("y1secure", Command.volumeStep(4)).get(10, TimeUnit.SECONDS)).isEqualTo(CommandResult.OK);
    }

    @Test
    void anUntrustedCertificateIsRefusedAndRetried() {
        YotoMqtt mqtt = fixture.connect(HouseholdFixture.fastOptions(), (SSLSocketFactory) null, "y1secure");

        HouseholdFixture.await(() -> mqtt.connectionStatus("y1secure").map(ConnectionStatus::attempts).orElse(0) >= 2,
                "failed attempts");
        ConnectionStatus status = mqtt.connectionStatus("y1secure").orElseThrow();
        assertThat(status.connected()).isFalse();
        assertThat(status.reason()).hasValueSatisfying(r -> assertThat(r).contains("certificate is not trusted"));
        assertThat(fixture.states.get("y1secure").batteryLevel()).isEmpty();
    }
}
