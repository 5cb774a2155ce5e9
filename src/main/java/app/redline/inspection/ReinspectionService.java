package app.redline.inspection;

import app.redline.account.Role;
import app.redline.account.SignedInUser;
import app.redline.hazard.HazardReports;
import app.redline.organization.OrganizationService;
import app.redline.organization.Scope;
import app.redline.system.FormSubmissions;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Re-inspections (复查) of a rectification notice's hazards by the unit that issued it. Recording one
 * takes turns on the notice (two inspectors at once: the second finds the hazards decided already),
 * closes the hazards found rectified, sends the others back under a new date, and sets when the next
 * re-inspection is due. Numbers run per unit and year like the notices'.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
class ReinspectionService {

    /** What the inspector found, as the form sends it. */
    record Entry(
            LocalDate reinspectedOn,
            String inspectors,
            String opinion,
            LocalDate newDeadline,
            LocalDate nextReinspection,
            Map<Long, Boolean> rectified,
            Map<Long, String> notes,
            Map<Long, List<Long>> photos) {}

    /** A notice with its hazards and re-inspections, as the pages show them. */
    record NoticeFile(
            InspectionService.InspectionPage inspection,
            RectificationNotice notice,
            String issuer,
            List<HazardReports.Raised> hazards,
            List<Reinspection> reinspections,
            boolean mayReinspect) {

        public List<HazardReports.Raised> open() {
            return hazards.stream().filter(HazardReports.Raised::open).toList();
        }

        public HazardReports.Raised hazard(Long id) {
            return hazards.stream().filter(h -> h.id().equals(id)).findFirst().orElse(null);
        }
    }

    static final int NOTE_LENGTH = 1000;

    private final FormSubmissions submissions;
    private final InspectionService inspections;
    private final RectificationNoticeRepository notices;
    private final ReinspectionRepository reinspections;
    private final HazardReports hazards;
    private final OrganizationService organization;
    private final JdbcClient jdbc;
    private final MessageSource messages;
    private final Clock clock;

    /** The inspection's notice and what followed it; not found without a notice or outside the scope. */
    NoticeFile file(SignedInUser user, Scope scope, Long inspectionId) {
        InspectionService.InspectionPage page = inspections.page(user, scope, inspectionId);
        RectificationNotice notice = notices.findByInspectionId(inspectionId)
                .orElseThrow(() -> new InspectionNotFoundException(inspectionId));
        List<HazardReports.Raised> named = hazards.ofNotice(notice.getId());
        String issuer =
                organization.findUnit(notice.getUnitId()).map(u -> u.name()).orElse("");
        boolean may = reinspectsFor(user, notice) && named.stream().anyMatch(HazardReports.Raised::open);
        return new NoticeFile(
                page, notice, issuer, named, reinspections.findByNoticeIdOrderByIdAsc(notice.getId()), may);
    }

    Reinspection load(SignedInUser user, Scope scope, Long inspectionId, Long reinspectionId) {
        NoticeFile file = file(user, scope, inspectionId);
        return reinspections
                .findByIdAndNoticeId(reinspectionId, file.notice().getId())
                .orElseThrow(() -> new InspectionNotFoundException(reinspectionId));
    }

    /** Checks who may record one before anything is kept: the issuing unit's inspectors and supervisors. */
    NoticeFile forRecording(SignedInUser user, Scope scope, Long inspectionId) {
        NoticeFile file = file(user, scope, inspectionId);
        if (!reinspectsFor(user, file.notice())) {
            throw new AccessDeniedException(
                    "Not the issuing unit of notice " + file.notice().getId());
        }
        if (file.open().isEmpty()) {
            throw new InspectionRefused("reinspection.nothingOpen");
        }
        return file;
    }

    @Transactional
    Long record(SignedInUser user, Scope scope, Long inspectionId, Entry entry) {
        submissions.claim();
        NoticeFile checked = forRecording(user, scope, inspectionId);
        // Two re-inspections of one notice at once take turns here; the second sees the first's results.
        jdbc.sql("select id from rectification_notice where id = :id for update")
                .param("id", checked.notice().getId())
                .query(Long.class)
                .single();
        NoticeFile file = file(user, scope, inspectionId);
        List<HazardReports.Raised> open = file.open();
        if (open.isEmpty()) {
            throw new InspectionRefused("reinspection.nothingOpen");
        }
        List<InspectionRefused.ItemProblem> problems = problems(entry, open);
        if (!problems.isEmpty()) {
            throw new InspectionRefused("reinspection.incomplete", problems);
        }
        boolean allRectified = open.stream().allMatch(h -> entry.rectified().get(h.id()));
        RectificationNotice notice = file.notice();
        int year = LocalDate.now(clock).getYear();
        Integer seq = jdbc.sql(
                        "insert into reinspection_counter (unit_id, year, last) values (:unit, :year, 1)"
                                + " on conflict (unit_id, year) do update set last = reinspection_counter.last + 1 returning last")
                .param("unit", notice.getUnitId())
                .param("year", year)
                .query(Integer.class)
                .single();
        Reinspection reinspection = new Reinspection(
                notice.getId(),
                notice.getUnitId(),
                year,
                seq,
                entry.reinspectedOn(),
                entry.inspectors().strip(),
                blankToNull(entry.opinion()),
                allRectified ? null : entry.newDeadline(),
                allRectified ? null : entry.nextReinspection(),
                user.id(),
                Instant.now(clock));
        String number = messages.getMessage(
                "reinspection.number", new Object[] {file.issuer(), year, seq}, Locale.SIMPLIFIED_CHINESE);
        for (HazardReports.Raised hazard : open) {
            boolean rectified = entry.rectified().get(hazard.id());
            String note = blankToNull(entry.notes().get(hazard.id()));
            reinspection.found(hazard.id(), rectified, note);
            hazards.reinspect(
                    user,
                    new HazardReports.Reinspected(
                            hazard.id(), rectified, note, rectified ? null : entry.newDeadline(), number),
                    entry.photos().getOrDefault(hazard.id(), List.of()));
        }
        Long id = reinspections.saveAndFlush(reinspection).getId();
        notice.reinspectAgainOn(allRectified ? null : entry.nextReinspection());
        notices.saveAndFlush(notice);
        return id;
    }

    /** Every problem of the form at once: per hazard (by its id) and for the whole (id null). */
    private List<InspectionRefused.ItemProblem> problems(Entry entry, List<HazardReports.Raised> open) {
        LocalDate today = LocalDate.now(clock);
        List<InspectionRefused.ItemProblem> problems = new ArrayList<>();
        if (entry.reinspectedOn() == null) {
            problems.add(new InspectionRefused.ItemProblem(null, "reinspection.date.required"));
        } else if (entry.reinspectedOn().isAfter(today)) {
            problems.add(new InspectionRefused.ItemProblem(null, "reinspection.date.future"));
        }
        if (entry.inspectors() == null || entry.inspectors().isBlank()) {
            problems.add(new InspectionRefused.ItemProblem(null, "reinspection.inspectors.required"));
        } else if (entry.inspectors().length() > 200) {
            problems.add(new InspectionRefused.ItemProblem(null, "hazard.field.tooLong"));
        }
        if (entry.opinion() != null && entry.opinion().length() > 2000) {
            problems.add(new InspectionRefused.ItemProblem(null, "hazard.field.tooLong"));
        }
        boolean anyNot = false;
        for (HazardReports.Raised hazard : open) {
            Boolean rectified = entry.rectified().get(hazard.id());
            String note = entry.notes().get(hazard.id());
            if (rectified == null) {
                problems.add(new InspectionRefused.ItemProblem(hazard.id(), "reinspection.result.required"));
            } else if (!rectified) {
                anyNot = true;
                if (note == null || note.isBlank()) {
                    problems.add(new InspectionRefused.ItemProblem(hazard.id(), "reinspection.note.required"));
                }
            }
            if (note != null && note.length() > NOTE_LENGTH) {
                problems.add(
                        new InspectionRefused.ItemProblem(hazard.id(), "inspection.item.noteTooLong", NOTE_LENGTH));
            }
        }
        if (anyNot) {
            if (entry.newDeadline() == null || entry.newDeadline().isBefore(today)) {
                problems.add(new InspectionRefused.ItemProblem(null, "reinspection.newDeadline.required"));
            }
            if (entry.nextReinspection() == null
                    || (entry.newDeadline() != null && entry.nextReinspection().isBefore(entry.newDeadline()))
                    || entry.nextReinspection().isBefore(today)) {
                problems.add(new InspectionRefused.ItemProblem(null, "reinspection.next.required"));
            }
        }
        return problems;
    }

    /** Whether the user speaks for the unit that issued the notice. */
    static boolean reinspectsFor(SignedInUser user, RectificationNotice notice) {
        return user.unitId().equals(notice.getUnitId())
                && (user.hasRole(Role.INSPECTOR) || user.hasRole(Role.SUPERVISOR));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
