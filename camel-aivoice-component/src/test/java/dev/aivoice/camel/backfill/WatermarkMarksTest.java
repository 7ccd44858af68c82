package dev.aivoice.camel.backfill;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import dev.aivoice.camel.events.WatermarkMarks;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.processor.idempotent.FileIdempotentRepository;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The backfill watermark survives a restart in a persistent repository, and only the newest one is kept. */
class WatermarkMarksTest {

    static final Instant NOW = Instant.parse("2026-03-02T10:00:30Z");

    @TempDir
    Path dir;

    @Test
    void watermarkSavedInAFileRepositoryIsFoundByTheNextProcess() throws Exception {
        File file = dir.resolve("events.dat").toFile();
        IdempotentRepository first = FileIdempotentRepository.fileIdempotentRepository(file, 1000);
        first.start();
        WatermarkMarks marks = new WatermarkMarks(first, "ringg", "/ringg/events");
        marks.save(NOW.minus(Duration.ofMinutes(90)));
        marks.save(NOW.minus(Duration.ofMinutes(20)).plusSeconds(7));
        first.stop();

        IdempotentRepository restarted = FileIdempotentRepository.fileIdempotentRepository(file, 1000);
        restarted.start();
        assertThat(new WatermarkMarks(restarted, "ringg", "/ringg/events").load(NOW.plus(Duration.ofHours(2))))
                .isEqualTo(Instant.parse("2026-03-02T09:40:00Z"));
        assertThat(restarted.contains("ringg|backfill|/ringg/events|" + NOW.minus(Duration.ofMinutes(90))
                .getEpochSecond() / 60)).as("the older watermark was forgotten").isFalse();
        assertThat(new WatermarkMarks(restarted, "ringg", "/other/path").load(NOW)).isNull();
        restarted.stop();
    }

    @Test
    void noWatermarkInAFreshRepositoryOrOlderThanTheLookback() {
        IdempotentRepository memory = MemoryIdempotentRepository.memoryIdempotentRepository(100);
        WatermarkMarks marks = new WatermarkMarks(memory, "ringg", "/e");
        assertThat(marks.load(NOW)).isNull();
        marks.save(NOW);
        assertThat(new WatermarkMarks(memory, "ringg", "/e").load(NOW.plus(WatermarkMarks.LOOKBACK).plusSeconds(60)))
                .isNull();
    }
}
