package dev.aivoice.camel.ringg.subscription;

/** GET /agent/{id} answers in Ringg's live, versioned shape (providers-api.md 2.5 and 2.13.1). */
final class RinggAgents {

    static final String OUR_URL = "https://camel.example.com/ringg/events";

    /** Active version ver-2 holds three subscriptions, ours among them, secrets masked as Ringg returns them. */
    static final String WITH_SUBSCRIPTIONS = """
            {"agents": {"id": "ag-7", "agent_display_name": "Renewal reminder", "agent_type": "outbound",
              "active_agent_version_id": "ver-2",
              "version_details": {
                "ver-1": {"event_subscriptions": [
                   {"event_type": ["call_started"], "callback_url": "https://old.example/x", "headers": {},
                    "method_type": "POST"}]},
                "ver-2": {"agent_config": {"custom_variables": ["callee_name"]}, "event_subscriptions": [
                   {"event_type": "call_completed", "callback_url": "https://crm.example.com/hooks",
                    "headers": {"Authorization": "Bear***", "Content-Type": "application/json"}, "method_type": "POST"},
                   {"event_type": ["call_started"], "callback_url": "https://camel.example.com/ringg/events",
                    "headers": {"Authorization": "Bear***"}, "method_type": "POST"},
                   {"event_type": ["recording_completed"], "callback_url": "https://archive.example.com/rec",
                    "headers": {}, "method_type": "PUT", "auth_fetch_config": {"enabled": false}}]}}}}""";

    /** The only version, no active id, no subscriptions yet. */
    static final String SINGLE_VERSION_WITHOUT_SUBSCRIPTIONS = """
            {"agents": {"id": "ag-7", "active_agent_version_id": null,
              "version_details": {"ver-9": {"agent_config": {}}}}}""";

    /** A/B test live: two versions, no active one. */
    static final String AB_TEST_LIVE = """
            {"agents": {"id": "ag-7", "is_ab_live": true, "active_agent_version_id": null,
              "version_details": {"ver-a": {"event_subscriptions": []}, "ver-b": {"event_subscriptions": []}}}}""";

    /** The documented, unversioned shape: where the subscriptions are cannot be told. */
    static final String WITHOUT_VERSION_DETAILS = """
            {"agents": {"id": "ag-7", "agent_display_name": "Renewal reminder", "agent_type": "outbound"}}""";

    static final String PATCHED = """
            {"message": "Agent updated successfully!", "agent_id": "ag-7"}""";

    private RinggAgents() {
    }
}
