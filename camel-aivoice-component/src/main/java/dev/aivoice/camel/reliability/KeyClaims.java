package dev.aivoice.camel.reliability;

import org.apache.camel.spi.IdempotentRepository;

/**
 * Adding a key to an {@link IdempotentRepository} that several instances share. Two instances adding the same key at
 * once is a race some stores report as an error rather than as {@code false}: camel-sql's
 * {@code JdbcMessageIdRepository} checks, then inserts, and the loser's insert fails on the primary key. A failed add
 * whose key is then found in the store is such a loss: the key is someone else's.
 */
public final class KeyClaims {

    private KeyClaims() {
    }

    /**
     * @return           true when this caller added the key (it owns it), false when the key was there already
     * @throws RuntimeException what the store threw when the key could not be added and is not there (store down)
     */
    public static boolean claim(IdempotentRepository repository, String key) {
        try {
            return repository.add(key);
        } catch (RuntimeException failed) {
            boolean there;
            try {
                there = repository.contains(key);
            } catch (RuntimeException down) {
                failed.addSuppressed(down);
                throw failed;
            }
            if (there) {
                return false;
            }
            throw failed;
        }
    }
}
