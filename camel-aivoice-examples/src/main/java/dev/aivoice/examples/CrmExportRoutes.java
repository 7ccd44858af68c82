package dev.aivoice.examples;

import org.apache.camel.builder.RouteBuilder;

/** Reads each CRM export dropped in the input folder, rejects undialable leads and hands the rest to direct:dial. */
public class CrmExportRoutes extends RouteBuilder {

    @Override
    public void configure() {
        from("file:{{dialer.input}}?noop=true&include=.*\\.csv").routeId("crm-export")
                .log("Reading CRM export ${header.CamelFileName}")
                .doTry()
                    .convertBodyTo(String.class)
                    .bean("leads", "read")
                    .bean("outcomes", "expect")
                    .to("direct:dial")
                .doCatch(Exception.class)
                    .bean("outcomes", "exportFailed")
                .end();
    }
}
