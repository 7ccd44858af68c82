package dev.aivoice.camel.ringg.model;

import java.util.List;

/**
 * What {@code subscribeEvents} wrote.
 *
 * @param agentId           the agent
 * @param versionId         the agent version whose subscriptions were written
 * @param callbackUrl       the subscribed URL
 * @param eventTypes        the event types subscribed for it
 * @param subscriptionCount how many subscriptions the version has now, ours included
 * @param replaced          true when an earlier subscription of the same URL was replaced
 * @param message           Ringg's answer message
 */
public record SubscribeEventsResult(String agentId, String versionId, String callbackUrl, List<String> eventTypes,
                                    int subscriptionCount, boolean replaced, String message) {
}
