package dev.aivoice.camel.http;

import java.io.IOException;

import org.apache.hc.client5.http.classic.ExecChain;
import org.apache.hc.client5.http.classic.ExecChainHandler;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.HttpException;

/**
 * A link of the HTTP client's own execution chain, placed right after the connection is made: starts the deadline of
 * a {@link TimedRequest} as its first byte is about to be sent.
 */
final class DeadlineStart implements ExecChainHandler {

    static final String NAME = "aivoice-deadline";

    @Override
    public ClassicHttpResponse execute(ClassicHttpRequest request, ExecChain.Scope scope, ExecChain chain)
            throws IOException, HttpException {
        if (scope.originalRequest instanceof TimedRequest timed) {
            try {
                timed.startDeadline();
            } catch (RuntimeException noTimer) {
                throw new RequestNotSentException("the endpoint is stopping", noTimer);
            }
        }
        return chain.proceed(request, scope);
    }
}
