package app.redline.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;

/**
 * A session's security context is read back once per content: the same bytes give the same
 * authentication in a new context for each request, so a request that clears its context (a
 * sign-out) leaves the next request's alone; other bytes, other attributes and a full store are
 * read as Spring Session reads them.
 */
class SessionAttributesTests {

    final SessionAttributes attributes = new SessionAttributes(getClass().getClassLoader());

    byte[] bytes(Object value) {
        return (byte[])
                attributes.convert(value, TypeDescriptor.forObject(value), TypeDescriptor.valueOf(byte[].class));
    }

    Object read(byte[] bytes) {
        return attributes.convert(bytes, TypeDescriptor.valueOf(byte[].class), TypeDescriptor.valueOf(Object.class));
    }

    static SecurityContext signedIn(String username) {
        return new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(
                username, null, List.of(new SimpleGrantedAuthority("ROLE_INSPECTOR"))));
    }

    @Test
    void theSameBytesGiveTheSameAuthenticationInAContextOfItsOwn() {
        byte[] stored = bytes(signedIn("inspector"));

        SecurityContext first = (SecurityContext) read(stored);
        SecurityContext second = (SecurityContext) read(stored);

        assertThat(first).isNotSameAs(second);
        assertThat(second.getAuthentication()).isSameAs(first.getAuthentication());
        assertThat(second.getAuthentication().getName()).isEqualTo("inspector");
        assertThat(attributes.kept()).isEqualTo(1);

        // A sign-out clears its own request's context only.
        first.setAuthentication(null);
        SecurityContext third = (SecurityContext) read(stored);
        assertThat(third.getAuthentication()).isNotNull();
        assertThat(third.getAuthentication().getAuthorities())
                .extracting(Object::toString)
                .containsExactly("ROLE_INSPECTOR");
    }

    @Test
    void otherBytesAndOtherAttributesAreReadAsTheyAre() {
        SecurityContext inspector = (SecurityContext) read(bytes(signedIn("inspector")));
        SecurityContext supervisor = (SecurityContext) read(bytes(signedIn("supervisor")));

        assertThat(inspector.getAuthentication().getName()).isEqualTo("inspector");
        assertThat(supervisor.getAuthentication().getName()).isEqualTo("supervisor");
        assertThat(read(bytes(Locale.SIMPLIFIED_CHINESE))).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(read(bytes(new SecurityContextImpl()))).isEqualTo(new SecurityContextImpl());
        assertThat(attributes.kept()).isEqualTo(2);
    }

    @Test
    void aFullStoreForgetsWhatItKeptAndReadsAgain() {
        for (int i = 0; i < SessionAttributes.KEPT; i++) {
            read(bytes(signedIn("user" + i)));
        }
        assertThat(attributes.kept()).isEqualTo(SessionAttributes.KEPT);

        SecurityContext next = (SecurityContext) read(bytes(signedIn("one-more")));

        assertThat(next.getAuthentication().getName()).isEqualTo("one-more");
        assertThat(attributes.kept()).isEqualTo(1);
    }
}
