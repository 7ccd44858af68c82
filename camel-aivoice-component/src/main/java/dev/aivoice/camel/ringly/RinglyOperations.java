package dev.aivoice.camel.ringly;

import dev.aivoice.camel.provider.Operation;
import dev.aivoice.camel.provider.OperationTable;
import dev.aivoice.camel.ringly.model.RinglyCallRequest;
import dev.aivoice.camel.ringly.model.RinglyCallResponse;

/** Every Ringly operation, declared once, in URI order: one api, {@code call}, with one operation, {@code create}. */
final class RinglyOperations {

    static final OperationTable TABLE = new OperationTable(RinglyProvider.NAME,
            Operation.of("call", "create", "POST", RinglyCallHandler.PATH, new RinglyCallHandler()).placesCall()
                    .request(RinglyCallRequest.class, RinglyCallRequest::wireFields)
                    .answer(RinglyCallResponse.class)
                    .accepts(RinglyCallAssembler.FIELDS, "is not a Ringly call field; allowed fields: ")
                    .fields(RinglyCallAssembler.BOUND));

    private RinglyOperations() {
    }
}
