package dev.aivoice.camel.ringg;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aivoice.camel.AiVoiceComponent;
import org.apache.camel.catalog.CamelCatalog;
import org.apache.camel.catalog.DefaultCamelCatalog;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Ringg's operation table is the single list: every operation has a handler, a catalog enum and a README row. */
class RinggOperationTableTest {

    final Map<String, List<String>> table = new RinggProvider().producerApis();

    @Test
    void everyOperationHasAHandler() {
        RinggProvider provider = new RinggProvider();
        table.forEach((api, operations) -> operations.forEach(
                operation -> assertThat(provider.handler(api, operation)).as(api + "/" + operation).isNotNull()));
    }

    @Test
    void everyOperationIsInTheCatalogsEnumAndTheNewOptionsValidate() throws Exception {
        String json;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("META-INF/dev/aivoice/camel/aivoice.json")) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        JsonNode operation = new ObjectMapper().readTree(json).at("/properties/operation/enum");
        List<String> enums = new ArrayList<>();
        operation.forEach(value -> enums.add(value.asText()));
        table.values().forEach(operations -> assertThat(enums).containsAll(operations));

        CamelCatalog catalog = new DefaultCamelCatalog();
        catalog.addComponent("aivoice", AiVoiceComponent.class.getName(), json);
        for (String uri : List.of("aivoice:ringg:workspace?operation=rotateKey&applyRotatedKey=true",
                "aivoice:ringg:campaign?operation=bulkStart&checkBalance=true",
                "aivoice:ringg:call?operation=export", "aivoice:ringg:agent?operation=archive",
                "aivoice:ringg:campaign?operation=terminateCampaignNumbers")) {
            assertThat(catalog.validateEndpointProperties(uri).isSuccess()).as(uri).isTrue();
        }
    }

    @Test
    void theReadmesUriTableListsExactlyTheseOperations() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"));
        Pattern row = Pattern.compile("^\\| ringg \\| (\\w+) \\| producer \\| (.+) \\|$", Pattern.MULTILINE);
        Matcher rows = row.matcher(readme);
        int found = 0;
        while (rows.find()) {
            List<String> listed = Arrays.stream(rows.group(2).split(","))
                    .map(cell -> cell.strip().replace("`", "")).toList();
            assertThat(listed).as(rows.group(1)).isEqualTo(table.get(rows.group(1)));
            found++;
        }
        assertThat(found).isEqualTo(table.size());
    }
}
