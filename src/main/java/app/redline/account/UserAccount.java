package app.redline.account;

import app.redline.system.BaseEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** A person who signs in. Belongs to one unit (by id: units are the organization feature's). */
@Entity
@Table(name = "app_user")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class UserAccount extends BaseEntity {

    private String username;

    private String displayName;

    private Long unitId;

    private String password;

    private boolean enabled = true;

    private boolean mustChangePassword;

    private String phone;

    private String email;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    private int sessionEpoch;

    @Version
    private long version;

    UserAccount(String username, String displayName, Long unitId, Set<Role> roles, String encodedPassword) {
        this.username = username;
        this.displayName = displayName;
        this.unitId = unitId;
        this.roles.addAll(roles);
        this.password = encodedPassword;
    }

    /** What an administrator sets of an account besides its username, password and status. */
    record Profile(String displayName, Long unitId, Set<Role> roles, String phone, String email) {}

    /**
     * A new unit or new roles end the user's open sessions, as a disabled account or a new password
     * does: what the user may see and do was fixed when they signed in, and a right taken away must
     * not last until they sign out.
     */
    void update(Profile profile) {
        boolean standingChanged = !Objects.equals(unitId, profile.unitId()) || !roles.equals(profile.roles());
        if (standingChanged) {
            endSessions();
        }
        this.displayName = profile.displayName();
        this.unitId = profile.unitId();
        this.roles.clear();
        this.roles.addAll(profile.roles());
        this.phone = profile.phone();
        this.email = profile.email();
    }

    /** The audited fields, as the audit trail compares them (never the password). */
    Map<String, Object> auditedFields() {
        return auditedFields(username, new Profile(displayName, unitId, roles, phone, email), enabled);
    }

    static Map<String, Object> auditedFields(String username, Profile profile, boolean enabled) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("username", username);
        fields.put("displayName", profile.displayName());
        fields.put("unit", profile.unitId());
        fields.put("roles", new TreeSet<>(profile.roles()));
        fields.put("phone", profile.phone());
        fields.put("email", profile.email());
        fields.put("enabled", enabled);
        return fields;
    }

    void disable() {
        enabled = false;
        endSessions();
    }

    void enable() {
        enabled = true;
    }

    /** The password was set by someone else: the user must choose a new one at next sign-in. */
    void requirePasswordChange() {
        mustChangePassword = true;
    }

    /** An administrator set a temporary password: the user must choose a new one at next sign-in. */
    void resetPassword(String encodedPassword) {
        password = encodedPassword;
        mustChangePassword = true;
        endSessions();
    }

    void changePassword(String encodedPassword) {
        password = encodedPassword;
        mustChangePassword = false;
        endSessions();
    }

    private void endSessions() {
        sessionEpoch++;
    }
}
