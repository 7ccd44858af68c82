package dev.aivoice.camel.http;

import java.io.ByteArrayInputStream;
import java.util.Arrays;

import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.InputStreamEntity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Answers up to the limit are read whole, with or without an announced length; one byte more fails. */
class AnswerReaderTest {

    static final int LIMIT = 10_000;

    static HttpEntity entity(int size, boolean announced) {
        byte[] body = new byte[size];
        Arrays.fill(body, (byte) 'x');
        return new InputStreamEntity(new ByteArrayInputStream(body), announced ? size : -1, null);
    }

    @ParameterizedTest(name = "announced={0}")
    @ValueSource(booleans = { true, false })
    void answersUpToTheLimitAreReadWhole(boolean announced) throws Exception {
        for (int size : new int[] { 0, 1, 8191, 8192, 8193, LIMIT - 1, LIMIT }) {
            assertThat(AnswerReader.read(entity(size, announced), LIMIT)).as("size %d", size).hasSize(size);
        }
    }

    @ParameterizedTest(name = "announced={0}")
    @ValueSource(booleans = { true, false })
    void oneByteOverTheLimitFails(boolean announced) {
        assertThatThrownBy(() -> AnswerReader.read(entity(LIMIT + 1, announced), LIMIT))
                .isInstanceOf(AnswerTooLargeException.class)
                .hasMessageContaining("more than maxAnswerSize (" + LIMIT + " bytes)");
    }
}
