package dev.aivoice.camel.ringg.model;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntFunction;

import dev.aivoice.camel.http.ConnectionFailures;
import org.apache.camel.RuntimeCamelException;

/**
 * Every item of a Ringg list, one page in memory at a time: the next page is fetched only when the current one has
 * been consumed, so {@code split(body()).streaming()} walks a history of any size. A failing page surfaces as the
 * provider's exception from {@link #hasNext()}.
 */
public final class PagedIterator<T> implements Iterator<T> {

    private final IntFunction<CompletableFuture<RinggPage<T>>> fetch;
    private Iterator<T> current;
    private Integer nextOffset;
    private int pagesFetched = 1;

    public PagedIterator(RinggPage<T> first, IntFunction<CompletableFuture<RinggPage<T>>> fetch) {
        this.fetch = fetch;
        this.current = first.items().iterator();
        this.nextOffset = first.nextOffset();
    }

    @Override
    public boolean hasNext() {
        while (!current.hasNext() && nextOffset != null) {
            RinggPage<T> page = join(fetch.apply(nextOffset));
            pagesFetched++;
            current = page.items().iterator();
            nextOffset = page.nextOffset();
        }
        return current.hasNext();
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more items");
        }
        return current.next();
    }

    /** How many pages were requested so far. */
    public int pagesFetched() {
        return pagesFetched;
    }

    private static <P> P join(CompletableFuture<P> future) {
        try {
            return future.join();
        } catch (RuntimeException e) {
            Throwable cause = ConnectionFailures.unwrap(e);
            throw cause instanceof RuntimeException runtime ? runtime : new RuntimeCamelException(cause);
        }
    }
}
