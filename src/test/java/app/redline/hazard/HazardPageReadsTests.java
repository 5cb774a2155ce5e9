package app.redline.hazard;

import static org.assertj.core.api.Assertions.assertThat;

import app.redline.RedlineTest;
import app.redline.account.AccountService;
import app.redline.organization.OrganizationSeeds;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The hazard page reads a hazard's history, extension requests, photos, closings and report in one
 * round trip, by plain SQL: what it reads equals what Hibernate reads of the same rows, column by
 * column, and a general hazard's read leaves out what only a major hazard has.
 */
@RedlineTest
class HazardPageReadsTests {

    @Autowired
    OrganizationSeeds organizationSeeds;

    @Autowired
    AccountService accounts;

    @Autowired
    HazardSeeds seeds;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    HazardPageReads reads;

    @Autowired
    HazardEventRepository events;

    @Autowired
    HazardExtensionRepository extensions;

    @Autowired
    HazardPhotoRepository photos;

    @Test
    void theBatchedReadEqualsWhatHibernateReadsOfEveryRow() {
        SupervisionFixture people = new SupervisionFixture(organizationSeeds, accounts, seeds, jdbc);
        Long id = people.hazard(HazardGrade.MAJOR, HazardState.PENDING_ACCEPTANCE, 10, "储罐区" + System.nanoTime());
        Long manager = people.managerId;
        Instant filed = Instant.now().truncatedTo(ChronoUnit.MICROS);
        LocalDate today = LocalDate.now();
        jdbc.sql("""
                        insert into hazard_extension (hazard_id, requested_by, requested_at, old_deadline, new_deadline,
                                                      reason, status, decided_by, decided_at)
                        values (:h, :u, :at, :today, :today + 5, '等设备到货', 'APPROVED', :u, :at),
                               (:h, :u, :at, :today + 5, :today + 9, '再等几天', 'PENDING', null, null)""")
                .param("h", id)
                .param("u", manager)
                .param("at", Timestamp.from(filed))
                .param("today", today)
                .update();
        Long event = events.findByHazardIdOrderByAtAscIdAsc(id).get(0).getId();
        jdbc.sql("""
                        insert into hazard_photo (hazard_id, event_id, stage, path, thumb_path, content_type, size_bytes,
                                                  sha256, uploaded_by, uploaded_at)
                        values (:h, :e, 'BEFORE', 'a/b.jpg', 'a/b-thumb.jpg', 'image/jpeg', 1234, :sha, :u, :at),
                               (:h, null, 'AFTER', 'a/c.webp', null, 'image/webp', 99, :sha, :u, :at)""")
                .param("h", id)
                .param("e", event)
                .param("sha", "0".repeat(64))
                .param("u", manager)
                .param("at", Timestamp.from(filed))
                .update();
        jdbc.sql("""
                        insert into major_hazard_report (hazard_id, present_state, danger, treatment, filed_by,
                                                         filed_by_name, filed_at)
                        values (:h, '储罐渗漏', '可能爆炸', '停产更换', :u, '化工厂安全员', :at)""")
                .param("h", id)
                .param("u", manager)
                .param("at", Timestamp.from(filed))
                .update();
        jdbc.sql("""
                        insert into major_hazard_closing (hazard_id, round, evaluator_kind, evaluator, evaluated_on,
                            conclusion, production_stopped, evaluated_by, evaluated_by_name, evaluated_at,
                            restart_request, restart_requested_by, restart_requested_at,
                            restart_decision, restart_decided_by, restart_decided_at, restart_comment)
                        values (:h, 1, 'AGENCY', '安全评估中心', :today, '达到要求', true, :u, '化工厂安全员', :at,
                                '申请复产', '化工厂安全员', :at, 'REFUSED', '危化检查员', :at, '围堰未完工'),
                               (:h, 2, 'EXPERTS', '厂内专家', :today, '已整改', false, :u, '化工厂安全员', :at,
                                null, null, null, null, null, null, null)""")
                .param("h", id)
                .param("u", manager)
                .param("at", Timestamp.from(filed))
                .param("today", today)
                .update();

        HazardPageReads.Satellites major = reads.of(id, true);

        assertThat(major.events())
                .isNotEmpty()
                .usingRecursiveFieldByFieldElementComparator()
                .containsExactlyElementsOf(events.findByHazardIdOrderByAtAscIdAsc(id));
        assertThat(major.extensions())
                .hasSize(2)
                .usingRecursiveFieldByFieldElementComparator()
                .containsExactlyElementsOf(extensions.findByHazardIdOrderByRequestedAtAscIdAsc(id));
        assertThat(major.photos())
                .hasSize(2)
                .usingRecursiveFieldByFieldElementComparator()
                .containsExactlyElementsOf(photos.findByHazardIdOrderByIdAsc(id));
        assertThat(major.photos().get(1).getFile().thumbPath()).isNull();
        assertThat(major.report()).isEqualTo(new MajorReports.Report("储罐渗漏", "可能爆炸", "停产更换", "化工厂安全员", filed));
        assertThat(major.closings()).extracting(MajorClosing::round).containsExactly(2, 1);
        assertThat(major.closings().get(1).restartDecision())
                .isEqualTo(new MajorClosing.Step("围堰未完工", "危化检查员", filed, false));
        assertThat(major.closings().get(0).restartRequest()).isNull();

        HazardPageReads.Satellites general = reads.of(id, false);

        assertThat(general.events())
                .usingRecursiveFieldByFieldElementComparator()
                .containsExactlyElementsOf(major.events());
        assertThat(general.extensions()).hasSize(2);
        assertThat(general.photos()).hasSize(2);
        assertThat(general.closings()).isEmpty();
        assertThat(general.report()).isNull();
    }
}
