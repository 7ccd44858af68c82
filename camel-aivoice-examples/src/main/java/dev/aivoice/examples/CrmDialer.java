package dev.aivoice.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.List;

import dev.aivoice.camel.compliance.FileDoNotCallList;
import dev.aivoice.sandbox.ProviderSandbox;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.main.Main;

/**
 * One run of the CRM-to-dialer job on Camel Main: reads the export, places the calls, collects the outcomes and
 * stops by itself when every lead has one (or the timeout passes).
 */
public final class CrmDialer {

    static final String SAMPLE = "sample/leads.csv";
    static final String SAMPLE_DO_NOT_CALL = "sample/do-not-call.txt";

    private CrmDialer() {
    }

    public static JobSummary run(DialerSettings settings, PrintStream console) throws Exception {
        ProviderSandbox sandbox = settings.sandbox()
                ? DemoSandbox.start(Integer.parseInt(settings.properties().getOrDefault("sandbox.webhookOutage", "0")))
                : null;
        // the compliance gate reads the time from this clock: on the sandbox a demo clock, so runs do not depend on
        // the hour they are started at
        Clock clock = sandbox == null ? Clock.systemUTC() : DemoSandbox.clock();
        try {
            DialerSettings effective = sandbox == null ? settings : settings.withProperties(DemoSandbox.properties(sandbox));
            console.println("CRM dialer: " + effective + (sandbox == null ? "" : " at " + sandbox.baseUrl()));
            return runJob(effective, clock, console);
        } finally {
            if (sandbox != null) {
                sandbox.close();
            }
        }
    }

    private static JobSummary runJob(DialerSettings settings, Clock clock, PrintStream console) throws Exception {
        Main main = new Main();
        OutcomeBook book = new OutcomeBook(settings.output(), console, main::completed);
        try {
            main.bind("leads", new LeadCsv());
            main.bind("outcomes", book);
            main.bind("campaign", new CampaignPlan(settings.properties().getOrDefault("ringg.countryCode", "+1"), clock));
            main.bind("clock", clock);
            main.bind("doNotCall", new FileDoNotCallList(doNotCallFile(settings)));
            main.addInitialProperty("dialer.input", inputFolder(settings).toAbsolutePath().toString());
            main.addInitialProperty("dialer.provider", settings.provider());
            settings.properties().forEach(main::addInitialProperty);
            main.configure().withDurationMaxSeconds((int) settings.timeout().toSeconds())
                    .withShutdownTimeout(5);
            if (settings.provider().equals(DialerSettings.RINGG)) {
                serveWebhook(main, settings);
            }
            if (settings.dsl().equals("yaml")) {
                main.configure().withRoutesIncludePattern(
                        "classpath:routes/crm-export.yaml,classpath:routes/" + settings.provider() + "-dial.yaml");
            } else {
                routes(settings.provider()).forEach(main.configure()::addRoutesBuilder);
            }
            main.run();
        } finally {
            book.close();
        }
        JobSummary summary = book.summary();
        console.println(summary.line());
        return summary;
    }

    private static List<RoutesBuilder> routes(String provider) {
        return provider.equals(DialerSettings.RINGG)
                ? List.of(new CrmExportRoutes(), new RinggCampaignRoutes())
                : List.of(new CrmExportRoutes(), new RinglyDialRoutes());
    }

    /** platform-http on Camel Main (Vert.x) serves aivoice:ringg:events. */
    private static void serveWebhook(Main main, DialerSettings settings) throws IOException {
        int port = settings.httpPort() == 0 ? freePort() : settings.httpPort();
        String host = settings.sandbox() ? "127.0.0.1" : "0.0.0.0";
        main.addInitialProperty("camel.server.enabled", "true");
        main.addInitialProperty("camel.server.host", host);
        main.addInitialProperty("camel.server.port", String.valueOf(port));
        if (!settings.properties().containsKey("ringg.publicUrl")) {
            main.addInitialProperty("ringg.publicUrl", "http://127.0.0.1:" + port);
        }
    }

    /** DIALER_INPUT, or a fresh copy of the bundled sample export in the work folder's crm-export. */
    static Path inputFolder(DialerSettings settings) {
        if (settings.input() != null) {
            return settings.input();
        }
        Path folder = settings.workDir().resolve("crm-export");
        try (InputStream sample = CrmDialer.class.getClassLoader().getResourceAsStream(SAMPLE)) {
            Files.createDirectories(folder);
            Files.copy(sample, folder.resolve("leads.csv"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot copy the sample leads to " + folder, e);
        }
        return folder;
    }

    /** DIALER_DO_NOT_CALL, or a fresh copy of the bundled sample list in the work folder. */
    static Path doNotCallFile(DialerSettings settings) {
        String given = settings.properties().get("dialer.doNotCall");
        if (given != null) {
            return Path.of(given);
        }
        Path file = settings.workDir().resolve("do-not-call.txt");
        try (InputStream sample = CrmDialer.class.getClassLoader().getResourceAsStream(SAMPLE_DO_NOT_CALL)) {
            Files.createDirectories(settings.workDir());
            Files.copy(sample, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot copy the sample do-not-call list to " + file, e);
        }
        return file;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
