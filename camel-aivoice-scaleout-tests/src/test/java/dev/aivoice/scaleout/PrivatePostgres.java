package dev.aivoice.scaleout;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A throwaway PostgreSQL cluster for the tests: the installed PostgreSQL's own {@code initdb} and {@code pg_ctl}
 * ({@code pg_config --bindir}, or {@code PG_BINDIR}), a data directory under {@code target/}, a free port on
 * 127.0.0.1, trust authentication on loopback only. PostgreSQL refuses to run as root, so when the build runs as root
 * (CI does) the cluster is created and run as the {@code postgres} user through {@code runuser}. One per JVM, started
 * on first use and stopped by a shutdown hook, so a failed or interrupted test run leaves no server behind.
 */
public final class PrivatePostgres {

    public static final String USER = "aivoice";
    public static final String DATABASE = "postgres";

    private static PrivatePostgres instance;

    private final Path bin;
    private final Path dataDir;
    private final int port;
    private final boolean asPostgresUser;
    private boolean running;

    private PrivatePostgres(Path bin, Path dataDir, int port, boolean asPostgresUser) {
        this.bin = bin;
        this.dataDir = dataDir;
        this.port = port;
        this.asPostgresUser = asPostgresUser;
    }

    /** The JVM's cluster, created and started on first use. */
    public static synchronized PrivatePostgres get() throws Exception {
        if (instance == null) {
            boolean root = "root".equals(System.getProperty("user.name"));
            Path target = Paths.get("target").toAbsolutePath();
            Files.createDirectories(target);
            // a checkout under a private home (/root) is out of the postgres user's reach: use the temp folder then
            Path parent = root && !reachableByPostgres(target) ? Paths.get(System.getProperty("java.io.tmpdir")) : target;
            Path dataDir = Files.createTempDirectory(parent, "aivoice-postgres-");
            PrivatePostgres postgres = new PrivatePostgres(binDir(), dataDir, freePort(), root);
            Runtime.getRuntime().addShutdownHook(new Thread(postgres::stopQuietly, "private-postgres-stop"));
            postgres.init();
            postgres.start();
            instance = postgres;
        }
        return instance;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
    }

    public int port() {
        return port;
    }

    private void init() throws Exception {
        if (asPostgresUser) {
            run(List.of("chown", "postgres:", dataDir.toString()), false);
        }
        run(List.of(bin.resolve("initdb").toString(), "-D", dataDir.toString(), "-U", USER, "--auth=trust",
                "-E", "UTF8", "--no-sync", "--no-instructions"), asPostgresUser);
    }

    /** Starts the server (again, after {@link #stop()}), waiting until it accepts connections. */
    public synchronized void start() throws Exception {
        // loopback TCP only, no Unix socket; durability is not needed by a throwaway cluster
        String options = "-p " + port + " -c listen_addresses=127.0.0.1"
                         + " -c unix_socket_directories=''"
                         + " -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200";
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", dataDir.toString(), "-l",
                dataDir.resolve("server.log").toString(), "-o", options, "-w", "-t", "60", "start"), asPostgresUser);
        running = true;
    }

    /** Stops the server at once (open connections are cut, as when a database host fails). */
    public synchronized void stop() throws Exception {
        if (running) {
            run(List.of(bin.resolve("pg_ctl").toString(), "-D", dataDir.toString(), "-m", "immediate", "-w", "stop"),
                    asPostgresUser);
            running = false;
        }
    }

    private void stopQuietly() {
        try {
            stop();
            if (!dataDir.startsWith(Paths.get("target").toAbsolutePath())) {
                run(List.of("rm", "-rf", dataDir.toString()), false);
            }
        } catch (Exception e) {
            System.err.println("Could not stop the test PostgreSQL in " + dataDir + ": " + e);
        }
    }

    private static boolean reachableByPostgres(Path dir) {
        try {
            run(List.of("test", "-x", dir.toString()), true);
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    private static void run(List<String> command, boolean asPostgres) throws Exception {
        List<String> line = new ArrayList<>();
        if (asPostgres) {
            line.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        line.addAll(command);
        Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
        // pg_ctl's server inherits no pipe of ours (it logs to -l), so reading to the end does not hang
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(90, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException("Test PostgreSQL: '" + String.join(" ", line) + "' failed:\n" + output);
        }
    }

    private static Path binDir() throws IOException, InterruptedException {
        String configured = System.getenv("PG_BINDIR");
        if (configured != null && !configured.isBlank()) {
            return Paths.get(configured);
        }
        Process process = new ProcessBuilder("pg_config", "--bindir").redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (process.waitFor() != 0 || out.isEmpty()) {
            throw new IllegalStateException("These tests need PostgreSQL installed (pg_config on the PATH, or"
                                            + " PG_BINDIR naming the folder of initdb and pg_ctl): " + out);
        }
        return Paths.get(out);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
