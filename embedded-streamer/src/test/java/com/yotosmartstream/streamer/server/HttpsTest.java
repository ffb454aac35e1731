package com.yotosmartstream.streamer.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HTTPS with a user's certificate, as PKCS12 or PEM, and the messages for certificates that cannot work. */
class HttpsTest {

    private static final char[] PASSWORD = "s3cret-pass".toCharArray();

    @TempDir
    static Path dir;
    static Path p12;
    static Path otherP12;

    @BeforeAll
    static void makeCertificates() throws Exception {
        p12 = keytool("server.p12");
        otherP12 = keytool("other.p12");
    }

    /** A self-signed RSA certificate for 127.0.0.1, made by the JDK's keytool. */
    private static Path keytool(String name) throws Exception {
        Path file = dir.resolve(name);
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "stream", "-keyalg", "RSA", "-keysize", "2048", "-dname", "CN=127.0.0.1",
                "-ext", "SAN=ip:127.0.0.1", "-validity", "30", "-storetype", "PKCS12", "-keystore", file.toString(),
                "-storepass", new String(PASSWORD), "-keypass", new String(PASSWORD))
                .redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
        return file;
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der) + "\n-----END " + type + "-----\n";
    }

    private static KeyStore load(Path file) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (var in = Files.newInputStream(file)) {
            store.load(in, PASSWORD);
        }
        return store;
    }

    private static HttpClient trusting(X509Certificate certificate) throws Exception {
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("server", certificate);
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(trust);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, factory.getTrustManagers(), null);
        return HttpClient.newBuilder().sslContext(context).version(HttpClient.Version.HTTP_1_1).build();
    }

    private static void assertServesOverHttps(TlsCertificate certificate, Path data) throws Exception {
        try (ServerFixture fixture = new ServerFixture(data, Optional.of(certificate))) {
            byte[] bytes = fixture.addTrack("00000000000000ff", 200_000);
            URI url = fixture.url(fixture.tokens.library(), "00000000000000ff");
            assertThat(url.getScheme()).isEqualTo("https");
            HttpResponse<byte[]> response = trusting(certificate.certificate()).send(
                    HttpRequest.newBuilder(url).header("Range", "bytes=150000-").build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).isEqualTo(206);
            assertThat(response.body()).isEqualTo(Arrays.copyOfRange(bytes, 150_000, 200_000));
        }
    }

    @Test
    void aPkcs12CertificateServesHttps() throws Exception {
        TlsCertificate certificate = TlsCertificate.fromPkcs12(p12, PASSWORD);

        assertThat(certificate.describe()).contains("CN=127.0.0.1");
        assertServesOverHttps(certificate, Files.createDirectories(dir.resolve("p12-data")));
    }

    @Test
    void pemFilesWithAPkcs8KeyServeHttps() throws Exception {
        KeyStore store = load(p12);
        X509Certificate cert = (X509Certificate) store.getCertificate("stream");
        PrivateKey key = (PrivateKey) store.getKey("stream", PASSWORD);
        Path certFile = Files.writeString(dir.resolve("fullchain.pem"), pem("CERTIFICATE", cert.getEncoded()));
        Path keyFile = Files.writeString(dir.resolve("privkey.pem"), pem("PRIVATE KEY", key.getEncoded()));

        assertServesOverHttps(TlsCertificate.fromPem(certFile, keyFile), Files.createDirectories(dir.resolve("pem-data")));
    }

    @Test
    void aPkcs1RsaKeyIsAcceptedToo() throws Exception {
        KeyStore store = load(p12);
        X509Certificate cert = (X509Certificate) store.getCertificate("stream");
        byte[] pkcs8 = ((PrivateKey) store.getKey("stream", PASSWORD)).getEncoded();
        byte[] pkcs1 = Arrays.copyOfRange(pkcs8, 26, pkcs8.length); // the RSAPrivateKey inside the PKCS#8 wrapper
        Path certFile = Files.writeString(dir.resolve("cert1.pem"), pem("CERTIFICATE", cert.getEncoded()));
        Path keyFile = Files.writeString(dir.resolve("rsa.pem"), pem("RSA PRIVATE KEY", pkcs1));

        TlsCertificate certificate = TlsCertificate.fromPem(certFile, keyFile);

        assertThat(certificate.certificate()).isEqualTo(cert);
    }

    @Test
    void aWrongPasswordSaysSoWithoutRepeatingIt() {
        assertThatThrownBy(() -> TlsCertificate.fromPkcs12(p12, "wrong-one".toCharArray()))
                .isInstanceOf(TlsCertificate.CertificateProblem.class)
                .hasMessageContaining("password").hasMessageNotContaining("wrong-one");
    }

    @Test
    void aKeyThatBelongsToAnotherCertificateIsRefused() throws Exception {
        X509Certificate cert = (X509Certificate) load(p12).getCertificate("stream");
        PrivateKey otherKey = (PrivateKey) load(otherP12).getKey("stream", PASSWORD);
        Path certFile = Files.writeString(dir.resolve("mismatch-cert.pem"), pem("CERTIFICATE", cert.getEncoded()));
        Path keyFile = Files.writeString(dir.resolve("mismatch-key.pem"), pem("PRIVATE KEY", otherKey.getEncoded()));

        assertThatThrownBy(() -> TlsCertificate.fromPem(certFile, keyFile))
                .hasMessageContaining("does not belong to the certificate");
    }

    @Test
    void filesThatAreNotWhatTheySeemGetAClearMessage() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.txt"), "hello");
        Path encrypted = Files.writeString(dir.resolve("enc.pem"), pem("ENCRYPTED PRIVATE KEY", new byte[] {1, 2, 3}));

        assertThatThrownBy(() -> TlsCertificate.fromPkcs12(text, PASSWORD)).hasMessageContaining("not a PKCS12");
        assertThatThrownBy(() -> TlsCertificate.fromPem(text, text)).hasMessageContaining("no PEM certificate");
        assertThatThrownBy(() -> TlsCertificate.fromPem(dir.resolve("nowhere.pem"), text))
                .hasMessageContaining("Cannot read the certificate file");
        Path certFile = Files.writeString(dir.resolve("only-cert.pem"),
                pem("CERTIFICATE", load(p12).getCertificate("stream").getEncoded()));
        assertThatThrownBy(() -> TlsCertificate.fromPem(certFile, text)).hasMessageContaining("no PEM private key");
        assertThatThrownBy(() -> TlsCertificate.fromPem(certFile, encrypted)).hasMessageContaining("passphrase");
    }
}
