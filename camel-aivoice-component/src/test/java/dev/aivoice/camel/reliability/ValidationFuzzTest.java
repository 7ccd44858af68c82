package dev.aivoice.camel.reliability;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;

import dev.aivoice.camel.AiVoiceConfiguration;
import dev.aivoice.camel.AiVoiceConstants;
import dev.aivoice.camel.AiVoiceValidationException;
import dev.aivoice.camel.test.ProviderServerTestSupport;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import dev.aivoice.camel.validation.FieldValidator;
import dev.aivoice.camel.validation.PhoneNumbers;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 10,000 generated requests, each valid but for one defect (a bad number, variable key or value, body, header),
 * sent through a real route: every one must fail with an AiVoiceValidationException naming the defective field,
 * and nothing may reach the (real, loopback) server. Seeded: the seed is printed, and {@code -Dfuzz.seed=...}
 * replays a run.
 */
class ValidationFuzzTest extends ProviderServerTestSupport {

    static final int CASES = 10_000;
    static final String CHARS = " -().,;/+#*abcxyzé\u0663\u00a0\t0123456789";


    /** One defective request: what is wrong, the field the exception must name, how to build it. */
    record Case(String defect, String field, Consumer<Message> setup) {
    }

    @Override
    protected void configure(AiVoiceConfiguration defaults) {
        defaults.setApiKey("fuzz-key-abcdef");
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:fuzz").errorHandler(noErrorHandler()).to("aivoice:ringly:call");
            }
        };
    }

    @Test
    void everyDefectiveRequestFailsValidationNamingItsFieldAndNothingIsSent() {
        long seed = Long.getLong("fuzz.seed", System.nanoTime());
        System.out.println("FUZZ seed=" + seed + " (replay with -Dfuzz.seed=" + seed + ")");
        Random random = new Random(seed);
        List<Function<Random, Case>> generators = generators();
        Map<String, Integer> perField = new LinkedHashMap<>();

        for (int i = 0; i < CASES; i++) {
            Case defective = generators.get(random.nextInt(generators.size())).apply(random);
            Exchange result = template.request("direct:fuzz", e -> {
                validRequest(e.getMessage(), random);
                defective.setup().accept(e.getMessage());
            });

            String where = "case " + i + " (seed " + seed + "): " + defective.defect();
            assertThat(result.getException()).as(where).isExactlyInstanceOf(AiVoiceValidationException.class);
            AiVoiceValidationException error = (AiVoiceValidationException) result.getException();
            assertThat(error.getField()).as(where).isEqualTo(defective.field());
            assertThat(error.getMessage()).as(where).contains(defective.field());
            String field = defective.field().replaceAll("\\..*", ".<key>").replaceAll("^phone\\d$", "phoneN");
            perField.merge(field, 1, Integer::sum);
        }

        assertThat(server.requests()).as("requests on the wire, seed " + seed).isEmpty();
        System.out.println("FUZZ " + CASES + " cases by field: " + perField);
    }

    private static void validRequest(Message message, Random random) {
        message.setHeader(AiVoiceConstants.TO_NUMBER, validNumber(random));
        message.setHeader(AiVoiceConstants.FROM_NUMBER, validNumber(random));
        message.setHeader(AiVoiceConstants.AGENT_ID, "agent_" + random.nextInt(1000));
        message.setHeader(AiVoiceConstants.VARIABLES, Map.of("customer_name", "Ada", "plan", "gold"));
    }

    private static List<Function<Random, Case>> generators() {
        List<Function<Random, Case>> all = new ArrayList<>();
        all.add(r -> {
            String bad = badNumber(r);
            return new Case("to_number header " + bad, "to_number",
                    m -> m.setHeader(AiVoiceConstants.TO_NUMBER, bad));
        });
        all.add(r -> {
            String unallocated = unallocatedNumber(r);
            return new Case("to_number header E.164-shaped but not a number libphonenumber knows " + unallocated,
                    "to_number", m -> m.setHeader(AiVoiceConstants.TO_NUMBER, unallocated));
        });
        all.add(r -> {
            String bad = badNumber(r);
            return new Case("from_number header " + bad, "from_number",
                    m -> m.setHeader(AiVoiceConstants.FROM_NUMBER, bad));
        });
        all.add(r -> {
            String bad = badNumber(r);
            return new Case("to_number in a Map body " + bad, "to_number", m -> {
                m.removeHeader(AiVoiceConstants.TO_NUMBER);
                m.setBody(Map.of("to_number", bad));
            });
        });
        all.add(r -> {
            String bad = badNumber(r).replace("\\", "\\\\").replace("\"", "\\\"").replace("\t", "\\t");
            return new Case("to_number in a JSON body " + bad, "to_number", m -> {
                m.removeHeader(AiVoiceConstants.TO_NUMBER);
                m.setBody("{\"to_number\": \"" + bad + "\"}");
            });
        });
        all.add(r -> {
            Object notText = notAString(r);
            return new Case("to_number of type " + typeOf(notText), "to_number", m -> {
                m.removeHeader(AiVoiceConstants.TO_NUMBER);
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("to_number", notText);
                m.setBody(body);
            });
        });
        all.add(r -> new Case("no to_number at all", "to_number", m -> m.removeHeader(AiVoiceConstants.TO_NUMBER)));
        all.add(r -> {
            String agent = r.nextBoolean() ? "" : " \t ";
            return new Case("blank agent '" + agent + "'", "agent_tag", m -> m.setHeader(AiVoiceConstants.AGENT_ID, agent));
        });
        all.add(r -> {
            String key = badKey(r);
            return new Case("variable key " + key, "dynamic_variables",
                    m -> m.setHeader(AiVoiceConstants.VARIABLES, Map.of(key, "x")));
        });
        all.add(r -> {
            String key = badKey(r);
            return new Case("variable key in body " + key, "dynamic_variables",
                    m -> m.setBody(Map.of("dynamic_variables", Map.of(key, "x"))));
        });
        all.add(r -> {
            Object value = notAString(r);
            return new Case("variable value of type " + typeOf(value), "dynamic_variables.amount", m -> {
                Map<String, Object> variables = new LinkedHashMap<>();
                variables.put("amount", value);
                m.setHeader(AiVoiceConstants.VARIABLES, variables);
            });
        });
        all.add(r -> {
            Object notMap = r.nextBoolean() ? "customer_name=Ada" : List.of("customer_name");
            return new Case("variables header of type " + typeOf(notMap), AiVoiceConstants.VARIABLES,
                    m -> m.setHeader(AiVoiceConstants.VARIABLES, notMap));
        });
        all.add(r -> {
            Object notMap = r.nextBoolean() ? "Ada" : r.nextInt();
            return new Case("dynamic_variables in body of type " + typeOf(notMap), "dynamic_variables",
                    m -> m.setBody(Map.of("dynamic_variables", notMap)));
        });
        all.add(r -> {
            String text = brokenJson(r);
            return new Case("body that is not JSON: " + text, "body", m -> m.setBody(text));
        });
        all.add(r -> {
            String text = switch (r.nextInt(4)) {
                case 0 -> "[1, 2]";
                case 1 -> String.valueOf(r.nextInt());
                case 2 -> "\"+14155550199\"";
                default -> "true";
            };
            return new Case("JSON body that is not an object: " + text, "body", m -> m.setBody(text));
        });
        all.add(r -> {
            String field = unknownField(r);
            return new Case("unknown body field " + field, field, m -> m.setBody(Map.of(field, "x")));
        });
        all.add(r -> new Case("Map body with a non-string key", "body", m -> m.setBody(Map.of(r.nextInt(), "x"))));
        all.add(r -> {
            String operation = randomText(r, 1 + r.nextInt(10)).strip() + "x";
            return new Case("operation header " + operation, AiVoiceConstants.OPERATION,
                    m -> m.setHeader(AiVoiceConstants.OPERATION, operation));
        });
        all.add(r -> {
            String key = r.nextBoolean() ? "" : "  ";
            return new Case("blank idempotency key header", AiVoiceConstants.IDEMPOTENCY_KEY + " header",
                    m -> m.setHeader(AiVoiceConstants.IDEMPOTENCY_KEY, key));
        });
        return all;
    }

    /** A number libphonenumber accepts: a region's example number with its last digits varied (issue 16). */
    static String validNumber(Random r) {
        PhoneNumberUtil util = PhoneNumberUtil.getInstance();
        while (true) {
            String region = REGIONS.get(r.nextInt(REGIONS.size()));
            Phonenumber.PhoneNumber example = util.getExampleNumberForType(region,
                    r.nextBoolean() ? PhoneNumberUtil.PhoneNumberType.MOBILE : PhoneNumberUtil.PhoneNumberType.FIXED_LINE);
            if (example == null) {
                continue;
            }
            String e164 = util.format(example, PhoneNumberUtil.PhoneNumberFormat.E164);
            String varied = e164.substring(0, e164.length() - 2) + digits(r, 2);
            if (PhoneNumbers.problem(varied) == null) {
                return varied;
            }
        }
    }

    private static final List<String> REGIONS = List.copyOf(new java.util.TreeSet<>(
            PhoneNumberUtil.getInstance().getSupportedRegions()));

    /** E.164 in shape, but no country has such a number (issue 16: refused by libphonenumber). */
    static String unallocatedNumber(Random r) {
        while (true) {
            String shaped = "+" + (1 + r.nextInt(9)) + digits(r, 6 + r.nextInt(8));
            if (PhoneNumbers.problem(shaped) != null) {
                return shaped;
            }
        }
    }

    /** A number E.164 rejects, with the kinds of mistakes CRM data has. */
    static String badNumber(Random r) {
        while (true) {
            String valid = validNumber(r);
            String bad = switch (r.nextInt(8)) {
                case 0 -> valid.substring(1);
                case 1 -> "+" + (1 + r.nextInt(9)) + digits(r, r.nextInt(5));
                case 2 -> valid + digits(r, 10);
                case 3 -> "+0" + digits(r, 9);
                case 4 -> {
                    int at = 1 + r.nextInt(valid.length() - 1);
                    yield valid.substring(0, at) + CHARS.charAt(r.nextInt(CHARS.length() - 10)) + valid.substring(at);
                }
                case 5 -> "+" + valid;
                case 6 -> "00" + valid.substring(1);
                default -> randomText(r, 1 + r.nextInt(20));
            };
            if (!bad.isEmpty() && !FieldValidator.E164.matcher(bad).matches()) {
                return bad;
            }
        }
    }

    /** A variable key outside [A-Za-z_]+. */
    static String badKey(Random r) {
        while (true) {
            String key = switch (r.nextInt(4)) {
                case 0 -> "";
                case 1 -> "first name";
                case 2 -> "var" + r.nextInt(100);
                default -> randomText(r, 1 + r.nextInt(12));
            };
            if (!FieldValidator.VARIABLE_KEY.matcher(key).matches()) {
                return key;
            }
        }
    }

    static String brokenJson(Random r) {
        String valid = "{\"to_number\": \"+14155550199\", \"agent_tag\": \"a\"}";
        return switch (r.nextInt(4)) {
            case 0 -> valid.substring(0, 1 + r.nextInt(valid.length() - 2));
            case 1 -> valid.replace(":", r.nextBoolean() ? "=" : "");
            case 2 -> "{to_number: +14155550199}";
            default -> "{\"to_number\": \"+14155550199\",}x";
        };
    }

    static String unknownField(Random r) {
        return switch (r.nextInt(4)) {
            case 0 -> "toNumber";
            case 1 -> "mobile_number";
            case 2 -> "phone" + r.nextInt(10);
            default -> "agent_id";
        };
    }

    static Object notAString(Random r) {
        return switch (r.nextInt(4)) {
            case 0 -> r.nextInt();
            case 1 -> List.of("+14155550199");
            case 2 -> Map.of("n", 1);
            default -> r.nextDouble();
        };
    }

    static String typeOf(Object value) {
        return value == null ? "null" : value.getClass().getSimpleName();
    }

    static String digits(Random r, int count) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < count; i++) {
            digits.append((char) ('0' + r.nextInt(10)));
        }
        return digits.toString();
    }

    static String randomText(Random r, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(CHARS.charAt(r.nextInt(CHARS.length())));
        }
        return text.toString();
    }
}
