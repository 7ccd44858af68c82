package dev.aivoice.camel.compliance;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.aivoice.camel.AiVoiceComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Bad compliance options fail when the endpoint is created, naming the option and what is allowed. */
class ComplianceOptionsTest extends CamelTestSupport {

    @TempDir
    Path temp;

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        AiVoiceComponent component = new AiVoiceComponent();
        component.getConfiguration().setApiKey("key-options");
        context.addComponent("aivoice", component);
        return context;
    }

    private Throwable rootOf(String uri) {
        Throwable failure = org.assertj.core.api.Assertions.catchThrowable(() -> context.getEndpoint(uri));
        assertThat(failure).as(uri).isNotNull();
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root;
    }

    @Test
    void badCallingWindowsAreRefusedAtEndpointCreation() {
        assertThat(rootOf("aivoice:ringly:call?callingWindow=8-21")).hasMessageContaining("callingWindow '8-21' is not"
                                                                                          + " HH:MM-HH:MM");
        assertThat(rootOf("aivoice:ringly:call?callingWindow=21:00-08:00")).hasMessageContaining("must start before it"
                                                                                                 + " ends");
        assertThat(rootOf("aivoice:ringg:call?callingWindow=UK=08:00-21:00")).hasMessageContaining("'UK' is not an ISO"
                                                                                                   + " 3166 region code")
                .hasMessageContaining("GB");
        assertThat(rootOf("aivoice:ringg:call?callingWindow=US=08:00-21:00,US=09:00-20:00"))
                .hasMessageContaining("window of US twice");
    }

    @Test
    void badCallingDaysAndActionsAreRefusedAtEndpointCreation() {
        assertThat(rootOf("aivoice:ringly:call?callingDays=MON-FUN")).hasMessageContaining("callingDays 'FUN' is not a"
                                                                                           + " day");
        assertThat(rootOf("aivoice:ringly:call?callingDays=SAT-MON")).hasMessageContaining("runs backwards");
        assertThat(rootOf("aivoice:ringg:call?callingWindowAction=later")).hasMessageContaining("callingWindowAction"
                                                                                                + " must be reject or"
                                                                                                + " defer");
        assertThat(rootOf("aivoice:ringly:call?callingWindow=08:00-21:00&callingWindowAction=defer"))
                .hasMessageContaining("defer needs a provider that dials inside a calling window by itself (ringg");
    }

    @Test
    void goodOptionsCreateTheEndpoint() {
        assertThat(context.getEndpoint("aivoice:ringg:call?callingWindow=US=08:00-21:00,IN=09:00-21:00,*=10:00-18:00"
                                       + "&callingDays=mon-fri,SUN&callingWindowAction=defer")).isNotNull();
    }

    @Test
    void fileListSkipsCommentsAcceptsFormattedNumbersAndNamesTheFirstBadLine() throws Exception {
        Path file = temp.resolve("dnc.txt");
        Files.write(file, List.of("# opted out", "", "+1 (415) 555-0199", "+91 98000 00001"));
        FileDoNotCallList list = new FileDoNotCallList(file.toString());
        assertThat(list.size()).isEqualTo(2);
        assertThat(list.contains("+14155550199")).isTrue();
        assertThat(list.contains("+919800000001")).isTrue();
        assertThat(list.contains("+14155550198")).isFalse();
        assertThat(list.contains("not a number")).isFalse();

        Files.write(file, List.of("+14155550199", "415-555-0100"));
        assertThatThrownBy(() -> new FileDoNotCallList(file)).hasMessageContaining("line 2")
                .hasMessageContaining("'415-555-0100' is not an E.164 number");
    }

    @Test
    void jdbcListTakesOnlyPlainIdentifiers() {
        assertThatThrownBy(() -> new JdbcDoNotCallList(new org.h2.jdbcx.JdbcDataSource(), "dnc; DROP TABLE x", "e164"))
                .hasMessageContaining("is not a plain SQL identifier");
    }
}
