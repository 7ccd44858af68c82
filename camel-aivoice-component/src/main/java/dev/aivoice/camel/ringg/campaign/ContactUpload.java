package dev.aivoice.camel.ringg.campaign;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aivoice.camel.AiVoiceConstants;
import dev.aivoice.camel.provider.OperationContext;
import dev.aivoice.camel.provider.OperationResult;
import dev.aivoice.camel.ringg.call.CallConfigs;
import dev.aivoice.camel.validation.FieldValidator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A checked contact upload ({@code POST /campaign/save} or {@code /campaign/upload-csv}): every row is checked
 * first (reject: fail listing every bad row; drop: leave them out and list them in {@code CamelAiVoiceInvalidRows}),
 * then the CSV is streamed as the multipart file part.
 */
final class ContactUpload {

    private static final Logger LOG = LoggerFactory.getLogger(ContactUpload.class);

    /** From this many rows on, Ringg asks for the large-upload flow. */
    static final int LARGE_LIST = 5_000;
    private static final String LARGE_UPLOAD_PATH_HINT = "/campaign/save";

    private final ContactRows contacts;
    private final MultipartBody body;
    private final ContactCheck.Result check;
    private final boolean drop;

    private ContactUpload(ContactRows contacts, MultipartBody body, ContactCheck.Result check, boolean drop) {
        this.contacts = contacts;
        this.body = body;
        this.check = check;
        this.drop = drop;
    }

    /** Checks settings and every contact row; nothing is sent yet. */
    static ContactUpload prepare(Object rows, OperationContext context, CampaignSettings settings) {
        FieldValidator validator = context.validator();
        boolean drop = dropInvalidRows(context.configuration().getInvalidRows(), validator);
        String agent = settings.agentId();
        String name = settings.require("campaign_name", "set it in " + AiVoiceConstants.CAMPAIGN + ", the "
                                                        + AiVoiceConstants.CAMPAIGN_NAME
                                                        + " header or the campaignName option");
        String country = settings.countryCode();
        Map<String, String> variables = settings.variablesMap();
        CampaignWindow window = settings.window(true);
        MultipartBody multipart = new MultipartBody()
                .field("agent_id", agent)
                .field("campaign_name", name)
                .field("country_code", country)
                .field("variables_map", CampaignSettings.json(variables))
                .field("call_config", settings.callConfigJson())
                .field("campaign_start_time", window.start())
                .field("campaign_end_time", window.end())
                .field("remove_invalid_rows", flag(settings.get("remove_invalid_rows")))
                .field("transliterate_callee_name", flag(settings.get("transliterate_callee_name")));

        ContactRows contacts;
        try {
            contacts = ContactRows.of(rows, validator);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the campaign contacts: " + e.getMessage(), e);
        }
        try {
            // issue 16: campaign rows pass the compliance gate, its calling window taken at the campaign's start
            ContactCheck.Result check = ContactCheck.check(contacts, variables.values(), validator,
                    context.compliance().rows(window.startInstant(CallConfigs.zone(settings.callConfig()))));
            if (!check.invalidRows().isEmpty() && !drop) {
                throw ContactCheck.rejected(check, validator);
            }
            if (check.validRows() == 0) {
                throw validator.invalid(ContactCheck.PHONE_COLUMN, "no contact row is valid, nothing to upload: "
                                                                   + check.invalidRows().size() + " row(s) dropped");
            }
            multipart.file("file", contacts.fileName(),
                    () -> new CsvContent(contacts, check.header(), check.invalid()), check.csvBytes());
            return new ContactUpload(contacts, multipart, check, drop);
        } catch (RuntimeException e) {
            closeQuietly(contacts);
            throw e;
        }
    }

    /** Sends the upload; the out headers say how many rows went and which were dropped. */
    CompletableFuture<JsonNode> send(OperationContext context, String path, OperationResult result) {
        if (!check.invalidRows().isEmpty()) {
            LOG.warn("{}: {} contact row(s) dropped (invalid {}, or refused by the compliance gate), {} uploaded",
                    context.describe(), check.invalidRows().size(), ContactCheck.PHONE_COLUMN, check.validRows());
        }
        if (LARGE_UPLOAD_PATH_HINT.equals(path) && check.validRows() >= LARGE_LIST) {
            LOG.info("{}: {} contact rows; Ringg recommends operation=bulkUpload from {} rows on", context.describe(),
                    check.validRows(), LARGE_LIST);
        }
        result.header(AiVoiceConstants.ROW_COUNT, check.validRows());
        if (drop) {
            result.header(AiVoiceConstants.INVALID_ROWS, List.copyOf(check.invalidRows()));
        }
        CompletableFuture<JsonNode> sent;
        try {
            var request = context.request("POST", path, null).body(body.open(), body.length(), body.contentType())
                    .build();
            sent = context.sendForJson(request);
        } catch (RuntimeException notSent) {
            closeQuietly(contacts);
            throw notSent;
        }
        return sent.whenComplete((answer, failure) -> closeQuietly(contacts));
    }

    private static boolean dropInvalidRows(String mode, FieldValidator validator) {
        if (mode == null || "reject".equals(mode)) {
            return false;
        }
        if ("drop".equals(mode)) {
            return true;
        }
        throw validator.invalid("invalidRows (endpoint option)", "must be reject or drop; was "
                                                                 + FieldValidator.quote(mode));
    }

    private static String flag(Object value) {
        return value == null ? null : String.valueOf(Boolean.parseBoolean(value.toString()));
    }

    private static void closeQuietly(ContactRows contacts) {
        try {
            contacts.close();
        } catch (IOException e) {
            LOG.debug("Could not remove the spooled contacts file", e);
        }
    }
}
