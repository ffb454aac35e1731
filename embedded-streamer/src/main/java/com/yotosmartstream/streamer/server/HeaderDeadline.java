package com.yotosmartstream.streamer.server;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.ssl.SslConnection;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Closes a connection that has not sent a whole request head within the deadline of its opening.
 * Jetty's idle timeout restarts with every byte, so a client that dribbles a header a byte at a
 * time held a connection for the full minute (issue 16: 100 such connections stayed open). Players
 * send their request at once. The outermost handler marks a connection once a request has reached
 * it; after that the idle timeout governs the connection as before. Jetty's own request count
 * starts at the request line, so it cannot tell a dribbled head from a whole one.
 */
final class HeaderDeadline extends Handler.Wrapper implements Connection.Listener {

    private static final Logger LOG = LoggerFactory.getLogger(HeaderDeadline.class);

    private final Duration deadline;
    private final Set<Connection> answered = ConcurrentHashMap.newKeySet();

    /** Watches the connectors it is added to; the handler it wraps is set before the server starts. */
    HeaderDeadline(Duration deadline) {
        this.deadline = deadline;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        answered.add(request.getConnectionMetaData().getConnection());
        return super.handle(request, response, callback);
    }

    @Override
    public void onOpened(Connection connection) {
        if (connection instanceof SslConnection) {
            return; // the TLS layer: the HTTP connection inside it is opened, and watched, too
        }
        getServer().getScheduler().schedule(() -> expire(connection), deadline.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void onClosed(Connection connection) {
        answered.remove(connection);
    }

    private void expire(Connection connection) {
        if (connection.getEndPoint().isOpen() && !answered.contains(connection)) {
            LOG.debug("Closing a connection from {} that sent no whole request within {} ms",
                    connection.getEndPoint().getRemoteSocketAddress(), deadline.toMillis());
            connection.getEndPoint().close(); // no answer: the head never came (Connection.close would send a 500)
        }
    }
}
