package app.redline.accident;

import app.redline.account.Role;
import app.redline.account.SignedInUser;
import app.redline.organization.OrganizationService;
import app.redline.organization.UnitType;
import app.redline.system.FieldProblem;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The duty roster (值班表) of a department or government: who is on duty each day, the leader on
 * duty and the staff, with the phone to call. Its users read it; its supervisors keep it.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
class DutyRoster {

    enum DutyRole {
        LEADER,
        STAFF
    }

    record Shift(Long id, LocalDate day, DutyRole role, Long userId, String name, String phone) {}

    record Person(Long id, String name, String phone) {}

    private final JdbcClient jdbc;
    private final OrganizationService organization;
    private final Clock clock;

    /** Whether the user's unit keeps a roster (a department or a government). */
    boolean hasRoster(SignedInUser user) {
        return organization
                .findUnit(user.unitId())
                .map(u -> u.type() == UnitType.DEPARTMENT || u.type() == UnitType.GOVERNMENT)
                .orElse(false);
    }

    boolean mayKeep(SignedInUser user) {
        return hasRoster(user) && user.hasRole(Role.SUPERVISOR);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The shifts of the user's unit in a month, by day, the leader first. */
    List<Shift> month(SignedInUser user, YearMonth month) {
        if (!hasRoster(user)) {
            throw new AccessDeniedException("Only departments and governments keep a duty roster");
        }
        return jdbc.sql("select d.id, d.day, d.role, d.user_id, u.display_name as name, d.phone from duty_shift d"
                        + " join app_user u on u.id = d.user_id where d.unit_id = :unit and d.day between :from and :to"
                        + " order by d.day, d.role, u.display_name")
                .param("unit", user.unitId())
                .param("from", month.atDay(1))
                .param("to", month.atEndOfMonth())
                .query(Shift.class)
                .list();
    }

    /** The people of the user's unit who may be put on duty. */
    List<Person> people(SignedInUser user) {
        return jdbc.sql("select id, display_name as name, phone from app_user where unit_id = :unit and enabled"
                        + " order by display_name")
                .param("unit", user.unitId())
                .query(Person.class)
                .list();
    }

    /**
     * Puts a person of the unit on duty for each day from one date to another (at most 62 days); a
     * day the person is on already is left as it is. The number of days added.
     */
    @Transactional
    int add(SignedInUser user, DutyForm form) {
        if (!mayKeep(user)) {
            throw new AccessDeniedException("Only the unit's supervisors keep its duty roster");
        }
        LocalDate to = form.getTo() == null ? form.getFrom() : form.getTo();
        if (to.isBefore(form.getFrom())) {
            throw new FieldProblem("to", "duty.to.beforeFrom");
        }
        if (form.getFrom().plusDays(61).isBefore(to)) {
            throw new FieldProblem("to", "duty.to.tooFar");
        }
        Person person = people(user).stream()
                .filter(p -> p.id().equals(form.getUserId()))
                .findFirst()
                .orElseThrow(() -> new FieldProblem("userId", "duty.person.notOfUnit"));
        String phone = form.getPhone() != null ? form.getPhone().strip() : person.phone();
        if (phone == null || phone.isBlank()) {
            throw new FieldProblem("phone", "duty.phone.required");
        }
        return jdbc.sql("insert into duty_shift (unit_id, day, role, user_id, phone, created_by, created_at)"
                        + " select :unit, d::date, :role, :person, :phone, :by, :at"
                        + " from generate_series(cast(:from as date), cast(:to as date), interval '1 day') d"
                        + " on conflict (unit_id, day, user_id) do nothing")
                .param("unit", user.unitId())
                .param("role", form.getRole().name())
                .param("person", person.id())
                .param("phone", phone)
                .param("by", user.id())
                .param("at", Timestamp.from(Instant.now(clock)))
                .param("from", form.getFrom())
                .param("to", to)
                .update();
    }

    /** Takes a shift off the roster (a shift of another unit is not found). */
    @Transactional
    void remove(SignedInUser user, long shiftId) {
        if (!mayKeep(user)) {
            throw new AccessDeniedException("Only the unit's supervisors keep its duty roster");
        }
        jdbc.sql("delete from duty_shift where id = :id and unit_id = :unit")
                .param("id", shiftId)
                .param("unit", user.unitId())
                .update();
    }
}
