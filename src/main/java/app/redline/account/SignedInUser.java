package app.redline.account;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in user as the session holds it. The password is erased after sign-in. */
public final class SignedInUser implements UserDetails, CredentialsContainer {

    private final Long id;
    private final String username;
    private final String displayName;
    private final Long unitId;
    private final String unitName;
    private final Set<Role> roles;
    private final boolean enabled;
    private final boolean locked;
    private final int sessionEpoch;
    private String password;

    SignedInUser(UserAccount account, String unitName, boolean locked) {
        this.id = account.getId();
        this.username = account.getUsername();
        this.displayName = account.getDisplayName();
        this.unitId = account.getUnitId();
        this.unitName = unitName;
        this.roles = Set.copyOf(account.getRoles());
        this.enabled = account.isEnabled();
        this.locked = locked;
        this.sessionEpoch = account.getSessionEpoch();
        this.password = account.getPassword();
    }

    public Long id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public Long unitId() {
        return unitId;
    }

    public String unitName() {
        return unitName;
    }

    int sessionEpoch() {
        return sessionEpoch;
    }

    public Set<Role> roles() {
        return roles;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean hasRole(String role) {
        return roles.stream().anyMatch(r -> r.name().equals(role));
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<SimpleGrantedAuthority> authorities = roles.stream()
                .map(role -> new SimpleGrantedAuthority(role.authority()))
                .toList();
        return authorities;
    }

    @Override
    public String getPassword() {
        return password;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public void eraseCredentials() {
        password = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SignedInUser user && user.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
