package app.redline.hazard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import app.redline.RedlineTest;
import app.redline.ScopeFixture;
import app.redline.account.AccountService;
import app.redline.account.Role;
import app.redline.organization.OrganizationSeeds;
import app.redline.organization.OrganizationService;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Decompression bombs sent in parallel, as the adversarial test did (ten reports with several bombs
 * each): every report ends in a page (stored, or refused naming the file), never a 500; and a
 * supervisor's ledger meanwhile answers at once, because a photo is decoded before its report's
 * database transaction opens and only one decode runs at a time here.
 */
@RedlineTest
@TestPropertySource(properties = "redline.photos.concurrent-decodes=1")
class PhotoStormTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    OrganizationService organization;

    @Autowired
    OrganizationSeeds organizationSeeds;

    @Autowired
    AccountService accounts;

    @Autowired
    UserDetailsService userDetails;

    @Test
    void bombsInParallelLeaveTheLedgerFast() throws Exception {
        ScopeFixture fixture = new ScopeFixture(organizationSeeds);
        accounts.ensureUser(
                "storm-inspector", "检查员", fixture.chemicalsDepartment, Set.of(Role.INSPECTOR), "Password2026");
        accounts.ensureUser("storm-viewer", "监管员", fixture.emergencyDepartment, Set.of(Role.INSPECTOR), "Password2026");
        RequestPostProcessor inspector = user(userDetails.loadUserByUsername("storm-inspector"));
        RequestPostProcessor viewer = user(userDetails.loadUserByUsername("storm-viewer"));
        List<MockMultipartFile> bombs = List.of(
                new MockMultipartFile("photos", "bomb.png", "image/png", PhotoDecodeTests.png(7000)),
                new MockMultipartFile("photos", "bomb.jpg", "image/jpeg", PhotoDecodeTests.jpeg(7000, false)),
                new MockMultipartFile(
                        "photos", "interlaced.png", "image/png", PhotoDecodeTests.resource("interlaced.png")),
                new MockMultipartFile("photos", "mid.webp", "image/webp", PhotoDecodeTests.resource("mid-lossy.webp")),
                new MockMultipartFile(
                        "photos", "bomb.webp", "image/webp", PhotoDecodeTests.resource("bomb-lossy.webp")),
                new MockMultipartFile("photos", "progressive.jpg", "image/jpeg", PhotoDecodeTests.jpeg(7000, true)));
        assertThat(mvc.get().uri("/hazards").with(viewer).exchange()).hasStatusOk(); // warm
        ExecutorService pool = Executors.newFixedThreadPool(10);
        long started = System.nanoTime();
        List<Future<Integer>> reports = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            reports.add(pool.submit(() -> {
                var request = mvc.post()
                        .uri("/hazards")
                        .multipart()
                        .param("enterpriseId", fixture.chemicalsInTown.toString())
                        .param("location", "仓库")
                        .param("description", "照片压力测试")
                        .param("category", "UNSAFE_CONDITION")
                        .param("grade", "GENERAL")
                        .with(inspector)
                        .with(csrf());
                for (MockMultipartFile bomb : bombs) {
                    request = request.file(bomb);
                }
                return request.exchange().getResponse().getStatus();
            }));
        }
        List<Long> ledger = new ArrayList<>();
        while (reports.stream().anyMatch(f -> !f.isDone())) {
            long t = System.nanoTime();
            assertThat(mvc.get().uri("/hazards").with(viewer).exchange()).hasStatusOk();
            ledger.add((System.nanoTime() - t) / 1_000_000);
            Thread.sleep(100);
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        long seconds = (System.nanoTime() - started) / 1_000_000_000;
        for (Future<Integer> report : reports) {
            assertThat(report.get()).as("a report's answer").isIn(200, 302);
        }
        assertThat(seconds).as("sixty bombs in ten parallel reports").isLessThan(120);
        assertThat(ledger).isNotEmpty();
        assertThat(ledger.stream().mapToLong(Long::longValue).max().orElseThrow())
                .as("the slowest ledger request, in ms, while the bombs are decoded (%s)", ledger)
                .isLessThan(3000);
        System.out.printf("Photo storm: %d s for 10 reports; ledger ms %s%n", seconds, ledger);
    }
}
