package dev.aivoice.camel.compliance;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import com.google.i18n.phonenumbers.PhoneNumberToTimeZonesMapper;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import dev.aivoice.camel.validation.PhoneNumbers;

/**
 * Where a recipient is, from the number alone: its region and every time zone libphonenumber's
 * {@link PhoneNumberToTimeZonesMapper} gives for it (an area code may span two zones; a mobile or toll-free number
 * may map to all of its country's).
 */
final class RecipientZones {

    /**
     * @param number as libphonenumber reads it, or null
     * @param zones  its time zones; empty when unknown
     */
    record Recipient(PhoneNumber number, List<ZoneId> zones) {

        /** The number's own region (GG for a Guernsey mobile), or null; looked up only when a window needs it. */
        String region() {
            return number == null ? null : UTIL.getRegionCodeForNumber(number);
        }

        /** The main region of its country code (GB for +44), or null. */
        String mainRegion() {
            if (number == null) {
                return null;
            }
            String region = UTIL.getRegionCodeForCountryCode(number.getCountryCode());
            return PhoneNumberUtil.REGION_CODE_FOR_NON_GEO_ENTITY.equals(region) || "ZZ".equals(region) ? null : region;
        }
    }

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final PhoneNumberToTimeZonesMapper MAPPER = PhoneNumberToTimeZonesMapper.getInstance();

    private RecipientZones() {
    }

    static Recipient of(String e164) {
        PhoneNumber number = PhoneNumbers.parse(e164);
        if (number == null) {
            return new Recipient(null, List.of());
        }
        List<ZoneId> zones = new ArrayList<>();
        for (String name : MAPPER.getTimeZonesForNumber(number)) {
            if (!PhoneNumberToTimeZonesMapper.getUnknownTimeZone().equals(name)) {
                try {
                    zones.add(ZoneId.of(name));
                } catch (DateTimeException unknownToTheJdk) {
                    // a zone name the JDK's tz data lacks cannot be reasoned about: leaving it out would be unsafe
                    return new Recipient(number, List.of());
                }
            }
        }
        return new Recipient(number, List.copyOf(zones));
    }
}
