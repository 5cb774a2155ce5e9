package app.redline.hazard;

import app.redline.account.SignedInUser;
import app.redline.organization.Scope;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/** What other features ask of hazards: raise one found in an inspection, list what one raised. */
@Service
@RequiredArgsConstructor
public class HazardReports {

    /** A hazard as an inspection's page lists it. */
    public record Raised(
            Long id, String location, String description, String legalBasis, HazardGrade grade, HazardState state) {}

    private final HazardService hazards;
    private final HazardRepository repository;

    /** Raises a hazard found in an inspection, as the inspector; the same checks as a direct report. */
    @Transactional
    public Long raise(
            SignedInUser user, Scope scope, Hazard.Finding finding, Long inspectionId, List<MultipartFile> photos) {
        return hazards.report(user, scope, finding, false, null, photos, inspectionId);
    }

    /**
     * Whether the user may report hazards at (and so inspect) an enterprise of its scope: its
     * inspectors, or the enterprise's own managers. Another scope's enterprise is "not found".
     */
    @Transactional(readOnly = true)
    public boolean mayReport(SignedInUser user, Scope scope, Long enterpriseId) {
        return hazards.mayReport(user, scope, enterpriseId);
    }

    /** Checks photos before anything is written (the same rules as a report's). */
    public void checkPhotos(List<MultipartFile> photos) {
        hazards.checkPhotos(photos);
    }

    @Transactional(readOnly = true)
    public List<Raised> raisedBy(Long inspectionId) {
        return repository.findByInspectionIdOrderByIdAsc(inspectionId).stream()
                .map(h -> new Raised(
                        h.getId(), h.getLocation(), h.getDescription(), h.getLegalBasis(), h.getGrade(), h.getState()))
                .toList();
    }
}
