package dev.aivoice.examples;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.aivoice.camel.validation.FieldValidator;

/** One row of the CRM export: who to call and what the agent may say to them. */
public record Lead(String id, String name, String phone, String company) {

    /** E.164, as both providers require: the component would refuse anything else before sending. */
    public boolean hasDialablePhone() {
        return phone != null && FieldValidator.E164.matcher(phone).matches();
    }

    /** The variables the agent speaks with (Ringly {@code dynamic_variables}: letters and underscores only). */
    public Map<String, String> variables() {
        Map<String, String> variables = new LinkedHashMap<>();
        variables.put("customer_name", name);
        variables.put("company", company);
        return variables;
    }
}
