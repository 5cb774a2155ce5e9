package app.redline.publicreport;

import app.redline.organization.RegionCode;
import app.redline.system.LikePattern;
import app.redline.system.Sha256;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes a report from anyone: within the limits that keep a flood out, about an active enterprise,
 * routed to the department that supervises the enterprise's industry nearest to it (the
 * comprehensive emergency-management department where none does), with a case number and a
 * follow-up code the reporter alone gets.
 */
@Service
@RequiredArgsConstructor
class PublicIntake {

    /**
     * What the reporter takes away: the case number and the code to follow it with (none when the
     * same form was sent again: the code was shown the first time only).
     */
    record Receipt(String caseNumber, String code) {}

    /** An enterprise as the public page names it. */
    record Enterprise(Long id, String name, String regionName) {}

    private static final String CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final int CODE_LENGTH = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final PublicReportRepository reports;
    private final PublicUploads uploads;
    private final PublicReportEvents events;
    private final PublicReportSettings settings;
    private final JdbcClient jdbc;
    private final CaseNotices notices;
    private final Clock clock;

    /**
     * Active enterprises whose name holds the text (of a region and below, from its poster), at most
     * 20, for the public page's search.
     */
    @Transactional(readOnly = true)
    List<Enterprise> search(String text, String regionCode) {
        String q = text == null ? "" : text.strip();
        if (q.length() < 2) {
            return List.of();
        }
        return jdbc.sql(
                        "select u.id, u.name, r.name_zh as region_name from unit u join region r on r.code = u.region_code"
                                + " where u.type = 'ENTERPRISE' and u.active and lower(u.name) like :q"
                                + " and " + RegionCode.filter("u.region_code", regionCode)
                                + " order by length(u.name), u.name limit 20")
                .param("q", LikePattern.contains(q))
                .query(Enterprise.class)
                .list();
    }

    @Transactional(readOnly = true)
    Optional<String> regionName(String code) {
        return jdbc.sql("select name_zh from region where code = :code")
                .param("code", code)
                .query(String.class)
                .optional();
    }

    @Transactional(readOnly = true)
    Optional<Enterprise> enterprise(Long id) {
        if (id == null) {
            return Optional.empty();
        }
        return jdbc.sql(
                        "select u.id, u.name, r.name_zh as region_name from unit u join region r on r.code = u.region_code"
                                + " where u.id = :id and u.type = 'ENTERPRISE' and u.active")
                .param("id", id)
                .query(Enterprise.class)
                .optional();
    }

    /** Whether this address has sent its hour's reports already (checked before a report is read). */
    @Transactional(readOnly = true)
    boolean overAddressLimit(String clientHash) {
        return jdbc.sql("select count(*) from public_report where client_hash = :c and received_at > :since")
                        .param("c", clientHash)
                        .param("since", Timestamp.from(clock.instant().minus(Duration.ofHours(1))))
                        .query(Long.class)
                        .single()
                >= settings.perAddressPerHour();
    }

    /**
     * Whether one more report may come now, from this address and about this enterprise; checked
     * before the photos are read, so a flood costs no decoding.
     */
    @Transactional(readOnly = true)
    void admit(String clientHash, Long enterpriseId) {
        Instant now = clock.instant();
        if (overAddressLimit(clientHash)) {
            throw new ReportRefused(null, "publicReport.limit.address");
        }
        long aboutEnterprise = jdbc.sql(
                        "select count(*) from public_report where enterprise_id = :e and received_at > :since")
                .param("e", enterpriseId)
                .param("since", Timestamp.from(now.minus(Duration.ofDays(1))))
                .query(Long.class)
                .single();
        if (aboutEnterprise >= settings.perEnterprisePerDay()) {
            throw new ReportRefused(null, "publicReport.limit.enterprise");
        }
    }

    /** The receipt of the report this form sent before, without its code (shown once only). */
    @Transactional(readOnly = true)
    Optional<Receipt> sentBefore(String draftKey) {
        return reports.findByDraftHash(Sha256.hex("draft:" + draftKey)).map(r -> new Receipt(r.getCaseNumber(), null));
    }

    /** Takes the report with the photos the form kept; its receipt. */
    @Transactional
    Receipt receive(PublicReport.Said said, String clientHash, String draftKey, List<Long> photoIds) {
        Optional<Receipt> again = sentBefore(draftKey);
        if (again.isPresent()) {
            return again.get();
        }
        String draftHash = Sha256.hex("draft:" + draftKey);
        // Reports from one address, and about one enterprise, are counted one at a time: a flood of
        // requests at once cannot slip past the limits between counting and writing.
        jdbc.sql("select pg_advisory_xact_lock(4101, hashtext(:client)),"
                        + " pg_advisory_xact_lock(4102, cast(:enterprise % 2147483647 as integer))")
                .param("client", "public-report:" + clientHash)
                .param("enterprise", said.enterpriseId() == null ? 0L : said.enterpriseId())
                .query()
                .singleRow();
        admit(clientHash, said.enterpriseId());
        Enterprise enterprise = enterprise(said.enterpriseId())
                .orElseThrow(() -> new ReportRefused("enterpriseId", "publicReport.enterprise.unknown"));
        Long handler = said.staff()
                ? staffHandler(enterprise.id())
                : handlerOf(enterprise.id())
                        .orElseThrow(() -> new ReportRefused("enterpriseId", "publicReport.enterprise.unsupervised"));
        Instant now = clock.instant();
        ZoneId zone = clock.getZone();
        long seq = jdbc.sql("select nextval('public_report_case_seq')")
                .query(Long.class)
                .single();
        String caseNumber = String.format(
                Locale.ROOT, "JB%d%06d", LocalDate.ofInstant(now, zone).getYear(), seq);
        String code = newCode();
        PublicReport report = reports.saveAndFlush(new PublicReport(
                caseNumber,
                codeHash(caseNumber, code),
                draftHash,
                said,
                clientHash,
                now,
                handler,
                LocalDate.ofInstant(now, zone).plusDays(settings.verifyDays())));
        uploads.attach(draftKey, photoIds, report.getId());
        events.record(report.getId(), PublicReportEvents.Type.RECEIVED, null, null, handler, null);
        notices.received(report.getId(), caseNumber, handler, enterprise.name());
        return new Receipt(caseNumber, code.substring(0, 5) + "-" + code.substring(5));
    }

    /**
     * The department that verifies reports about this enterprise: one that supervises its
     * industry, the nearest first; else a comprehensive one, the nearest first.
     */
    Optional<Long> handlerOf(Long enterpriseId) {
        return jdbc.sql("select v.supervisor_id from supervision v join unit s on s.id = v.supervisor_id"
                        + " where v.enterprise_id = :e and v.supervisor_type = 'DEPARTMENT'"
                        + " and (v.by_industry or v.comprehensive)"
                        + " order by v.by_industry desc, length(s.region_code) desc, s.id limit 1")
                .param("e", enterpriseId)
                .query(Long.class)
                .optional();
    }

    /** An employee's report goes to the enterprise itself, when it has a safety manager to take it. */
    private Long staffHandler(Long enterpriseId) {
        long managers = jdbc.sql("select count(*) from app_user u join user_role r on r.user_id = u.id"
                        + " where u.unit_id = :e and u.enabled and r.role = 'ENTERPRISE_MANAGER'")
                .param("e", enterpriseId)
                .query(Long.class)
                .single();
        if (managers == 0) {
            throw new ReportRefused(null, "publicReport.staff.noManager");
        }
        return enterpriseId;
    }

    static String codeHash(String caseNumber, String code) {
        String normalized = code == null ? "" : code.toUpperCase(Locale.ROOT).replaceAll("[^0-9A-Z]", "");
        return Sha256.hex(caseNumber + ":" + normalized);
    }

    private static String newCode() {
        StringBuilder code = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) {
            code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
        }
        return code.toString();
    }
}
