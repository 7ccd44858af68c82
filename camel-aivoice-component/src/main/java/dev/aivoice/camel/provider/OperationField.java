package dev.aivoice.camel.provider;

import java.util.function.Function;

import dev.aivoice.camel.AiVoiceConfiguration;

/**
 * One field an operation binds: its wire name, the header and the endpoint option that may give it, and the body
 * name it is also known by ({@code alias}). The {@link RequestBinder} layers them: option, then body, then header.
 *
 * @param wire       the provider's JSON or query name
 * @param header     the Camel header that overrides it, or null
 * @param headerType the type the header is read as: String, Integer (a whole number), Boolean, or Object (as given)
 * @param option     the endpoint option that gives its default, or null
 * @param alias      another body name for the same field (e.g. {@code bulk_list_id} for {@code list_id}), or null
 */
public record OperationField(String wire, String header, Class<?> headerType,
                             Function<AiVoiceConfiguration, Object> option, String alias) {

    public static OperationField field(String wire) {
        return new OperationField(wire, null, String.class, null, null);
    }

    /** Read from this header as text. */
    public OperationField header(String name) {
        return new OperationField(wire, name, String.class, option, alias);
    }

    /** Read from this header as {@code type}. */
    public OperationField header(String name, Class<?> type) {
        return new OperationField(wire, name, type, option, alias);
    }

    public OperationField option(Function<AiVoiceConfiguration, Object> reader) {
        return new OperationField(wire, header, headerType, reader, alias);
    }

    public OperationField alias(String bodyName) {
        return new OperationField(wire, header, headerType, option, bodyName);
    }
}
