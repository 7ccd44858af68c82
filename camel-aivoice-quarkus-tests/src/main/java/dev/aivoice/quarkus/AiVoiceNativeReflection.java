package dev.aivoice.quarkus;

import dev.aivoice.camel.dryrun.DryRunRequest;
import dev.aivoice.camel.events.CallEvent;
import dev.aivoice.camel.ringg.model.EventSubscription;
import dev.aivoice.camel.ringg.model.RinggAgent;
import dev.aivoice.camel.ringg.model.RinggAgentEdited;
import dev.aivoice.camel.ringg.model.RinggAgentRequest;
import dev.aivoice.camel.ringg.model.RinggBulkStarted;
import dev.aivoice.camel.ringg.model.RinggBulkUpload;
import dev.aivoice.camel.ringg.model.RinggCall;
import dev.aivoice.camel.ringg.model.RinggCallConfig;
import dev.aivoice.camel.ringg.model.RinggCallCreated;
import dev.aivoice.camel.ringg.model.RinggCallDetails;
import dev.aivoice.camel.ringg.model.RinggCallRequest;
import dev.aivoice.camel.ringg.model.RinggCallTime;
import dev.aivoice.camel.ringg.model.RinggCampaign;
import dev.aivoice.camel.ringg.model.RinggCampaignInfo;
import dev.aivoice.camel.ringg.model.RinggCampaignStarted;
import dev.aivoice.camel.ringg.model.RinggCampaignUploaded;
import dev.aivoice.camel.ringg.model.RinggExportRequest;
import dev.aivoice.camel.ringg.model.RinggNumber;
import dev.aivoice.camel.ringg.model.RinggObject;
import dev.aivoice.camel.ringg.model.RinggRecord;
import dev.aivoice.camel.ringg.model.RinggRetryConfig;
import dev.aivoice.camel.ringg.model.RinggRowCounts;
import dev.aivoice.camel.ringg.model.RinggTerminateNumbersRequest;
import dev.aivoice.camel.ringg.model.RinggTerminateRequest;
import dev.aivoice.camel.ringg.model.RinggVoice;
import dev.aivoice.camel.ringg.model.RinggWorkspace;
import dev.aivoice.camel.ringg.model.RinggWorkspaceUser;
import dev.aivoice.camel.ringly.model.RinglyCall;
import dev.aivoice.camel.ringly.model.RinglyCallRequest;
import dev.aivoice.camel.ringly.model.RinglyCallResponse;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Native mode only (JVM mode needs nothing): the component's classes that Jackson reads or writes by reflection,
 * i.e. every class carrying a Jackson annotation and the custom deserializers they name. The component jar cannot
 * register them itself without depending on Quarkus. {@code NativeReflectionListTest} fails when the component
 * gains a Jackson-mapped class this list lacks.
 */
@RegisterForReflection(targets = {
        CallEvent.class, DryRunRequest.class,
        RinglyCall.class, RinglyCallRequest.class, RinglyCallResponse.class,
        RinggCallConfig.class, RinggCallRequest.class, RinggCallTime.class, RinggRetryConfig.class,
        RinggTerminateRequest.class, RinggTerminateNumbersRequest.class, RinggExportRequest.class,
        RinggAgentRequest.class, RinggCampaign.class, EventSubscription.class,
        RinggObject.class, RinggRecord.class, RinggRowCounts.class,
        RinggAgent.class, RinggAgentEdited.class, RinggBulkStarted.class, RinggBulkUpload.class, RinggCall.class,
        RinggCallCreated.class, RinggCallDetails.class, RinggCampaignInfo.class, RinggCampaignStarted.class,
        RinggCampaignUploaded.class, RinggNumber.class, RinggVoice.class, RinggWorkspace.class,
        RinggWorkspaceUser.class },
        // not public: named by class name
        classNames = { "dev.aivoice.camel.ringg.call.CallCreateHandler$Envelope",
                "dev.aivoice.camel.ringg.model.LenientCount", "dev.aivoice.camel.ringg.model.LenientTimestamp" })
public final class AiVoiceNativeReflection {

    private AiVoiceNativeReflection() {
    }
}
