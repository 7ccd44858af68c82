package dev.aivoice.camel.keys;

import java.util.HashMap;
import java.util.Map;

/**
 * The {@link AccountKey}s of one component: endpoints with the same provider, base URL and key share one, so that a
 * rotation switches all of them. A rotated key stays registered under its old value too: an endpoint started later
 * with the old key in its options gets the new one.
 */
public final class AccountKeys {

    private final Map<String, AccountKey> accounts = new HashMap<>();

    public synchronized AccountKey of(String provider, String baseUrl, String apiKey) {
        String account = provider + ' ' + baseUrl + ' ';
        return accounts.computeIfAbsent(account + apiKey, id -> {
            AccountKey[] created = new AccountKey[1];
            created[0] = new AccountKey(apiKey, newKey -> alias(account + newKey, created[0]));
            return created[0];
        });
    }

    private synchronized void alias(String id, AccountKey key) {
        accounts.putIfAbsent(id, key);
    }

    /** Never a key. */
    @Override
    public String toString() {
        return "AccountKeys[" + accounts.size() + " accounts]";
    }
}
