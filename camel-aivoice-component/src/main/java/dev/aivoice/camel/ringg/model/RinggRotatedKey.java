package dev.aivoice.camel.ringg.model;

/**
 * The workspace's new API key, the body after {@code aivoice:ringg:workspace?operation=rotateKey}. The old key no
 * longer works: store this one where the application reads its key from ({@link #getNewApiKey()}). Its
 * {@code toString()} (and so Camel's conversion to String, logs and the tracer) shows only {@code ***}.
 */
public final class RinggRotatedKey {

    private final String newApiKey;
    private final boolean applied;

    public RinggRotatedKey(String newApiKey, boolean applied) {
        this.newApiKey = newApiKey;
        this.applied = applied;
    }

    /** The new key, in clear: handle it as a secret. */
    public String getNewApiKey() {
        return newApiKey;
    }

    /** True when {@code applyRotatedKey=true} switched the component's endpoints to the new key. */
    public boolean isApplied() {
        return applied;
    }

    @Override
    public String toString() {
        return "RinggRotatedKey[newApiKey=***, applied=" + applied + "]";
    }
}
