package dev.aivoice.sandbox;

import java.util.regex.Pattern;

/** E.164 as both providers require it: a plus, a country code, up to 15 digits. */
final class PhoneNumbers {

    private static final Pattern E164 = Pattern.compile("^\\+[1-9]\\d{6,14}$");

    private PhoneNumbers() {
    }

    static boolean isE164(String number) {
        return number != null && E164.matcher(number).matches();
    }
}
