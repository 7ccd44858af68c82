package dev.aivoice.camel.validation;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.ValidationResult;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * Whether an E.164-shaped number can exist, by Google's libphonenumber (the numbering plans of every country): a
 * country code that is assigned, a length that country uses, and a number range it has allocated. A provider would
 * only fail such a call after accepting (and perhaps charging for) it.
 */
public final class PhoneNumbers {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final String UNKNOWN_REGION = "ZZ";

    private PhoneNumbers() {
    }

    /**
     * The number as libphonenumber reads it, or null when it cannot read it at all. An E.164 string is taken apart
     * directly (country codes are prefix-free: the first 1 to 3 digits that name a country are its code), which is
     * several times cheaper than libphonenumber's general parser; it matters for campaigns of 100,000s of rows. Unlike
     * the general parser it does not forgive a trunk prefix after the country code ({@code +44 0...}), which E.164
     * does not allow.
     */
    public static PhoneNumber parse(String e164) {
        if (FieldValidator.E164.matcher(e164).matches()) {
            for (int length = 1; length <= 3 && length < e164.length() - 1; length++) {
                int countryCode = Integer.parseInt(e164, 1, 1 + length, 10);
                if (!UNKNOWN_REGION.equals(UTIL.getRegionCodeForCountryCode(countryCode))) {
                    return number(countryCode, e164.substring(1 + length));
                }
            }
            return null;
        }
        try {
            return UTIL.parse(e164, UNKNOWN_REGION);
        } catch (NumberParseException e) {
            return null;
        }
    }

    /** As libphonenumber's parser records a national number: leading zeros (Italy's 06...) kept apart. */
    private static PhoneNumber number(int countryCode, String national) {
        PhoneNumber number = new PhoneNumber().setCountryCode(countryCode).setNationalNumber(Long.parseLong(national));
        if (national.length() > 1 && national.charAt(0) == '0') {
            number.setItalianLeadingZero(true);
            int zeros = 1;
            while (zeros < national.length() - 1 && national.charAt(zeros) == '0') {
                zeros++;
            }
            if (zeros != 1) {
                number.setNumberOfLeadingZeros(zeros);
            }
        }
        return number;
    }

    /**
     * The last caller number found valid. A dialer calls from the same one or few numbers, and a validity check costs
     * a few kilobytes of garbage (libphonenumber matches the number against each region of its country code); a
     * string's validity never changes, so the caller's is checked once, not on every call. Callee numbers, different
     * on every call, are always checked.
     */
    private static volatile String lastValidCaller;

    /** {@link #problem} for a caller number ({@code from_number}), remembering the last valid one. */
    public static String callerProblem(String e164) {
        if (e164.equals(lastValidCaller)) {
            return null;
        }
        String problem = problem(e164);
        if (problem == null) {
            lastValidCaller = e164;
        }
        return problem;
    }

    /** What is wrong with an E.164-shaped number, or null when it is a valid number of its region. */
    public static String problem(String e164) {
        PhoneNumber number = parse(e164);
        if (number == null) {
            return "has no assigned country code";
        }
        ValidationResult possible = UTIL.isPossibleNumberWithReason(number);
        switch (possible) {
        case INVALID_COUNTRY_CODE:
            return "has no assigned country code (+" + number.getCountryCode() + ")";
        case TOO_SHORT:
        case INVALID_LENGTH:
        case TOO_LONG:
            return "has a length no number of " + regionOf(number) + " has (" + possible.name().toLowerCase()
                    .replace('_', ' ') + ")";
        default:
            break;
        }
        if (!UTIL.isValidNumber(number)) {
            return "is not a valid number of " + regionOf(number) + ": no such number range is allocated there";
        }
        return null;
    }

    private static String regionOf(PhoneNumber number) {
        String region = UTIL.getRegionCodeForCountryCode(number.getCountryCode());
        return "+" + number.getCountryCode() + " (" + region + ")";
    }
}
