package app.redline.hazard;

import app.redline.account.SignedInUser;
import app.redline.organization.Scope;
import app.redline.system.FileStore;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/** What other features ask of hazards: raise one found in an inspection, list what one raised. */
@Service
@RequiredArgsConstructor
public class HazardReports {

    /** A hazard as an inspection's page, its notice and its re-inspection list it. */
    public record Raised(
            Long id,
            String location,
            String description,
            String legalBasis,
            HazardGrade grade,
            HazardState state,
            LocalDate deadline,
            Long noticeId,
            LocalDate orderedDeadline) {

        public boolean open() {
            return state.isOpen();
        }
    }

    /** A photo kept for its uploader from a form not sent yet (shown as a thumbnail, sent again by id). */
    public record KeptUpload(Long id, String fileName) {}

    /** The uploader's photos kept so far for one form, and the problems of the files not kept. */
    public record KeptUploads(List<KeptUpload> photos, List<HazardRefused> problems) {

        public List<Long> ids() {
            return photos.stream().map(KeptUpload::id).toList();
        }
    }

    /** A major hazard of a campaign, as its summary lists it. */
    public record MajorHazard(
            Long id,
            Long enterpriseId,
            String description,
            HazardState state,
            LocalDate deadline,
            boolean listed,
            boolean overdue) {}

    private final HazardService hazards;
    private final HazardOrders orders;
    private final PhotoUploads uploads;
    private final PhotoStore photoStore;
    private final HazardRepository repository;
    private final Clock clock;

    /**
     * Raises a hazard found in an inspection (of a campaign, or {@code null}), as the inspector, with
     * the checklist item it fails; the same checks as a direct report.
     */
    @Transactional
    public Long raise(
            SignedInUser user,
            Scope scope,
            HazardFinding finding,
            String checklistItem,
            Long inspectionId,
            Long campaignId,
            List<KeptPhoto> photos) {
        return hazards.report(
                user,
                scope,
                finding,
                false,
                null,
                new Hazard.FoundIn(inspectionId, campaignId, checklistItem, null),
                photos);
    }

    /**
     * Whether the user may report hazards at (and so inspect) an enterprise of its scope: its
     * inspectors, or the enterprise's own managers. Another scope's enterprise is "not found".
     */
    @Transactional(readOnly = true)
    public boolean mayReport(SignedInUser user, Scope scope, Long enterpriseId) {
        return hazards.mayReport(user, scope, enterpriseId);
    }

    /**
     * Checks one photo by the rules of a report's and stores it (removed again if the caller's
     * transaction rolls back); a refusal names the file.
     */
    public KeptPhoto keepPhoto(MultipartFile photo) {
        return photoStore.keep(photo, false);
    }

    /**
     * Checks and stores a photo sent by the public, as {@link #keepPhoto}, without what the camera
     * wrote beside the pixels (the place, the time, the device and its owner), its orientation aside:
     * a reporter's identity is shown only on request, audited, and a photo must not show it anyway.
     */
    public KeptPhoto keepPublicPhoto(MultipartFile photo) {
        return photoStore.keep(photo, true);
    }

    /** A kept photo's file (or its thumbnail), or null when it is gone. */
    public PhotoFile photoFile(KeptPhoto photo, boolean thumbnail) {
        return photoStore.load(photo.file(), thumbnail);
    }

    /** A photo's file on disk and its content type. */
    public record PhotoFile(FileStore.StoredFile file, String contentType) {

        /** Sends the photo to be shown inline, cached privately for a day, and closes it. */
        public void send(HttpServletResponse response) throws IOException {
            try (FileStore.StoredFile f = file) {
                response.setContentType(contentType);
                response.setHeader("Cache-Control", "private, max-age=86400");
                response.setHeader("Content-Disposition", "inline");
                response.setContentLengthLong(f.size());
                f.content().transferTo(response.getOutputStream());
            }
        }
    }

    /** The MAJOR hazards a campaign raised in a scope, oldest first, at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<MajorHazard> majorOfCampaign(Scope scope, Long campaignId, int limit) {
        LocalDate today = LocalDate.now(clock);
        Specification<Hazard> spec = (h, q, cb) -> cb.and(
                scope.coversEnterpriseId(h.get(Hazard_.enterpriseId), q, cb),
                cb.equal(h.get(Hazard_.campaignId), campaignId),
                cb.equal(h.get(Hazard_.grade), HazardGrade.MAJOR));
        return repository
                .findAll(spec, PageRequest.of(0, limit, Sort.by(Hazard_.ID)))
                .map(h -> new MajorHazard(
                        h.getId(),
                        h.getEnterpriseId(),
                        h.getDescription(),
                        h.getState(),
                        h.getDeadline(),
                        h.isListed(),
                        h.isOverdue(today)))
                .getContent();
    }

    @Transactional(readOnly = true)
    public List<Raised> raisedBy(Long inspectionId) {
        return repository.findByInspectionIdOrderByIdAsc(inspectionId).stream()
                .map(HazardReports::raised)
                .toList();
    }

    /** An open hazard of an enterprise as its home lists what is due next. */
    public record Due(Long id, String description, HazardState state, LocalDate deadline, boolean overdue) {}

    /** An enterprise's open hazards, those with the nearest deadline first (none last), at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<Due> dueNext(Long enterpriseId, int limit) {
        LocalDate today = LocalDate.now(clock);
        Specification<Hazard> open = (h, q, cb) -> cb.and(
                cb.equal(h.get(Hazard_.enterpriseId), enterpriseId),
                h.get(Hazard_.state).in(HazardState.openStates()));
        return repository
                .findAll(
                        open,
                        PageRequest.of(
                                0,
                                limit,
                                Sort.by(Sort.Order.asc(Hazard_.DEADLINE).nullsLast(), Sort.Order.asc(Hazard_.ID))))
                .map(h -> new Due(h.getId(), h.getDescription(), h.getState(), h.getDeadline(), h.isOverdue(today)))
                .getContent();
    }

    /** The hazards a rectification notice named, in the order it lists them. */
    @Transactional(readOnly = true)
    public List<Raised> ofNotice(Long noticeId) {
        return repository.findByNoticeIdOrderByIdAsc(noticeId).stream()
                .map(HazardReports::raised)
                .toList();
    }

    private static Raised raised(Hazard h) {
        return new Raised(
                h.getId(),
                h.getLocation(),
                h.getDescription(),
                h.getLegalBasis(),
                h.getGrade(),
                h.getState(),
                h.getDeadline(),
                h.getNoticeId(),
                h.getOrderedDeadline());
    }

    /**
     * A rectification notice orders the hazards it names rectified by their dates (in the caller's
     * transaction, which checked that the user issues it): each date becomes the hazard's deadline
     * and binds its plan.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void orderRectification(SignedInUser user, Long noticeId, String noticeNumber, Map<Long, LocalDate> dates) {
        orders.orderRectification(user, noticeId, noticeNumber, dates);
    }

    /**
     * The re-inspection's finding on one hazard (in the caller's transaction, which checked that the
     * user re-inspects for the notice): rectified closes it; not rectified sends it back under the
     * new date. The uploader's kept photos become the hazard's re-inspection photos.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void reinspect(SignedInUser user, Reinspected finding, List<Long> keptUploads) {
        orders.reinspect(user, finding, uploads.take(user.id(), keptUploads));
    }

    /**
     * What a re-inspection found on one hazard: rectified or not (then the new deadline), the
     * re-inspector's note, and the number of the re-inspection record it is written under.
     */
    public record Reinspected(Long hazardId, boolean rectified, String note, LocalDate newDeadline, String number) {}

    /**
     * Checks and keeps a form's new photos for their uploader before the step (outside any
     * transaction): each file on its own, a refused one named; with those kept before, at most ten.
     */
    public KeptUploads keepUploads(Long userId, Collection<Long> keptIds, List<MultipartFile> files) {
        PhotoUploads.Kept kept = uploads.keep(userId, keptIds, files);
        return new KeptUploads(
                kept.photos().stream()
                        .map(p -> new KeptUpload(p.getId(), p.getFileName()))
                        .toList(),
                kept.problems());
    }
}
