package dev.aivoice.camel.ringg.model;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;

/** Base of Ringg's typed answers: fields Ringg sends beyond the documented ones are kept, not dropped. */
public abstract class RinggObject {

    private final Map<String, Object> additionalFields = new LinkedHashMap<>();

    /** Fields of the answer that have no getter of their own. */
    @JsonAnyGetter
    public Map<String, Object> getAdditionalFields() {
        return additionalFields;
    }

    @JsonAnySetter
    protected void setAdditionalField(String name, Object value) {
        additionalFields.put(name, value);
    }
}
