package dev.aivoice.camel.ringg.model;


/** The two answers of a launch: the upload (with the {@code list_id}) and the start. */
public class RinggCampaignLaunched {

    private final RinggCampaignUploaded upload;
    private final RinggCampaignStarted start;

    public RinggCampaignLaunched(RinggCampaignUploaded upload, RinggCampaignStarted start) {
        this.upload = upload;
        this.start = start;
    }

    public RinggCampaignUploaded getUpload() {
        return upload;
    }

    public RinggCampaignStarted getStart() {
        return start;
    }

    public String getListId() {
        return upload.getListId();
    }

    @Override
    public String toString() {
        return "RinggCampaignLaunched[" + upload + ", " + start + "]";
    }
}
