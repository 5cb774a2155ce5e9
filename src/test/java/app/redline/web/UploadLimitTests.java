package app.redline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * On the real server (Tomcat, not MockMvc): a request over the upload limit gets Redline's own
 * "too large" page in the user's language with the way back to the form, never the container's
 * bare page. The limit is lowered to 1 MB here so the test sends little.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.servlet.multipart.max-request-size=1MB", "spring.servlet.multipart.max-file-size=1MB"})
@ActiveProfiles("test")
class UploadLimitTests {

    @LocalServerPort
    int port;

    final HttpClient client = HttpClient.newHttpClient();

    HttpResponse<String> post(String language, int bytes) throws Exception {
        String boundary = "----redline";
        byte[] filler = new byte[bytes];
        Arrays.fill(filler, (byte) 'x');
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"photos\"; filename=\"big.jpg\"\r\n"
                        + "Content-Type: image/jpeg\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] body = new byte[head.length + filler.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(filler, 0, body, head.length, filler.length);
        System.arraycopy(tail, 0, body, head.length + filler.length, tail.length);
        return client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/hazards"))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .header("Accept-Language", language)
                        .header("Referer", "http://localhost:" + port + "/hazards/new?enterprise=7")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aRequestOverTheLimitGetsRedlinesOwnPageWithTheWayBack() throws Exception {
        HttpResponse<String> english = post("en", 2 * 1024 * 1024);
        assertThat(english.statusCode()).isEqualTo(413);
        assertThat(english.body())
                .contains("Too large to send at once", "at most 10 MB per photo")
                .contains("id=\"error-back\"", "href=\"/hazards/new?enterprise=7\"")
                .doesNotContain("HTTP Status 413", "Apache Tomcat");
        HttpResponse<String> chinese = post("zh-CN", 2 * 1024 * 1024);
        assertThat(chinese.statusCode()).isEqualTo(413);
        assertThat(chinese.body()).contains("提交内容过大", "返回上一页");
    }

    @Test
    void aRequestUnderTheLimitIsHandledAsUsual() throws Exception {
        // Not signed in: the login page, not a refusal for size.
        HttpResponse<String> small = post("en", 1000);
        assertThat(small.statusCode()).isNotEqualTo(413);
    }
}
