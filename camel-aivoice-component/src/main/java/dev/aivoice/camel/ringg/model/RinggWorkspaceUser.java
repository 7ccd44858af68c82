package dev.aivoice.camel.ringg.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A member of the workspace ({@code GET /workspace/users}); ids feed {@code email_completion_user_ids}. */
public class RinggWorkspaceUser extends RinggObject {

    @JsonProperty("id")
    private String id;

    @JsonProperty("username")
    private String username;

    @JsonProperty("email")
    private String email;

    @JsonProperty("role")
    private String role;

    @JsonProperty("invite_status")
    private String inviteStatus;

    public String getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getEmail() {
        return email;
    }

    public String getRole() {
        return role;
    }

    public String getInviteStatus() {
        return inviteStatus;
    }

    @Override
    public String toString() {
        return "RinggWorkspaceUser[" + id + ", " + role + "]";
    }
}
