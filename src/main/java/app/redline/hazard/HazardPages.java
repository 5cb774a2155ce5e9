package app.redline.hazard;

import app.redline.account.SignedInUser;
import app.redline.organization.EnterpriseRow;
import app.redline.organization.OrganizationService;
import app.redline.organization.Scope;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * One hazard as its page shows it: the hazard, its enterprise, history, extensions, photos, a major
 * hazard's closings and report, and the user's actions.
 */
@Component
@RequiredArgsConstructor
@Transactional(readOnly = true)
class HazardPages {

    private final HazardService service;
    private final HazardRepository hazards;
    private final HazardPageReads reads;
    private final OrganizationService organization;

    /**
     * The hazard is read by its id and the scope's rule is applied to its enterprise (which the page
     * shows): a hazard of an enterprise outside the scope is not found, as by {@link HazardService#load},
     * without planning the scope's subquery on every view.
     */
    HazardPage page(SignedInUser user, Scope scope, Long id) {
        Hazard hazard = hazards.findById(id).orElseThrow(() -> new HazardNotFoundException(id));
        EnterpriseRow enterprise = organization
                .findEnterprise(scope, hazard.getEnterpriseId())
                .orElseThrow(() -> new HazardNotFoundException(id));
        HazardPageReads.Satellites satellites = reads.of(id, hazard.getGrade() == HazardGrade.MAJOR);
        boolean pending =
                satellites.extensions().stream().anyMatch(e -> e.getStatus() == HazardExtension.Status.PENDING);
        // The units the page names: the enterprise's name is known already (a hazard it found itself).
        Set<Long> named = new HashSet<>();
        named.add(hazard.getFoundByUnitId());
        if (hazard.isListed()) {
            named.add(hazard.getListedByUnitId());
        }
        named.remove(enterprise.id());
        Map<Long, String> names = new HashMap<>(organization.unitNames(named));
        names.put(enterprise.id(), enterprise.name());
        return new HazardPage(
                hazard,
                enterprise,
                names.getOrDefault(hazard.getFoundByUnitId(), ""),
                satellites.events(),
                satellites.extensions(),
                satellites.photos(),
                satellites.closings(),
                satellites.report(),
                HazardAccess.actions(user, service.unitType(user), hazard, pending),
                service.today(),
                hazard.isListed() ? names.getOrDefault(hazard.getListedByUnitId(), "") : null);
    }
}
