package dev.aivoice.sandbox;

/** A caller number of the workspace: its id ({@code from_number_id}), E.164 number and number pool. */
public record SandboxNumber(String id, String number, String numberPoolId) {
}
