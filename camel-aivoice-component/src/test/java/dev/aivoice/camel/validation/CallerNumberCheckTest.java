package dev.aivoice.camel.validation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The caller's number is checked once, then remembered; an invalid one is refused every time. */
class CallerNumberCheckTest {

    @Test
    void aValidCallerIsRememberedAndAnInvalidOneIsRefusedEveryTime() {
        assertThat(PhoneNumbers.callerProblem("+14155550123")).isNull();
        assertThat(PhoneNumbers.callerProblem("+14155550123")).isNull();

        String oneDigitShort = "+1202555014";
        assertThat(PhoneNumbers.callerProblem(oneDigitShort)).isEqualTo(PhoneNumbers.problem(oneDigitShort))
                .isNotNull();
        assertThat(PhoneNumbers.callerProblem(oneDigitShort)).isNotNull();
        assertThat(PhoneNumbers.callerProblem("+14155550123")).isNull();
        assertThat(PhoneNumbers.callerProblem("+999123456789")).contains("country code");
    }
}
