package app.redline.prevention;

import app.redline.organization.EnterpriseRow;
import app.redline.organization.OrganizationService;
import app.redline.organization.Scope;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A risk unit's notice card (风险告知卡): its level, what could happen, its controls by kind, what to
 * do in an emergency and who answers for it. Printed for the unit's site with a QR code that opens
 * the card again; the card holds nothing that is not posted on the site.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class RiskCards {

    /** The card: the unit's page, and each kind of control with its measures (each once). */
    public record Card(RiskRegister.UnitPage page, Map<MeasureKind, List<String>> controls) {

        public UUID token() {
            return page.unit().getCardToken();
        }
    }

    private final RiskRegister register;
    private final RiskUnitRepository units;
    private final OrganizationService organization;

    /** The card of a unit of the scope; any other is "not found". */
    public Card card(Scope scope, long unitId) {
        return card(register.unit(scope, unitId));
    }

    /** The card whose QR code was read, for anyone holding it. */
    public Optional<Card> byToken(UUID token) {
        return units.findByCardToken(token).map(unit -> {
            EnterpriseRow enterprise =
                    organization.enterpriseRows(Set.of(unit.getEnterpriseId())).get(unit.getEnterpriseId());
            return card(register.page(unit, enterprise));
        });
    }

    /** Whether the scope holds the card's enterprise (its staff then see the unit's page instead). */
    public boolean covers(Scope scope, Card card) {
        return !organization
                .covered(scope, List.of(card.page().enterprise().id()))
                .isEmpty();
    }

    private static Card card(RiskRegister.UnitPage page) {
        Map<MeasureKind, Set<String>> byKind = new EnumMap<>(MeasureKind.class);
        for (RiskRegister.EventRow event : page.events()) {
            for (RiskRegister.MeasureRow row : event.measures()) {
                byKind.computeIfAbsent(row.measure().getKind(), k -> new LinkedHashSet<>())
                        .add(row.measure().getDescription());
            }
        }
        Map<MeasureKind, List<String>> controls = new EnumMap<>(MeasureKind.class);
        byKind.forEach((kind, measures) -> controls.put(kind, List.copyOf(measures)));
        return new Card(page, controls);
    }
}
