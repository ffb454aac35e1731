package com.yotosmartstream.streamer.server;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A certificate and its private key for HTTPS, from a PKCS12 file (.p12/.pfx, with its password)
 * or from PEM files (a certificate chain and an unencrypted PKCS#8 or PKCS#1 RSA key, as
 * Let's Encrypt's {@code fullchain.pem} and {@code privkey.pem}). Problems are reported with what
 * to do about them; the password never appears in a message.
 */
public final class TlsCertificate {

    private static final String ALIAS = "stream";
    private static final Pattern PEM = Pattern.compile(
            "-----BEGIN ([A-Z0-9 ]+)-----([A-Za-z0-9+/=\\s]*?)-----END \\1-----");

    private final KeyStore keyStore;
    private final char[] password;
    private final X509Certificate certificate;

    private TlsCertificate(KeyStore keyStore, char[] password, X509Certificate certificate) {
        this.keyStore = keyStore;
        this.password = password;
        this.certificate = certificate;
    }

    /** Reads a PKCS12 key store holding one private key and its certificate chain. */
    public static TlsCertificate fromPkcs12(Path file, char[] password) throws CertificateProblem {
        byte[] bytes = read(file, "certificate file");
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(new ByteArrayInputStream(bytes), password);
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias)) {
                    PrivateKey key = (PrivateKey) store.getKey(alias, password);
                    Certificate[] chain = store.getCertificateChain(alias);
                    if (chain == null || chain.length == 0) {
                        break;
                    }
                    return build(key, toX509(chain), file);
                }
            }
            throw new CertificateProblem("The file " + file + " holds no private key with its certificate. Export"
                    + " the certificate together with its private key as PKCS12 (.p12 or .pfx).");
        } catch (UnrecoverableKeyException e) {
            throw wrongPassword(file, e);
        } catch (IOException e) {
            if (e.getCause() instanceof UnrecoverableKeyException || String.valueOf(e.getMessage()).contains("password")) {
                throw wrongPassword(file, e);
            }
            throw new CertificateProblem("The file " + file + " is not a PKCS12 certificate (" + e.getMessage()
                    + "). Choose a .p12 or .pfx file, or use PEM files.", e);
        } catch (GeneralSecurityException e) {
            throw new CertificateProblem("The certificate in " + file + " cannot be used (" + e.getMessage() + ").", e);
        }
    }

    /** Reads a PEM certificate chain (leaf first) and a PEM private key. */
    public static TlsCertificate fromPem(Path certificateFile, Path keyFile) throws CertificateProblem {
        String certText = new String(read(certificateFile, "certificate file"), StandardCharsets.US_ASCII);
        String keyText = new String(read(keyFile, "private key file"), StandardCharsets.US_ASCII);
        List<X509Certificate> chain = new ArrayList<>();
        try {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            Matcher m = PEM.matcher(certText);
            while (m.find()) {
                if (m.group(1).equals("CERTIFICATE")) {
                    chain.add((X509Certificate) factory.generateCertificate(new ByteArrayInputStream(der(m.group(2)))));
                }
            }
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new CertificateProblem("The certificate in " + certificateFile + " is damaged (" + e.getMessage()
                    + "). Copy it again from where it was issued.", e);
        }
        if (chain.isEmpty()) {
            throw new CertificateProblem("The file " + certificateFile + " holds no PEM certificate (no line"
                    + " -----BEGIN CERTIFICATE-----). Choose the certificate file, such as fullchain.pem.");
        }
        return build(privateKey(keyText, keyFile), chain.toArray(X509Certificate[]::new), certificateFile);
    }

    /** An in-memory key store holding the key under a fixed alias, for the server. */
    public KeyStore keyStore() {
        return keyStore;
    }

    public char[] password() {
        return password.clone();
    }

    /** The server's own certificate (the first of the chain). */
    public X509Certificate certificate() {
        return certificate;
    }

    /** "CN=example.org, valid until 2027-01-01T00:00:00Z". */
    public String describe() {
        return certificate.getSubjectX500Principal().getName() + ", valid until "
                + certificate.getNotAfter().toInstant();
    }

    public boolean expired(Instant now) {
        return certificate.getNotAfter().toInstant().isBefore(now);
    }

    private static TlsCertificate build(PrivateKey key, X509Certificate[] chain, Path source) throws CertificateProblem {
        if (!keyMatches(key, chain[0])) {
            throw new CertificateProblem("The private key does not belong to the certificate in " + source
                    + ". Choose the key that was made together with this certificate.");
        }
        try {
            char[] password = newPassword();
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(ALIAS, key, password, chain);
            return new TlsCertificate(store, password, chain[0]);
        } catch (GeneralSecurityException | IOException e) {
            throw new CertificateProblem("The certificate in " + source + " cannot be used (" + e.getMessage() + ").", e);
        }
    }

    private static char[] newPassword() {
        byte[] bytes = new byte[18];
        new java.security.SecureRandom().nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes).toCharArray();
    }

    private static boolean keyMatches(PrivateKey key, X509Certificate certificate) {
        String algorithm = switch (key.getAlgorithm()) {
            case "RSA" -> "SHA256withRSA";
            case "EC" -> "SHA256withECDSA";
            case "Ed25519", "EdDSA" -> "Ed25519";
            default -> null;
        };
        if (algorithm == null) {
            return key.getAlgorithm().equals(certificate.getPublicKey().getAlgorithm());
        }
        try {
            byte[] probe = "yoto-smart-stream".getBytes(StandardCharsets.US_ASCII);
            Signature signer = Signature.getInstance(algorithm);
            signer.initSign(key);
            signer.update(probe);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance(algorithm);
            verifier.initVerify(certificate.getPublicKey());
            verifier.update(probe);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static PrivateKey privateKey(String text, Path file) throws CertificateProblem {
        Matcher m = PEM.matcher(text);
        while (m.find()) {
            String type = m.group(1);
            try {
                switch (type) {
                    case "PRIVATE KEY" -> {
                        return pkcs8(der(m.group(2)));
                    }
                    case "RSA PRIVATE KEY" -> {
                        return KeyFactory.getInstance("RSA").generatePrivate(
                                new PKCS8EncodedKeySpec(rsaPkcs1ToPkcs8(der(m.group(2)))));
                    }
                    case "ENCRYPTED PRIVATE KEY" -> throw new CertificateProblem("The private key in " + file
                            + " is protected by a passphrase. Remove it first (openssl pkey -in key.pem -out"
                            + " plain-key.pem), or use a PKCS12 file with its password.");
                    case "EC PRIVATE KEY" -> throw new CertificateProblem("The private key in " + file
                            + " is in the old EC format. Convert it to PKCS#8 first (openssl pkcs8 -topk8 -nocrypt"
                            + " -in key.pem -out key8.pem).");
                    default -> {
                        // another block (a certificate in the same file): keep looking
                    }
                }
            } catch (GeneralSecurityException | IllegalArgumentException e) {
                throw new CertificateProblem("The private key in " + file + " is damaged or of an unknown kind ("
                        + e.getMessage() + ").", e);
            }
        }
        throw new CertificateProblem("The file " + file + " holds no PEM private key (no line -----BEGIN PRIVATE"
                + " KEY-----). Choose the key file, such as privkey.pem.");
    }

    private static PrivateKey pkcs8(byte[] der) throws GeneralSecurityException {
        PKCS8EncodedKeySpec spec = new PKCS8EncodedKeySpec(der);
        GeneralSecurityException last = null;
        for (String algorithm : new String[] {"RSA", "EC", "Ed25519"}) {
            try {
                return KeyFactory.getInstance(algorithm).generatePrivate(spec);
            } catch (GeneralSecurityException e) {
                last = e;
            }
        }
        throw last;
    }

    /** Wraps a PKCS#1 RSAPrivateKey in a PKCS#8 PrivateKeyInfo (version 0, rsaEncryption, NULL). */
    static byte[] rsaPkcs1ToPkcs8(byte[] pkcs1) {
        byte[] algorithm = {0x30, 0x0d, 0x06, 0x09, 0x2a, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xf7, 0x0d, 0x01,
            0x01, 0x01, 0x05, 0x00};
        byte[] version = {0x02, 0x01, 0x00};
        byte[] octets = derElement(0x04, pkcs1);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(version);
        body.writeBytes(algorithm);
        body.writeBytes(octets);
        return derElement(0x30, body.toByteArray());
    }

    private static byte[] derElement(int tag, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(tag);
        int length = content.length;
        if (length < 0x80) {
            out.write(length);
        } else {
            int bytes = length > 0xFFFFFF ? 4 : length > 0xFFFF ? 3 : length > 0xFF ? 2 : 1;
            out.write(0x80 | bytes);
            for (int i = bytes - 1; i >= 0; i--) {
                out.write(length >>> (8 * i));
            }
        }
        out.writeBytes(content);
        return out.toByteArray();
    }

    private static byte[] der(String base64) {
        return Base64.getMimeDecoder().decode(base64);
    }

    private static X509Certificate[] toX509(Certificate[] chain) throws CertificateProblem {
        X509Certificate[] out = new X509Certificate[chain.length];
        for (int i = 0; i < chain.length; i++) {
            if (!(chain[i] instanceof X509Certificate x509)) {
                throw new CertificateProblem("The certificate is not an X.509 certificate.");
            }
            out[i] = x509;
        }
        return out;
    }

    private static byte[] read(Path file, String what) throws CertificateProblem {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(1 << 20);
        } catch (IOException e) {
            throw new CertificateProblem("Cannot read the " + what + " " + file + " (" + e.getMessage()
                    + "). Check the path and that the app may read it.", e);
        }
    }

    private static CertificateProblem wrongPassword(Path file, Exception cause) {
        return new CertificateProblem("The password for " + file + " is wrong. Type the password the certificate"
                + " was exported with.", cause);
    }

    /** The certificate cannot be used; the message says why and what to do. */
    public static final class CertificateProblem extends Exception {
        private static final long serialVersionUID = 1L;

        public CertificateProblem(String message) {
            super(message);
        }

        public CertificateProblem(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
