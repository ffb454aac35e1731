package com.yotosmartstream.streamer.remote;

import com.yotosmartstream.core.storage.Database;
import com.yotosmartstream.core.storage.StorageException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who may use the remote page (ADR 0069): phones paired by a one-time code, each holding a secret
 * in a cookie; requests from the home network only unless the parent allows any address; off until
 * the first pairing (and again once every phone is revoked). Lives as long as the app; the server's
 * routes ({@link RemoteRoutes}) ask it on every request, so a revocation takes effect on the next one
 * and closes the phone's live stream.
 */
public final class RemoteAccess implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RemoteAccess.class);

    /** The link a phone opens to pair (in the QR code), and when it stops working. */
    public record PairingLink(URI url, Instant expires) {
        @Override
        public String toString() {
            return "PairingLink[expires=" + expires + "]"; // the link holds the code
        }
    }

    /** How a pairing attempt ended. */
    enum PairOutcome { PAIRED, REFUSED, TOO_MANY }

    /** A pairing attempt's answer: the new phone and its secret when paired; how long to wait when limited. */
    record PairAttempt(PairOutcome outcome, Optional<PairedPhones.Paired> paired, Duration retryAfter) {
    }

    private final PairedPhones phones;
    private final PairingCodes codes;
    private final PairingLimiter limiter;
    private final Predicate<String> local;
    private final BooleanSupplier allowAnySource;
    private final SecureRandom random = new SecureRandom();
    private final Map<Long, String> csrf = new ConcurrentHashMap<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final LiveStreams live;
    private volatile Optional<RemoteHousehold> household = Optional.empty();

    RemoteAccess(PairedPhones phones, Clock clock, Predicate<String> local, BooleanSupplier allowAnySource) {
        this.phones = phones;
        this.codes = new PairingCodes(clock);
        this.limiter = new PairingLimiter(clock);
        this.local = local;
        this.allowAnySource = allowAnySource;
        this.live = new LiveStreams(this);
    }

    /**
     * The remote page's access over the paired phones kept in {@code database}; reads the disk.
     *
     * @param allowAnySource read on every request: whether addresses outside the home network may use the page
     */
    public static RemoteAccess open(Database database, Clock clock, BooleanSupplier allowAnySource)
            throws StorageException {
        return new RemoteAccess(PairedPhones.load(database, clock), clock, SourcePolicy::isLocal, allowAnySource);
    }

    /** Where the page's players and commands come from (the app's dashboard); set once the app runs. */
    public void attach(RemoteHousehold household) {
        this.household = Optional.of(household);
        live.follow(household);
    }

    Optional<RemoteHousehold> household() {
        return household;
    }

    /** Whether the page answers at all: a phone is paired or a pairing is open. */
    public boolean enabled() {
        return phones.any() || codes.pending();
    }

    /** Opens a pairing (replacing an open one): the link to {@code base}'s pairing page, good once for 5 minutes. */
    public PairingLink startPairing(URI base) {
        PairingCodes.Code code = codes.issue();
        String root = base.toString().endsWith("/") ? base.toString().substring(0, base.toString().length() - 1)
                : base.toString();
        // the code travels in the fragment: the browser never sends it in a request line, so no log holds it
        PairingLink link = new PairingLink(URI.create(root + "/remote/pair#" + code.code()), code.expires());
        changed();
        return link;
    }

    public void cancelPairing() {
        codes.cancel();
        changed();
    }

    /** The open pairing's expiry, if one is open. */
    public Optional<Instant> pairingExpires() {
        return codes.current().map(PairingCodes.Code::expires);
    }

    /** Every paired phone, the one seen last first. */
    public List<PairedPhone> phones() {
        return phones.all();
    }

    /** Unpairs a phone: its next request is refused and its live stream closes now. */
    public void revoke(long phoneId) throws StorageException {
        phones.revoke(phoneId);
        csrf.remove(phoneId);
        live.closeAll(phoneId);
        LOG.info("A phone was unpaired from the remote page");
        changed();
    }

    /** Told (on the thread that made it) when a phone pairs or is revoked, or a pairing opens or closes. */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    private void changed() {
        listeners.forEach(Runnable::run);
    }

    // ---- for the routes ----

    boolean sourceAllowed(String remoteAddress) {
        return allowAnySource.getAsBoolean() || local.test(remoteAddress);
    }

    /** The paired phone holding {@code secret}; its last-seen time is kept. */
    Optional<PairedPhone> phone(String secret) {
        Optional<PairedPhone> phone = phones.find(secret);
        phone.ifPresent(p -> {
            try {
                phones.saveLastSeen(p);
            } catch (StorageException e) {
                LOG.debug("Could not keep when a phone was last seen: {}", e.getMessage());
            }
        });
        return phone;
    }

    boolean stillPaired(long phoneId) {
        return phones.paired(phoneId);
    }

    PairAttempt pair(String code, String source, String name) throws StorageException {
        Duration wait = limiter.retryAfter(source);
        if (!wait.isZero() && !wait.isNegative()) {
            return new PairAttempt(PairOutcome.TOO_MANY, Optional.empty(), wait);
        }
        if (!codes.redeem(code)) {
            limiter.failed(source);
            LOG.info("A pairing attempt with a wrong or expired code was refused");
            return new PairAttempt(PairOutcome.REFUSED, Optional.empty(), Duration.ZERO);
        }
        PairedPhones.Paired paired = phones.pair(name);
        LOG.info("A phone was paired with the remote page: {}", paired.phone().name());
        changed();
        return new PairAttempt(PairOutcome.PAIRED, Optional.of(paired), Duration.ZERO);
    }

    /** The phone's CSRF token for this run of the app (made on first use). */
    String csrfToken(long phoneId) {
        return csrf.computeIfAbsent(phoneId, id -> {
            byte[] bytes = new byte[24];
            random.nextBytes(bytes);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        });
    }

    boolean csrfMatches(long phoneId, String presented) {
        String expected = csrf.get(phoneId);
        return expected != null && presented != null && MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.US_ASCII), presented.getBytes(StandardCharsets.US_ASCII));
    }

    LiveStreams live() {
        return live;
    }

    /** Closes every live stream (at exit). */
    @Override
    public void close() {
        live.close();
    }
}
