package dev.aivoice.camel.ringg.model;

import java.util.List;

/** What a terminate did: how many requests it sent (100 numbers each at most) and Ringg's message for each. */
public class RinggTerminated {

    private final int requests;
    private final int numbers;
    private final List<String> messages;

    public RinggTerminated(int requests, int numbers, List<String> messages) {
        this.requests = requests;
        this.numbers = numbers;
        this.messages = List.copyOf(messages);
    }

    public int getRequests() {
        return requests;
    }

    /** The distinct numbers sent, over all requests. */
    public int getNumbers() {
        return numbers;
    }

    /** Ringg's message per request (requests answered without one are left out). */
    public List<String> getMessages() {
        return messages;
    }

    @Override
    public String toString() {
        return "RinggTerminated[requests=" + requests + ", numbers=" + numbers + "]";
    }
}
