package dev.aivoice.camel.test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An HTTP/1.1 server on 127.0.0.1 written on raw sockets, so that a test decides every byte of the answer and when
 * it comes (or does not): headers then silence, one chunk then silence, a huge body, a keep-alive connection closed
 * when idle. Each connection has its own thread; requests and connections are counted; closing stops everything.
 */
public final class RawHttpServer implements AutoCloseable {

    /** Answers one request whose head and body were read; returns false to close the connection afterwards. */
    @FunctionalInterface
    public interface Answer {
        boolean answer(String head, OutputStream out) throws IOException, InterruptedException;
    }

    private final ServerSocket socket;
    private final Answer answer;
    private final int idleCloseMillis;
    private final AtomicInteger connections = new AtomicInteger();
    private final AtomicInteger requests = new AtomicInteger();
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();

    /** @param idleCloseMillis a kept-alive connection idle this long is closed by the server (0: never) */
    public RawHttpServer(int idleCloseMillis, Answer answer) throws IOException {
        this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.answer = answer;
        this.idleCloseMillis = idleCloseMillis;
        Thread acceptor = new Thread(this::acceptAll, "raw-http-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private void acceptAll() {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                open.add(client);
                connections.incrementAndGet();
                Thread serving = new Thread(() -> serve(client), "raw-http-connection");
                serving.setDaemon(true);
                serving.start();
            } catch (IOException closing) {
                return;
            }
        }
    }

    private void serve(Socket client) {
        try (client) {
            InputStream in = client.getInputStream();
            OutputStream out = client.getOutputStream();
            boolean keepAlive = true;
            while (keepAlive) {
                client.setSoTimeout(idleCloseMillis);
                String head;
                try {
                    head = readHead(in);
                } catch (SocketTimeoutException idle) {
                    return;
                }
                if (head == null) {
                    return;
                }
                client.setSoTimeout(0);
                in.readNBytes(contentLength(head));
                requests.incrementAndGet();
                keepAlive = answer.answer(head, out);
                out.flush();
            }
        } catch (IOException | InterruptedException gone) {
            // the client dropped the connection, or the server is closing
        } finally {
            open.remove(client);
        }
    }

    /** The request line and headers, or null when the connection closed before a request. */
    public static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            head.write(b);
            int n = head.size();
            if (n >= 4 && b == '\n' && head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
                return head.toString(StandardCharsets.ISO_8859_1);
            }
        }
        return null;
    }

    public static int contentLength(String head) {
        for (String line : head.split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                return Integer.parseInt(line.substring(15).trim());
            }
        }
        return 0;
    }

    /** Writes a complete JSON answer that keeps the connection open. */
    public static boolean json(OutputStream out, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + bytes.length
                   + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.write(bytes);
        return true;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + socket.getLocalPort();
    }

    public int port() {
        return socket.getLocalPort();
    }

    public int connections() {
        return connections.get();
    }

    public int requests() {
        return requests.get();
    }

    @Override
    public void close() throws IOException {
        socket.close();
        for (Socket client : open) {
            client.close();
        }
    }
}
