package app.redline.web;

import app.redline.organization.Named;
import app.redline.organization.OrganizationService;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.context.annotation.RequestScope;

/**
 * The audit trail's values in the reader's language: an industry, region or unit by its name (its
 * code kept beside it), a risk level, role or yes/no by its label, and an export by what was
 * exported and with which filters rather than its address. The trail itself keeps the raw values.
 */
@Component("auditValues")
@RequestScope
@RequiredArgsConstructor
public class AuditValues {

    private final OrganizationService organization;
    private final MessageSource messages;

    /** Looked up once per request (a page of the trail shows many values), not once per value. */
    private Map<String, Named> industries;

    private final Map<String, String> regionNames = new HashMap<>();
    private final Map<String, String> unitNames = new HashMap<>();

    public String show(String field, String value, Locale locale) {
        if (value == null || value.isBlank()) {
            return value;
        }
        return switch (field) {
            case "industries" -> list(value, code -> named(industries(), code, locale));
            case "region", "parent" ->
                organization
                        .regionName(value, locale)
                        .map(name -> name + " (" + value + ")")
                        .orElse(value);
            case "unit" -> unitNames.computeIfAbsent(value, this::unitName);
            case "riskLevel" -> message("RiskLevel." + value, value, locale);
            case "roles" -> list(value, role -> message("Role." + role, role, locale));
            case "type" -> message("UnitType." + value, value, locale);
            case "active", "enabled", "comprehensive", "majorIfFailed" ->
                "true".equals(value)
                        ? message("audit.value.yes", value, locale)
                        : "false".equals(value) ? message("audit.value.no", value, locale) : value;
            default -> value;
        };
    }

    /** An export's label: what was exported, in which format, with which filters. */
    public String export(String address, Locale locale) {
        if (address == null) {
            return null;
        }
        String path = address.contains("?") ? address.substring(0, address.indexOf('?')) : address;
        String query = address.contains("?") ? address.substring(address.indexOf('?') + 1) : "";
        String what;
        if (path.startsWith("/hazards/export")) {
            what = "audit.export.ledger";
        } else if (path.startsWith("/overdue/export")) {
            what = "audit.export.overdue";
        } else if (path.startsWith("/campaigns/")) {
            what = "audit.export.campaign";
        } else if (path.startsWith("/admin/units/export")) {
            what = "audit.export.units";
        } else if (path.startsWith("/admin/users/export")) {
            what = "audit.export.users";
        } else {
            return address;
        }
        String format =
                path.contains(".") ? path.substring(path.lastIndexOf('.') + 1).toUpperCase(Locale.ROOT) : "";
        String filters = query.isEmpty()
                ? message("audit.export.noFilter", "", locale)
                : URLDecoder.decode(query, StandardCharsets.UTF_8).replace("&", " · ");
        return messages.getMessage(what, null, what, locale) + " (" + format + ") · " + filters;
    }

    private Map<String, Named> industries() {
        if (industries == null) {
            industries = organization.industries().stream().collect(Collectors.toMap(Named::code, Function.identity()));
        }
        return industries;
    }

    private static String named(Map<String, Named> all, String code, Locale locale) {
        Named found = all.get(code);
        if (found == null) {
            return code;
        }
        return found.name(locale) + " (" + code + ")";
    }

    private String unitName(String value) {
        try {
            Long id = Long.valueOf(value);
            return organization.unitNames(Set.of(id)).getOrDefault(id, value);
        } catch (NumberFormatException e) {
            return value;
        }
    }

    private String message(String key, String fallback, Locale locale) {
        return messages.getMessage(key, null, fallback, locale);
    }

    private static String list(String value, Function<String, String> each) {
        return Arrays.stream(value.split(",\\s*")).map(String::strip).map(each).collect(Collectors.joining("、"));
    }
}
