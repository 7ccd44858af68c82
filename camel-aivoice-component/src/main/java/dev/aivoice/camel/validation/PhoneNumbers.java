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

    private PhoneNumbers() {
    }

    /** The number as libphonenumber reads it, or null when it cannot read it at all. */
    public static PhoneNumber parse(String e164) {
        try {
            return UTIL.parse(e164, "ZZ");
        } catch (NumberParseException e) {
            return null;
        }
    }

    /** What is wrong with an E.164-shaped number, or null when it is a valid number of its region. */
    public static String problem(String e164) {
        PhoneNumber number = parse(e164);
        if (number == null) {
            return "cannot be read as a phone number";
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
