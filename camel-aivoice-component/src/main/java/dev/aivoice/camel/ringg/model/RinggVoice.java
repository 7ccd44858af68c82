package dev.aivoice.camel.ringg.model;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A voice of the catalogue ({@code GET /agent/voices}). */
public class RinggVoice extends RinggObject {

    @JsonProperty("id")
    private String id;

    @JsonProperty("name")
    private String name;

    @JsonProperty("gender")
    private String gender;

    @JsonProperty("languages")
    private List<String> languages;

    @JsonProperty("image_url")
    private String imageUrl;

    @JsonProperty("voice_previews")
    private Map<String, String> voicePreviews;

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getGender() {
        return gender;
    }

    public List<String> getLanguages() {
        return languages;
    }

    public String getImageUrl() {
        return imageUrl;
    }

    public Map<String, String> getVoicePreviews() {
        return voicePreviews;
    }

    @Override
    public String toString() {
        return "RinggVoice[" + id + ", " + name + "]";
    }
}
