package app.redline.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import lombok.Data;

@Data
class PasswordChangeForm {

    @NotBlank
    @Size(max = 200)
    private String currentPassword;

    @NotBlank
    @Size(max = 200)
    private String newPassword;

    @NotBlank
    @Size(max = 200)
    private String confirmation;
}
