package app.redline.account;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Explains, instead of a stack trace, why Redline refused to start without a first administrator. */
class FirstAdministratorFailureAnalyzer extends AbstractFailureAnalyzer<FirstAdministratorException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, FirstAdministratorException cause) {
        return new FailureAnalysis(
                cause.getMessage(),
                "Set REDLINE_ADMIN_USERNAME and REDLINE_ADMIN_PASSWORD (at least 10 characters with letters and "
                        + "digits) for the first start, then sign in and change the password.",
                cause);
    }
}
