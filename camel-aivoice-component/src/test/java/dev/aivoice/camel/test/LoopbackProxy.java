package dev.aivoice.camel.test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A small HTTP proxy on 127.0.0.1 with Basic authentication: it forwards plain requests given in absolute form
 * ({@code POST http://host:port/path}) and tunnels {@code CONNECT host:port} (how https goes through a proxy).
 * Without the right {@code Proxy-Authorization} it answers 407. It records the request lines it let through.
 */
public final class LoopbackProxy implements AutoCloseable {

    private final ServerSocket socket;
    private final String expectedAuthorization;
    private final List<String> forwarded = new CopyOnWriteArrayList<>();
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();

    public LoopbackProxy(String user, String password) throws IOException {
        this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.expectedAuthorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        start(this::acceptAll);
    }

    private static void start(Runnable task) {
        Thread thread = new Thread(task, "loopback-proxy");
        thread.setDaemon(true);
        thread.start();
    }

    private void acceptAll() {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                open.add(client);
                start(() -> serve(client));
            } catch (IOException closing) {
                return;
            }
        }
    }

    private void serve(Socket client) {
        try (client) {
            InputStream in = client.getInputStream();
            OutputStream out = client.getOutputStream();
            String head = RawHttpServer.readHead(in);
            if (head == null) {
                return;
            }
            byte[] body = in.readNBytes(RawHttpServer.contentLength(head));
            String[] lines = head.split("\r\n");
            String requestLine = lines[0];
            if (!authorized(lines)) {
                out.write(("HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm=\"test\"\r\n"
                           + "Content-Length: 0\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
                return;
            }
            forwarded.add(requestLine);
            String[] parts = requestLine.split(" ");
            if ("CONNECT".equals(parts[0])) {
                tunnel(client, parts[1]);
            } else {
                forward(out, parts, lines, body);
            }
        } catch (IOException gone) {
            // either side closed
        } finally {
            open.remove(client);
        }
    }

    private boolean authorized(String[] lines) {
        for (String line : lines) {
            if (line.toLowerCase(Locale.ROOT).startsWith("proxy-authorization:")
                    && line.substring(20).trim().equals(expectedAuthorization)) {
                return true;
            }
        }
        return false;
    }

    private void tunnel(Socket client, String authority) throws IOException {
        int colon = authority.lastIndexOf(':');
        try (Socket target = new Socket(authority.substring(0, colon), Integer.parseInt(authority.substring(colon + 1)))) {
            open.add(target);
            client.getOutputStream().write("HTTP/1.1 200 Connection established\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            start(() -> pipe(target, client));
            pipe(client, target);
        }
    }

    private void forward(OutputStream out, String[] requestLine, String[] lines, byte[] body) throws IOException {
        URI uri = URI.create(requestLine[1]);
        try (Socket target = new Socket(uri.getHost(), uri.getPort())) {
            open.add(target);
            StringBuilder head = new StringBuilder(requestLine[0] + " " + uri.getRawPath()
                                                   + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                                                   + " HTTP/1.1\r\n");
            for (int i = 1; i < lines.length; i++) {
                String name = lines[i].toLowerCase(Locale.ROOT);
                if (!name.startsWith("proxy-") && !name.startsWith("connection:")) {
                    head.append(lines[i]).append("\r\n");
                }
            }
            head.append("Connection: close\r\n\r\n");
            OutputStream toTarget = target.getOutputStream();
            toTarget.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            toTarget.write(body);
            toTarget.flush();
            target.getInputStream().transferTo(out);
        }
    }

    private static void pipe(Socket from, Socket to) {
        try {
            from.getInputStream().transferTo(to.getOutputStream());
        } catch (IOException closed) {
            // one side is gone
        } finally {
            try {
                to.shutdownOutput();
            } catch (IOException alreadyClosed) {
                // nothing left to tell
            }
        }
    }

    public int port() {
        return socket.getLocalPort();
    }

    /** The request lines the proxy let through, e.g. {@code CONNECT 127.0.0.1:4443 HTTP/1.1}. */
    public List<String> forwarded() {
        return forwarded;
    }

    @Override
    public void close() throws IOException {
        socket.close();
        for (Socket s : open) {
            s.close();
        }
    }
}
