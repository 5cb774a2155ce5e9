package app.redline.account;

import app.redline.audit.AuditEntry;
import app.redline.audit.AuditLog;
import app.redline.audit.Changes;
import app.redline.organization.AdministrativeImport;
import app.redline.organization.AdministratorReach;
import app.redline.organization.OrganizationService;
import app.redline.organization.Scope;
import app.redline.system.ImportColumns;
import app.redline.system.ImportColumns.Column;
import app.redline.system.ImportProblem;
import app.redline.system.ImportReport;
import app.redline.system.TableFile.TableRow;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports users from a table, matched by username (any case). Every row is checked first; if any
 * row has a problem nothing is written. A new user gets the file's initial password and must change
 * it at the first sign-in; a known user's password is never touched, so importing the same file
 * again changes nothing.
 */
@Service
@RequiredArgsConstructor
class UserImport implements AdministrativeImport {

    static final ImportColumns COLUMNS = new ImportColumns(List.of(
            Column.required("username", "Username", "用户名", "账号", "登录名"),
            Column.required("displayName", "Name", "姓名", "显示名称", "display name"),
            Column.required("unit", "Unit", "所属单位", "单位", "unit name or credit code"),
            Column.required("roles", "Roles", "角色", "role"),
            Column.optional("phone", "Phone", "手机", "电话", "联系电话"),
            Column.optional("email", "Email", "电子邮箱", "邮箱", "e-mail"),
            Column.optional("password", "Initial password", "初始密码", "密码", "password")));

    static final int MAX_ROWS = 20_001;

    private final UserAccountRepository accounts;
    private final OrganizationService organization;
    private final AdministratorReach reach;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog auditLog;
    private final MessageSource messages;
    private final Validator validator;

    private record Row(int number, String username, UserAccount.Profile profile, String password) {}

    @Override
    public Sheet sheet() {
        return new Sheet("users", COLUMNS, MAX_ROWS);
    }

    @Override
    @Transactional
    public ImportReport run(Scope admin, List<TableRow> table, boolean checkOnly) {
        List<ImportProblem> problems = new ArrayList<>();
        Map<String, List<Long>> units = reach.unitsByKey(admin);
        Map<String, Role> roleNames = roleNames();
        Map<String, Integer> seen = new HashMap<>();
        List<Row> rows = AdministrativeImport.readRows(
                table, COLUMNS, problems, (line, at) -> check(line, at, units, roleNames, seen, problems));
        if (rows == null) {
            return AdministrativeImport.refused(table, problems);
        }
        Map<String, UserAccount> existing = accounts
                .findAllByLowerUsernameIn(rows.stream()
                        .map(r -> r.username().toLowerCase(Locale.ROOT))
                        .toList())
                .stream()
                .collect(Collectors.toMap(a -> a.getUsername().toLowerCase(Locale.ROOT), Function.identity()));
        // Where the existing users' units are, in one query: a user outside the admin's region is refused.
        Map<Long, String> knownRegions = organization.regionCodesOf(
                existing.values().stream().map(UserAccount::getUnitId).collect(Collectors.toSet()));
        for (Row row : rows) {
            UserAccount known = existing.get(row.username().toLowerCase(Locale.ROOT));
            if (known != null && !admin.managesRegion(knownRegions.get(known.getUnitId()))) {
                problems.add(new ImportProblem(row.number(), "username", "import.username.outside"));
            } else if (known == null && !PasswordPolicy.isStrong(row.password())) {
                problems.add(new ImportProblem(row.number(), "password", "import.password.weak"));
            }
        }
        int count = table.size() - 1;
        if (!problems.isEmpty()) {
            return AdministrativeImport.refused(table, problems);
        }
        int created = 0;
        int updated = 0;
        List<UserAccount> written = new ArrayList<>();
        List<String> actions = new ArrayList<>();
        List<Changes> changeList = new ArrayList<>();
        for (Row row : rows) {
            UserAccount account = existing.get(row.username().toLowerCase(Locale.ROOT));
            Map<String, Object> before = account == null ? null : account.auditedFields();
            Map<String, Object> after = UserAccount.auditedFields(
                    account == null ? row.username() : account.getUsername(),
                    row.profile(),
                    account == null || account.isEnabled());
            Changes changes = Changes.between(before, after);
            if (changes.isEmpty()) {
                continue;
            }
            if (account == null) {
                created++;
            } else {
                updated++;
            }
            if (checkOnly) {
                continue;
            }
            if (account == null) {
                account = new UserAccount(
                        row.username(),
                        row.profile().displayName(),
                        row.profile().unitId(),
                        row.profile().roles(),
                        passwordEncoder.encode(row.password()));
                account.requirePasswordChange();
            }
            account.update(row.profile());
            written.add(accounts.save(account));
            actions.add(before == null ? "CREATE" : "UPDATE");
            changeList.add(changes);
        }
        if (!written.isEmpty()) {
            accounts.flush();
            Map<Long, String> regions = organization.regionCodesOf(
                    written.stream().map(UserAccount::getUnitId).collect(Collectors.toSet()));
            List<AuditEntry> audit = new ArrayList<>();
            for (int i = 0; i < written.size(); i++) {
                UserAccount account = written.get(i);
                audit.add(new AuditEntry(
                        actions.get(i),
                        UserAdministration.AUDIT_TYPE,
                        account.getId(),
                        account.getUsername(),
                        regions.get(account.getUnitId()),
                        changeList.get(i)));
            }
            auditLog.recordAll(audit);
        }
        return new ImportReport(count, List.of(), created, updated, rows.size() - created - updated, checkOnly);
    }

    private Row check(
            TableRow line,
            Map<String, Integer> at,
            Map<String, List<Long>> units,
            Map<String, Role> roleNames,
            Map<String, Integer> seen,
            List<ImportProblem> problems) {
        int before = problems.size();
        int n = line.number();
        UserForm form = new UserForm();
        form.setUsername(line.cell(at.get("username")));
        form.setDisplayName(line.cell(at.get("displayName")));
        form.setPhone(optional(line, at, "phone"));
        form.setEmail(optional(line, at, "email"));
        // The user form's own rules, as the page checks them; then what only an import needs.
        AdministrativeImport.validate(
                validator, form, n, List.of("username", "displayName", "phone", "email"), problems);
        String username = form.getUsername();
        String displayName = form.getDisplayName();
        if (problems.size() == before && seen.putIfAbsent(username.toLowerCase(Locale.ROOT), n) != null) {
            problems.add(new ImportProblem(n, "username", "import.username.repeated"));
        }
        Long unitId = null;
        String unitCell = line.cell(at.get("unit"));
        List<Long> candidates = units.getOrDefault(unitCell, units.get(unitCell.toUpperCase(Locale.ROOT)));
        if (unitCell.isEmpty()) {
            problems.add(new ImportProblem(n, "unit", "import.value.required"));
        } else if (candidates == null) {
            problems.add(new ImportProblem(n, "unit", "import.unit.unknown"));
        } else if (candidates.size() > 1) {
            problems.add(new ImportProblem(n, "unit", "import.unit.ambiguous"));
        } else {
            unitId = candidates.get(0);
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String token : line.cell(at.get("roles")).split("[;,，；、|/]+")) {
            if (token.isBlank()) {
                continue;
            }
            Role role = roleNames.get(token.strip().toLowerCase(Locale.ROOT));
            if (role == null) {
                problems.add(new ImportProblem(n, "roles", "import.role.unknown"));
                break;
            }
            roles.add(role);
        }
        if (roles.isEmpty() && problems.size() == before) {
            problems.add(new ImportProblem(n, "roles", "import.value.required"));
        }
        String phone = form.getPhone();
        String email = form.getEmail();
        String password = optional(line, at, "password");
        if (problems.size() > before) {
            return null;
        }
        return new Row(n, username, new UserAccount.Profile(displayName, unitId, roles, phone, email), password);
    }

    private static String optional(TableRow line, Map<String, Integer> at, String column) {
        Integer index = at.get(column);
        String value = index == null ? "" : line.cell(index);
        return value.isEmpty() ? null : value;
    }

    /** Each role by its code and by its name in either language, lower-cased. */
    private Map<String, Role> roleNames() {
        Map<String, Role> names = new HashMap<>();
        for (Role role : Role.values()) {
            names.put(role.name().toLowerCase(Locale.ROOT), role);
            for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
                names.put(messages.getMessage("Role." + role, null, locale).toLowerCase(Locale.ROOT), role);
            }
        }
        return names;
    }
}
