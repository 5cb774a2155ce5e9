package app.redline.prevention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import app.redline.RedlineTest;
import app.redline.ScopeFixture;
import app.redline.account.AccountService;
import app.redline.account.Role;
import app.redline.organization.OrganizationSeeds;
import app.redline.system.QrCode;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The risk notice card: printed by the staff of the scope, opened by anyone through its QR code. */
@RedlineTest
class RiskCardTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    OrganizationSeeds organizationSeeds;

    @Autowired
    AccountService accounts;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    JdbcClient jdbc;

    FreshEnterprise fresh;
    RequestPostProcessor manager;
    Long unit;
    String token;

    @BeforeEach
    void setUp() {
        new ScopeFixture(organizationSeeds);
        fresh = FreshEnterprise.create(organizationSeeds, accounts, "告知卡化工", "Register2026pw");
        manager = user(userDetails.loadUserByUsername(fresh.manager()));
        String csv = RegisterImportTests.HEADER
                + "罐区,仓储区域,厂区北侧,T-101甲醇储罐,储运班组,王强,13800000000,停止输转并疏散,甲醇泄漏着火,火灾,LS,4,,5,"
                + "工程技术,可燃气体报警联锁,检查报警仪,每班,罐区操作工,,否\n"
                + "罐区,,,T-101甲醇储罐,,,,,甲醇泄漏着火,火灾,LS,4,,5,应急措施,配备空气呼吸器,,,,,\n";
        mvc.post()
                .uri("/enterprises/" + fresh.id() + "/risks/import")
                .multipart()
                .file(new MockMultipartFile("file", "r.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                .with(manager)
                .with(csrf())
                .exchange();
        unit = jdbc.sql("select id from risk_unit where enterprise_id = :e")
                .param("e", fresh.id())
                .query(Long.class)
                .single();
        token = jdbc.sql("select card_token::text from risk_unit where id = :id")
                .param("id", unit)
                .query(String.class)
                .single();
    }

    @Test
    void theCardShowsTheLevelWhatCouldHappenTheControlsAndWhoAnswersWithAQrCodeOfItsPage() throws Exception {
        String page = mvc.get()
                .uri("/risks/units/" + unit + "/card")
                .header("Accept-Language", "zh-CN")
                .with(manager)
                .exchange()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains(
                        "风险告知卡",
                        "重大风险（红）",
                        "risk-card-red",
                        "甲醇泄漏着火",
                        "工程技术",
                        "可燃气体报警联锁",
                        "应急措施",
                        "配备空气呼吸器",
                        "停止输转并疏散",
                        "王强",
                        "13800000000",
                        "12350")
                .contains("class=\"qr-code\"");
        Matcher svg = Pattern.compile("<svg[^>]*class=\"qr-code\".*?</svg>", Pattern.DOTALL)
                .matcher(page);
        assertThat(svg.find()).isTrue();
        assertThat(decode(svg.group())).isEqualTo("http://localhost:8080/risk-cards/" + token);
    }

    @Test
    void anyoneWithTheQrCodeReadsTheCardAndTheScopesStaffGoOnToTheUnit() {
        assertThat(mvc.get().uri("/risk-cards/" + token).header("Accept-Language", "en"))
                .hasStatusOk()
                .bodyText()
                .contains("Risk notice card", "甲醇泄漏着火", "Staff: sign in")
                .doesNotContain("罐区操作工"); // the tasks are for the staff
        assertThat(mvc.get().uri("/risk-cards/" + token).with(manager)).hasRedirectedUrl("/risks/units/" + unit);
        accounts.ensureUser(
                "t-card-other",
                "别家安全员",
                new ScopeFixture(organizationSeeds).commerceInCounty,
                Set.of(Role.ENTERPRISE_MANAGER),
                "Register2026pw");
        var other = user(userDetails.loadUserByUsername("t-card-other"));
        assertThat(mvc.get().uri("/risk-cards/" + token).with(other)).hasStatusOk();
        assertThat(mvc.get().uri("/risks/units/" + unit + "/card").with(other)).hasStatus(404);
        assertThat(mvc.get().uri("/risk-cards/" + UUID.randomUUID())).hasStatus(404);
        assertThat(mvc.get().uri("/risk-cards/12")).hasStatus(404);
    }

    /** Reads a QR code back from the SVG the card draws (each dark module a unit square). */
    static String decode(String svg) throws Exception {
        int size = Integer.parseInt(svg.replaceAll("(?s).*viewBox=\"0 0 (\\d+) \\d+\".*", "$1"));
        int scale = 4;
        int[] pixels = new int[size * scale * size * scale];
        java.util.Arrays.fill(pixels, 0xFFFFFFFF);
        Matcher module = Pattern.compile("M(\\d+) (\\d+)h1v1h-1z").matcher(svg);
        while (module.find()) {
            int x = Integer.parseInt(module.group(1));
            int y = Integer.parseInt(module.group(2));
            for (int dy = 0; dy < scale; dy++) {
                for (int dx = 0; dx < scale; dx++) {
                    pixels[(y * scale + dy) * size * scale + x * scale + dx] = 0xFF000000;
                }
            }
        }
        var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(size * scale, size * scale, pixels)));
        // The drawing is the code alone, square to the pixel grid: read it as such (the finder-pattern
        // search of a photo's decoding misses some codes drawn this exactly).
        return new QRCodeReader()
                .decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE))
                .getText();
    }

    @Test
    void aQrCodeReadsBackAsItsText() throws Exception {
        for (int i = 0; i < 200; i++) {
            String text = "https://redline.example.cn/risk-cards/" + UUID.randomUUID();
            assertThat(decode(QrCode.svg(text, "label"))).isEqualTo(text);
        }
    }
}
