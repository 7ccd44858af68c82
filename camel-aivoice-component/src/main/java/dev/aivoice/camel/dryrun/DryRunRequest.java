package dev.aivoice.camel.dryrun;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What {@code dryRun=true} puts in the body instead of sending: the request exactly as it would have gone out, with
 * secret header values masked as {@code ***}.
 *
 * @param method        HTTP method
 * @param url           full URL with query
 * @param headers       request headers, secrets masked (the JDK client adds only Host, Content-Length, User-Agent)
 * @param contentType   the body's content type, or null without a body
 * @param contentLength the body's length in bytes (0 without a body; -1 when unknown)
 * @param body          the body as UTF-8 text (JSON, or a multipart up to {@value DryRun#MAX_SHOWN_BODY} bytes); null
 *                      without a body or when larger
 * @param rowCount      campaign uploads: the contact rows the multipart carries; null otherwise
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DryRunRequest(String method, String url, Map<String, String> headers, String contentType,
                            long contentLength, String body, Long rowCount) {

    DryRunRequest withRowCount(Long rows) {
        return new DryRunRequest(method, url, headers, contentType, contentLength, body, rows);
    }

    @Override
    public String toString() {
        return method + " " + url + " " + headers + (body != null ? " " + body : contentLength > 0 ? " <" + contentLength
                                                                                              + " bytes>" : "")
               + (rowCount != null ? " (" + rowCount + " contact rows)" : "");
    }
}
