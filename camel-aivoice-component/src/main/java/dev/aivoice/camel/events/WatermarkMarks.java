package dev.aivoice.camel.events;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import dev.aivoice.camel.reliability.KeyClaims;
import org.apache.camel.spi.IdempotentRepository;

/**
 * Keeps the backfill's watermark in the consumer's {@link IdempotentRepository}, so that it survives a restart when
 * that repository is persistent (JDBC, Redis, a file): the watermark, rounded down to the minute, is stored as the key
 * {@code <provider>|backfill|<path>|<epoch minute>}; at start the newest such key within {@link #LOOKBACK} is found
 * by probing minute by minute (one {@code contains} each, at start only). Rounding down only re-reads a little
 * history, which the event keys make harmless.
 */
public final class WatermarkMarks {

    /** How far back a stored watermark is looked for (and how far back the backfill ever reads). */
    public static final Duration LOOKBACK = Duration.ofHours(24);

    private final IdempotentRepository repository;
    private final String prefix;
    private String lastKey;

    public WatermarkMarks(IdempotentRepository repository, String provider, String path) {
        this.repository = repository;
        this.prefix = provider + "|backfill|" + path + "|";
    }

    /** The newest stored watermark no older than {@link #LOOKBACK} before {@code now}, or null. */
    public Instant load(Instant now) {
        long minute = now.truncatedTo(ChronoUnit.MINUTES).getEpochSecond() / 60;
        for (long back = 0; back <= LOOKBACK.toMinutes(); back++) {
            String key = prefix + (minute - back);
            if (repository.contains(key)) {
                lastKey = key;
                return Instant.ofEpochSecond((minute - back) * 60);
            }
        }
        return null;
    }

    /** Stores the watermark and forgets the previous one. */
    public void save(Instant watermark) {
        String key = prefix + watermark.getEpochSecond() / 60;
        if (key.equals(lastKey)) {
            return;
        }
        KeyClaims.claim(repository, key); // issue 15: another instance may store the same minute at once
        repository.confirm(key);
        if (lastKey != null) {
            repository.remove(lastKey);
        }
        lastKey = key;
    }
}
