package app.redline.account;

import app.redline.system.FieldProblem;
import lombok.RequiredArgsConstructor;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A user changes their own password; every session of the user ends, this one too. */
@Service
@RequiredArgsConstructor
class PasswordChange {

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;

    @Transactional
    void change(SignedInUser user, PasswordChangeForm form) {
        UserAccount account = accounts.findById(user.id()).orElseThrow(() -> new UserNotFoundException(user.id()));
        if (!passwordEncoder.matches(form.getCurrentPassword(), account.getPassword())) {
            throw new FieldProblem("currentPassword", "password.current.wrong");
        }
        if (!PasswordPolicy.isStrong(form.getNewPassword())) {
            throw new FieldProblem("newPassword", "password.weak");
        }
        if (!form.getNewPassword().equals(form.getConfirmation())) {
            throw new FieldProblem("confirmation", "password.confirmation.differs");
        }
        if (passwordEncoder.matches(form.getNewPassword(), account.getPassword())) {
            throw new FieldProblem("newPassword", "password.unchanged");
        }
        account.changePassword(passwordEncoder.encode(form.getNewPassword()));
    }
}
