package dev.aivoice.camel.provider;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A provider's operations, each declared once, in URI order: the single list its URI enums, handlers, README table
 * and catalog are checked against. The first operation of each api is its default.
 */
public final class OperationTable {

    private final String provider;
    private final Map<String, Operation> byName = new LinkedHashMap<>();
    private final Map<String, List<String>> apis = new LinkedHashMap<>();

    public OperationTable(String provider, Operation... operations) {
        this.provider = provider;
        for (Operation operation : operations) {
            operation.seal();
            String key = operation.api() + "/" + operation.name();
            if (byName.putIfAbsent(key, operation) != null) {
                throw new IllegalArgumentException(provider + " declares " + key + " twice");
            }
            apis.computeIfAbsent(operation.api(), api -> new ArrayList<>()).add(operation.name());
        }
        apis.replaceAll((api, names) -> List.copyOf(names));
    }

    /** Producer APIs and their operations, in URI order. */
    public Map<String, List<String>> apis() {
        return Collections.unmodifiableMap(apis);
    }

    public List<Operation> operations() {
        return List.copyOf(byName.values());
    }

    /** The operation {@code api/name}; an {@link UnsupportedOperationException} when the table has none. */
    public Operation operation(String api, String name) {
        Operation operation = byName.get(api + "/" + name);
        if (operation == null) {
            throw new UnsupportedOperationException("aivoice:" + provider + ":" + api + " operation " + name
                                                    + " is not implemented yet");
        }
        return operation;
    }
}
