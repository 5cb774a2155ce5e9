package app.redline.account;

import app.redline.system.OnCreate;
import app.redline.system.Phone;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Set;
import lombok.Data;

/** An administrator's form for a user; the password is asked for only when a user is created. */
@Data
class UserForm {

    @NotBlank(groups = OnCreate.class)
    @Size(max = 64, groups = OnCreate.class)
    @Pattern(regexp = "[A-Za-z0-9._-]*", message = "{user.username.pattern}", groups = OnCreate.class)
    private String username;

    @NotBlank
    @Size(max = 100)
    private String displayName;

    @NotNull
    private Long unitId;

    @NotEmpty
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Phone
    private String phone;

    @Email
    @Size(max = 200)
    private String email;

    private String password;

    private long version;

    static UserForm of(UserAccount account) {
        UserForm form = new UserForm();
        form.username = account.getUsername();
        form.displayName = account.getDisplayName();
        form.unitId = account.getUnitId();
        form.roles = account.getRoles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(account.getRoles());
        form.phone = account.getPhone();
        form.email = account.getEmail();
        form.version = account.getVersion();
        return form;
    }

    UserAccount.Profile profile() {
        return new UserAccount.Profile(displayName, unitId, roles, phone, email);
    }
}
