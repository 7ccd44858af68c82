package dev.aivoice.camel.test;

/** Ringg webhook bodies of every documented shape (providers-api.md 2.13.3 and 2.13.4), with test values. */
public final class RinggEvents {

    public static final String CALL_STARTED = """
            {"event_type": "call_started", "call_id": "c0a8-0001", "call_sid": "CA11", "agent_id": "ag-7",
             "workspace_id": "ws-1", "agent_name": "Renewal reminder", "version_id": "ver-1",
             "sub_status": "ACCEPTED", "version_slug": "v1", "version_description": "first",
             "custom_args_values": {"callee_name": "Asha", "order_id": "A-17"}}""";

    public static final String CALL_COMPLETED = """
            {"event_type": "call_completed", "call_id": "c0a8-0001", "call_sid": "CA11", "agent_id": "ag-7",
             "workspace_id": "ws-1", "agent_name": "Renewal reminder", "version_id": "ver-1", "status": "completed",
             "retry_count": 1, "call_type": "outbound", "to_number": "+919800000001", "from_number": "+912200000002",
             "bulk_list_id": null, "called_on": "2026-03-02T10:16:01.2Z", "call_duration": 42.5, "call_cost": 0.2,
             "agent_message_count": 2, "user_message_count": 1,
             "transcript": [{"bot": "Hello, this is Ringg calling about your renewal."}, {"user": "Yes?"},
                            {"bot": "Your policy renews on Friday."}],
             "custom_args_values": {"callee_name": "Asha", "order_id": "A-17"}}""";

    public static final String RECORDING_COMPLETED = """
            {"event_type": "recording_completed", "call_id": "c0a8-0001", "call_sid": "CA11", "agent_id": "ag-7",
             "workspace_id": "ws-1", "recording_url": "https://recordings.example/c0a8-0001.mp3",
             "recording_duration": 41.0, "custom_args_values": {}}""";

    public static final String PLATFORM_ANALYSIS_COMPLETED = """
            {"event_type": "platform_analysis_completed", "call_id": "c0a8-0001", "call_sid": "CA11",
             "agent_id": "ag-7", "workspace_id": "ws-1",
             "analysis_data": {"summary": "Customer will renew.", "classification": "interested",
                               "key_points": ["renews Friday"], "sentiment": "positive",
                               "call_disconnect_reason": "customer_hangup", "action_items": ["send receipt"]}}""";

    public static final String CLIENT_ANALYSIS_COMPLETED = """
            {"event_type": "client_analysis_completed", "call_id": "c0a8-0001", "call_sid": "CA11",
             "agent_id": "ag-7", "workspace_id": "ws-1",
             "analysis_data": {"will_renew": "yes", "preferred_channel": "email"}}""";

    /** Transcript as a JSON-encoded string of role/content turns, a time without offset. */
    public static final String ALL_PROCESSING_COMPLETED = """
            {"event_type": "all_processing_completed", "call_id": "c0a8-0001", "call_sid": "CA11",
             "agent_id": "ag-7", "workspace_id": "ws-1", "status": "completed", "sub_status": "ACCEPTED",
             "called_on": "2026-03-02T10:16:01.123456",
             "transcript": "[{\\"role\\": \\"assistant\\", \\"content\\": \\"Hello\\", \\"timestamp\\": \\"10:16:02\\"}, {\\"role\\": \\"user\\", \\"content\\": \\"Hi\\"}]",
             "recording_url": "https://recordings.example/c0a8-0001.mp3",
             "platform_analysis": {"summary": "Customer will renew."},
             "client_analysis": {"will_renew": "yes"},
             "custom_args_values": {"callee_name": "Asha", "attempt_no": 2}}""";

    /** The legacy per-call callback_url body: an envelope around the call, no event_type. */
    public static final String LEGACY_CALLBACK = """
            {"status": "success", "message": "Call Details",
             "data": {"call_id": "c0a8-0002", "call_direction": "outbound", "status": "completed",
                      "call_duration": 120.5, "recording_url": "https://recordings.example/c0a8-0002.mp3",
                      "transcript": "[{\\"bot\\": \\"Hi\\", \\"message_id\\": \\"m1\\", \\"timestamp\\": \\"2026-03-02T10:16:02\\"}, {\\"user\\": \\"Hello\\", \\"message_id\\": \\"m2\\"}]",
                      "agent_id": "ag-7", "retry": 0, "from_number": "+12025550143", "to_number": "+14155550199",
                      "custom_args_values": {"order_id": "A-18"}, "analysis": {"summary": "Short call."}}}""";

    private RinggEvents() {
    }

    /** A call_completed body for a given call and attempt. */
    public static String callCompleted(String callId, int retryCount) {
        return """
                {"event_type": "call_completed", "call_id": "%s", "agent_id": "ag-7", "workspace_id": "ws-1",
                 "status": "completed", "retry_count": %d, "call_type": "outbound", "call_duration": 12.0,
                 "transcript": [{"bot": "Hello"}, {"user": "Hi"}]}""".formatted(callId, retryCount);
    }
}
