package app.redline;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Signs in through the real login form, as a browser would. */
public final class SignIn {

    private SignIn() {}

    public static MvcTestResult signIn(MockMvcTester mvc, String username, String password) {
        return mvc.post()
                .uri("/login")
                .param("username", username)
                .param("password", password)
                .with(csrf())
                .exchange();
    }

    /**
     * The session cookie a response set (after signing in: the new session's), to send with the
     * next requests as a browser would. Sessions live in the database, not in the servlet container.
     */
    public static Cookie session(MvcTestResult result) {
        Cookie cookie = result.getResponse().getCookie("SESSION");
        if (cookie == null) {
            throw new AssertionError("The response set no session cookie");
        }
        return cookie;
    }
}
