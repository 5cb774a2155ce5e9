package app.redline.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import app.redline.organization.OrganizationService;
import app.redline.organization.Scope;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** In a request the scope read with the account's state is used; for anyone else it is read. */
class CurrentUserTests {

    final OrganizationService organization = mock(OrganizationService.class);
    final CurrentUser currentUser = new CurrentUser(organization);
    final MockHttpServletRequest request = new MockHttpServletRequest();

    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    static SignedInUser user(long id, long unitId, Role... roles) {
        UserAccount account = new UserAccount("u" + id, "用户" + id, unitId, Set.of(roles), "{noop}x");
        ReflectionTestUtils.setField(account, "id", id);
        return new SignedInUser(account, "单位", false);
    }

    @Test
    void theRequestsUserGetsTheScopeKeptForTheRequest() {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        SignedInUser me = user(7, 70, Role.SUPERVISOR);
        CurrentUser.keepForRequest(request, me, false, Scope.region("970101"));

        assertThat(currentUser.scopeOf(me)).isEqualTo(Scope.region("970101"));
        verify(organization, never()).scopeOf(70L, false);
    }

    @Test
    void anotherUserOrAnotherUnitIsReadAgain() {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        CurrentUser.keepForRequest(request, user(7, 70, Role.SUPERVISOR), false, Scope.region("970101"));
        when(organization.scopeOf(80L, false)).thenReturn(Scope.region("970102"));
        when(organization.scopeOf(71L, false)).thenReturn(Scope.none());

        assertThat(currentUser.scopeOf(user(8, 80, Role.SUPERVISOR))).isEqualTo(Scope.region("970102"));
        assertThat(currentUser.scopeOf(user(7, 71, Role.SUPERVISOR))).isEqualTo(Scope.none());
    }

    @Test
    void outsideARequestItIsRead() {
        when(organization.scopeOf(70L, true)).thenReturn(Scope.all());
        assertThat(currentUser.scopeOf(user(7, 70, Role.ADMIN))).isEqualTo(Scope.all());
    }
}
