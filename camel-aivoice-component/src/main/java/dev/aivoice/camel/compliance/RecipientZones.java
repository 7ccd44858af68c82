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
     * @param region     the number's own region (GG for a Guernsey mobile), or null
     * @param mainRegion the main region of its country code (GB for +44), or null
     * @param zones      its time zones; empty when unknown
     */
    record Recipient(String region, String mainRegion, List<ZoneId> zones) {
    }

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final PhoneNumberToTimeZonesMapper MAPPER = PhoneNumberToTimeZonesMapper.getInstance();

    private RecipientZones() {
    }

    static Recipient of(String e164) {
        PhoneNumber number = PhoneNumbers.parse(e164);
        if (number == null) {
            return new Recipient(null, null, List.of());
        }
        List<ZoneId> zones = new ArrayList<>();
        for (String name : MAPPER.getTimeZonesForNumber(number)) {
            if (!PhoneNumberToTimeZonesMapper.getUnknownTimeZone().equals(name)) {
                try {
                    zones.add(ZoneId.of(name));
                } catch (DateTimeException unknownToTheJdk) {
                    // a zone name the JDK's tz data lacks cannot be reasoned about: leaving it out would be unsafe
                    return new Recipient(UTIL.getRegionCodeForNumber(number), mainRegion(number), List.of());
                }
            }
        }
        return new Recipient(UTIL.getRegionCodeForNumber(number), mainRegion(number), List.copyOf(zones));
    }

    private static String mainRegion(PhoneNumber number) {
        String region = UTIL.getRegionCodeForCountryCode(number.getCountryCode());
        return PhoneNumberUtil.REGION_CODE_FOR_NON_GEO_ENTITY.equals(region) || "ZZ".equals(region) ? null : region;
    }
}
