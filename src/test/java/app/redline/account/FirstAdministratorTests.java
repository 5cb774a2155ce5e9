package app.redline.account;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import app.redline.organization.OrganizationService;
import app.redline.system.Installation;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FirstAdministratorTests {

    Installation production = mock(Installation.class);
    AccountService accounts = mock(AccountService.class);
    OrganizationService organization = mock(OrganizationService.class);

    FirstAdministrator withEnvironment(String username, String password) {
        return new FirstAdministrator(production, accounts, organization, username, password, "Redline");
    }

    @Test
    void anEmptyDatabaseWithoutTheVariablesRefusesToStart() {
        assertThatThrownBy(() -> withEnvironment("", "").run(null))
                .isInstanceOf(FirstAdministratorException.class)
                .hasMessageContaining("REDLINE_ADMIN_USERNAME");
        verify(accounts, never()).ensureUser(anyString(), anyString(), any(), any(), anyString());
    }

    @Test
    void aWeakPasswordRefusesToStart() {
        assertThatThrownBy(() -> withEnvironment("root", "short1").run(null))
                .isInstanceOf(FirstAdministratorException.class)
                .hasMessageContaining("too weak");
        assertThatThrownBy(() -> withEnvironment("root", "onlyletterslong").run(null))
                .hasMessageContaining("too weak");
    }

    @Test
    void aStrongPasswordCreatesTheAdministratorInTheOperatorUnit() {
        when(organization.ensureOperator("Redline")).thenReturn(7L);
        withEnvironment(" root ", "Strong2026pw").run(null);
        verify(accounts).ensureUser("root", "root", 7L, Set.of(Role.ADMIN), "Strong2026pw");
    }

    @Test
    void nothingHappensWhenUsersExistOrInADemo() {
        when(accounts.hasUsers()).thenReturn(true);
        withEnvironment("", "").run(null);
        when(accounts.hasUsers()).thenReturn(false);
        when(production.isDemo()).thenReturn(true);
        withEnvironment("", "").run(null);
        verify(accounts, never()).ensureUser(anyString(), anyString(), any(), any(), anyString());
    }
}
