package dev.aivoice.camel.ringg;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import dev.aivoice.camel.AiVoiceConstants;
import dev.aivoice.camel.provider.BoundRequest;
import dev.aivoice.camel.provider.OperationAction;
import dev.aivoice.camel.provider.OperationContext;
import dev.aivoice.camel.provider.OperationResult;
import dev.aivoice.camel.ringg.model.PagedIterator;
import dev.aivoice.camel.ringg.model.RinggPage;

/**
 * A paged Ringg list ({@code limit}/{@code offset}, always both sent). One page: the body is a {@code List} of typed
 * items. {@code pageAll}: the body is a {@link PagedIterator} over every page. Out headers: offset, total when Ringg
 * reports a number, next offset unless it is the last page.
 */
public final class ListHandler<T> implements OperationAction {

    private final String path;
    private final String itemsKey;
    private final Class<T> type;
    private final QueryBuilder filters;

    public ListHandler(String path, String itemsKey, Class<T> type, QueryBuilder filters) {
        this.path = path;
        this.itemsKey = itemsKey;
        this.type = type;
        this.filters = filters;
    }

    @Override
    public CompletionStage<?> run(BoundRequest request, OperationContext context) {
        PageRequest paging = PageRequest.of(request, context.validator());
        Map<String, Object> query = filters.build(request, context);
        OperationResult result = request.result();
        return fetch(context, query, paging.limit(), paging.offset()).thenApply(first -> {
            result.header(AiVoiceConstants.OFFSET, first.offset());
            result.header(AiVoiceConstants.TOTAL, first.total());
            if (paging.all()) {
                result.header(AiVoiceConstants.NEXT_OFFSET, null);
                return new PagedIterator<>(first, offset -> fetch(context, query, paging.limit(), offset));
            }
            result.header(AiVoiceConstants.NEXT_OFFSET, first.nextOffset());
            return first.items();
        });
    }

    private CompletableFuture<RinggPage<T>> fetch(OperationContext context, Map<String, Object> filters, int limit,
                                                  int offset) {
        Map<String, Object> query = new LinkedHashMap<>(filters);
        query.put("limit", limit);
        query.put("offset", offset);
        return context.sendForJson(context.request("GET", path, query).build())
                .thenApply(answer -> new RinggPage<>(RinggAnswers.list(answer, itemsKey, type, context), offset, limit,
                        RinggAnswers.total(answer)));
    }
}
