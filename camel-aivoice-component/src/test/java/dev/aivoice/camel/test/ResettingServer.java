package dev.aivoice.camel.test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A raw TCP server on 127.0.0.1 that resets every connection (RST, not a clean close): either once the request
 * line and headers arrived, before the body is read, or once the whole body arrived. Counts both.
 */
public final class ResettingServer implements AutoCloseable {

    public enum When { BEFORE_BODY, AFTER_BODY }

    private final ServerSocket socket;
    private final When when;
    private final AtomicInteger connections = new AtomicInteger();
    private final AtomicInteger completeRequests = new AtomicInteger();
    private final Thread acceptor;

    public ResettingServer(When when) throws IOException {
        this.when = when;
        this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.acceptor = new Thread(this::acceptAll, "resetting-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private void acceptAll() {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept()) {
                connections.incrementAndGet();
                int contentLength = readHeaders(client.getInputStream());
                if (when == When.AFTER_BODY) {
                    client.getInputStream().readNBytes(contentLength);
                    completeRequests.incrementAndGet();
                }
                client.setSoLinger(true, 0);
            } catch (IOException closedOrGone) {
                // the server is closing, or the client gave up first
            }
        }
    }

    /** Reads up to the blank line; returns the Content-Length (0 when absent). */
    private static int readHeaders(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            head.write(b);
            String text = head.toString(StandardCharsets.ISO_8859_1);
            if (text.endsWith("\r\n\r\n")) {
                for (String line : text.split("\r\n")) {
                    if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                        return Integer.parseInt(line.substring(15).trim());
                    }
                }
                return 0;
            }
        }
        return 0;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + socket.getLocalPort();
    }

    public int connections() {
        return connections.get();
    }

    public int completeRequests() {
        return completeRequests.get();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
