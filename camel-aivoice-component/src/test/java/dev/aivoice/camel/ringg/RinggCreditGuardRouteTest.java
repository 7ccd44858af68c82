package dev.aivoice.camel.ringg;

import java.util.Map;

import dev.aivoice.camel.AiVoiceConstants;
import dev.aivoice.camel.AiVoiceNotFoundException;
import dev.aivoice.camel.AiVoicePaymentRequiredException;
import dev.aivoice.camel.ringg.model.RinggBalance;
import dev.aivoice.camel.ringg.model.RinggBulkStarted;
import dev.aivoice.camel.ringg.model.RinggDeleted;
import dev.aivoice.camel.test.RecordingHttpServer.Answer;
import dev.aivoice.camel.test.RecordingHttpServer.Recorded;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Ringg's credit check (R27) as an operation and as bulkStart's guard, and contact list deletion (R29). */
class RinggCreditGuardRouteTest extends RinggRouteTestSupport {

    static final String CHECK = "/campaign/check-balance/b-1";
    static final String INSUFFICIENT = """
            {"bulk_list_id": "b-1", "required_credits": 5000, "available_credits": 1200.5,
             "sufficient_balance": false}""";
    static final String SCHEDULED = "{\"message\": \"Campaign calls scheduled\", \"bulk_list_id\": \"b-1\","
                                    + " \"status\": \"scheduled\"}";

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:guardedStart").to("aivoice:ringg:campaign?operation=bulkStart&checkBalance=true"
                                               + "&agentId=a-1&numberPoolId=pool-1");
                from("direct:check").to("aivoice:ringg:campaign?operation=checkBalance");
                from("direct:delete").to("aivoice:ringg:campaign?operation=deleteList");
            }
        };
    }

    Exchange guardedStart() {
        return template.request("direct:guardedStart", e -> e.getMessage().setBody(Map.of("bulk_list_id", "b-1",
                "campaign_start_time", "01/01/2099, 09:00", "campaign_end_time", "31/01/2099, 18:00")));
    }

    @Test
    void insufficientBalanceRefusesTheStartWithBothFiguresAndNothingIsDialled() {
        server.enqueue(BASE + CHECK, Answer.json(200, INSUFFICIENT));
        server.answerAlways(Answer.json(200, SCHEDULED));

        Exchange result = guardedStart();

        Recorded check = assertRinggRequest(server.onlyRequest(), "POST", CHECK);
        assertThat(check.body()).isEmpty();
        AiVoicePaymentRequiredException refused = failure(result, AiVoicePaymentRequiredException.class);
        assertThat(refused.getRequiredCredits()).contains(5000.0);
        assertThat(refused.getAvailableCredits()).contains(1200.5);
        assertThat(refused.getMessage()).contains("required 5000.0").contains("available 1200.5")
                .contains("nothing was started");
        assertThat(refused.getOperation()).isEqualTo("campaign/bulkStart");
        assertThat(server.requests()).extracting(Recorded::path).doesNotContain(BASE + "/campaign/make-call-async");
    }

    @Test
    void sufficientBalanceChecksFirstThenStarts() throws Exception {
        server.enqueue(BASE + CHECK, Answer.json(200, """
                {"bulk_list_id": "b-1", "required_credits": 50, "available_credits": 1200, "sufficient_balance": true}"""));
        server.answerAlways(Answer.json(200, SCHEDULED));

        Exchange result = guardedStart();

        assertThat(server.requests()).extracting(Recorded::path)
                .containsExactly(BASE + CHECK, BASE + "/campaign/make-call-async");
        assertThat(jsonOf(server.requests().get(1)).get("bulk_list_id").asText()).isEqualTo("b-1");
        assertThat(result.getMessage().getBody(RinggBulkStarted.class).getStatus()).isEqualTo("scheduled");
    }

    @Test
    void figuresWithoutAVerdictAreCompared() {
        server.enqueue(BASE + CHECK, Answer.json(200, "{\"data\": {\"required_credits\": \"80\", \"available_credits\": 10}}"));

        Exchange result = guardedStart();

        AiVoicePaymentRequiredException refused = failure(result, AiVoicePaymentRequiredException.class);
        assertThat(refused.getRequiredCredits()).contains(80.0);
        assertThat(refused.getAvailableCredits()).contains(10.0);
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void theSchemasDraftShapeLetsTheStartGoAheadUnlessItSaysInsufficient() {
        server.enqueue(BASE + CHECK, Answer.json(200, "{\"status\": \"draft\", \"bulk_list_id\": \"b-1\", \"message\": \"ok\"}"));
        server.enqueue(BASE + CHECK, Answer.json(200,
                "{\"status\": \"draft\", \"bulk_list_id\": \"b-1\", \"message\": \"Insufficient balance\"}"));
        server.answerAlways(Answer.json(200, SCHEDULED));

        Exchange started = guardedStart();
        Exchange refused = guardedStart();

        assertThat(started.getException()).isNull();
        AiVoicePaymentRequiredException error = failure(refused, AiVoicePaymentRequiredException.class);
        assertThat(error.getRequiredCredits()).isEmpty();
        assertThat(error.getProviderMessage()).isEqualTo("Insufficient balance");
        assertThat(server.requests()).extracting(Recorded::path)
                .containsExactly(BASE + CHECK, BASE + "/campaign/make-call-async", BASE + CHECK);
    }

    @Test
    void aCheckAnswered402IsThePaymentErrorAndNothingIsDialled() {
        server.enqueue(BASE + CHECK, Answer.json(402, "{\"detail\": \"Insufficient credits\"}"));

        Exchange result = guardedStart();

        assertThat(failure(result, AiVoicePaymentRequiredException.class).getHttpStatus()).isEqualTo(402);
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void aDryRunDescribesTheStartAndSendsNeitherTheCheckNorTheStart() {
        Exchange dryRun = template.request("aivoice:ringg:campaign?operation=bulkStart&checkBalance=true&dryRun=true"
                                           + "&agentId=a-1&numberPoolId=pool-1&listId=b-1", e -> e.getMessage().setBody(
                Map.of("campaign_start_time", "01/01/2099, 09:00", "campaign_end_time", "31/01/2099, 18:00")));

        assertThat(dryRun.getException()).isNull();
        assertThat(dryRun.getMessage().getBody(dev.aivoice.camel.dryrun.DryRunRequest.class).url())
                .endsWith("/campaign/make-call-async");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void checkBalanceOperationReadsBothDocumentedShapes() {
        server.enqueue(Answer.json(200, INSUFFICIENT));
        server.enqueue(Answer.json(200, "{\"status\": \"draft\", \"bulk_list_id\": \"b-2\", \"message\": \"Balance ok\"}"));

        RinggBalance prose = template.request("direct:check", e -> e.getMessage().setBody("b-1"))
                .getMessage().getBody(RinggBalance.class);
        Exchange schema = template.request("direct:check", e -> e.getMessage().setHeader(AiVoiceConstants.LIST_ID, "b-2"));

        assertRinggRequest(server.requests().get(0), "POST", CHECK);
        assertRinggRequest(server.requests().get(1), "POST", "/campaign/check-balance/b-2");
        assertThat(prose.isSufficient()).isFalse();
        assertThat(prose.getSufficientBalance()).isFalse();
        assertThat(prose.getRequiredCredits()).isEqualTo(5000.0);
        RinggBalance draft = schema.getMessage().getBody(RinggBalance.class);
        assertThat(draft.isSufficient()).isTrue();
        assertThat(draft.getStatus()).isEqualTo("draft");
        assertThat(draft.getMessage()).isEqualTo("Balance ok");
        assertThat(schema.getMessage().getHeader(AiVoiceConstants.LIST_ID)).isEqualTo("b-2");
    }

    @Test
    void deleteListDeletesByListIdAndMapsAnUnknownList() {
        server.enqueue(Answer.json(200, "{\"message\": \"Contact list deleted\"}"));
        server.enqueue(Answer.json(404, "{\"detail\": \"List not found\"}"));

        Exchange deleted = template.request("direct:delete", e -> e.getMessage().setBody(Map.of("list_id", "l-1")));
        Exchange unknown = template.request("direct:delete", e -> e.getMessage().setBody("l-2"));

        assertRinggRequest(server.requests().get(0), "DELETE", "/calling/contact/l-1");
        assertRinggRequest(server.requests().get(1), "DELETE", "/calling/contact/l-2");
        RinggDeleted result = deleted.getMessage().getBody(RinggDeleted.class);
        assertThat(result.getId()).isEqualTo("l-1");
        assertThat(result.getMessage()).isEqualTo("Contact list deleted");
        assertThat(failure(unknown, AiVoiceNotFoundException.class).getProviderMessage()).isEqualTo("List not found");
    }

    @Test
    void deleteListOrCheckWithoutAUsableListIdSendsNothing() {
        Exchange result = template.request("direct:delete", e -> e.getMessage().setBody(null));
        Exchange dot = template.request("direct:delete", e -> e.getMessage().setBody("."));
        Exchange checkParent = template.request("direct:check", e -> e.getMessage().setBody(".."));

        assertThat(failure(result, dev.aivoice.camel.AiVoiceValidationException.class).getField()).isEqualTo("list_id");
        assertThat(failure(dot, dev.aivoice.camel.AiVoiceValidationException.class).getField()).isEqualTo("list_id");
        assertThat(failure(checkParent, dev.aivoice.camel.AiVoiceValidationException.class).getField())
                .isEqualTo("bulk_list_id");
        assertThat(server.requests()).isEmpty();
    }
}
