package app.redline.inspection;

import app.redline.account.SignedInUser;
import app.redline.hazard.HazardRefused;
import app.redline.hazard.HazardReports;
import app.redline.hazard.HazardReports.PhotoFile;
import app.redline.hazard.KeptPhoto;
import app.redline.organization.Scope;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.multipart.MultipartFile;

/**
 * Filling in an inspection's draft: outcomes, notes, the summary and each checklist item's photos
 * (checked and kept before the draft's transaction, at most {@link #PHOTOS_PER_ITEM} an item).
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
class InspectionDrafts {

    /** How many photos one checklist item keeps. */
    static final int PHOTOS_PER_ITEM = 10;

    private final InspectionService inspections;
    private final InspectionRepository repository;
    private final InspectionPhotoRepository inspectionPhotos;
    private final HazardReports hazards;
    private final TransactionTemplate transactions;
    private final Clock clock;

    /** The new photos of a draft's items, checked and stored, and the problems of those refused. */
    record ItemPhotos(Map<Long, List<KeptPhoto>> kept, List<InspectionRefused.ItemProblem> problems) {}

    /**
     * Checks and stores each item's new photos before the draft's transaction opens (decoding a
     * photo holds no database connection): only for a draft this user may edit, only for its items
     * and within each item's room. A refused file is named among the problems; the rest are kept.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    ItemPhotos keepPhotos(SignedInUser user, Scope scope, Long id, Map<Long, List<MultipartFile>> photos) {
        if (photos.values().stream().flatMap(List::stream).allMatch(MultipartFile::isEmpty)) {
            return new ItemPhotos(Map.of(), List.of());
        }
        TransactionTemplate reading = new TransactionTemplate(transactions.getTransactionManager());
        reading.setReadOnly(true);
        Map<Long, Long> rooms = reading.execute(status -> {
            Inspection inspection = inspections.editable(user, scope, id, null);
            Map<Long, Long> taken = photoCounts(id);
            Map<Long, Long> room = new LinkedHashMap<>();
            for (ChecklistItem item : inspections.items(inspection)) {
                room.put(item.getId(), PHOTOS_PER_ITEM - taken.getOrDefault(item.getId(), 0L));
            }
            return room;
        });
        Map<Long, List<KeptPhoto>> kept = new HashMap<>();
        List<InspectionRefused.ItemProblem> problems = new ArrayList<>();
        for (Map.Entry<Long, Long> item : rooms.entrySet()) {
            List<MultipartFile> files = photos.getOrDefault(item.getKey(), List.of()).stream()
                    .filter(f -> !f.isEmpty())
                    .toList();
            long room = item.getValue();
            for (MultipartFile file : files) {
                if (room <= 0) {
                    problems.add(new InspectionRefused.ItemProblem(item.getKey(), "inspection.photo.tooMany"));
                    break;
                }
                try {
                    kept.computeIfAbsent(item.getKey(), k -> new ArrayList<>()).add(hazards.keepPhoto(file));
                    room--;
                } catch (HazardRefused e) {
                    problems.add(new InspectionRefused.ItemProblem(item.getKey(), e.code(), e.args()));
                }
            }
        }
        return new ItemPhotos(kept, problems);
    }

    /**
     * Saves a draft: the outcomes, notes and summary as given, each item's new photos (kept by
     * {@link #keepPhotos} already; those beyond an item's room, sent from a second tab meanwhile, are
     * named), and removes the photos the user took away.
     */
    @Transactional
    List<InspectionRefused.ItemProblem> saveDraft(
            SignedInUser user,
            Scope scope,
            Long id,
            long version,
            Map<Long, Inspection.Result> results,
            String summary,
            Map<Long, List<KeptPhoto>> photos,
            Set<Long> removedPhotos) {
        Inspection inspection = inspections.editable(user, scope, id, version);
        List<ChecklistItem> items = inspections.items(inspection);
        Map<Long, Inspection.Result> known = results.entrySet().stream()
                .filter(e -> items.stream().anyMatch(item -> item.getId().equals(e.getKey())))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        inspection.record(known, summary);
        if (!removedPhotos.isEmpty()) {
            inspectionPhotos.deleteFromInspection(id, removedPhotos);
        }
        List<InspectionRefused.ItemProblem> problems = new ArrayList<>();
        Instant now = Instant.now(clock);
        Map<Long, Long> taken = photos.isEmpty() ? Map.of() : photoCounts(id);
        for (ChecklistItem item : items) {
            List<KeptPhoto> kept = photos.getOrDefault(item.getId(), List.of());
            long room = PHOTOS_PER_ITEM - taken.getOrDefault(item.getId(), 0L);
            for (KeptPhoto photo : kept) {
                if (room <= 0) {
                    problems.add(new InspectionRefused.ItemProblem(item.getId(), "inspection.photo.tooMany"));
                    break;
                }
                inspectionPhotos.save(new InspectionPhoto(id, item.getId(), photo, user.id(), now));
                room--;
            }
        }
        repository.saveAndFlush(inspection);
        return problems;
    }

    /** One photo of an inspection in the user's scope; another inspection's is not found. */
    PhotoFile photoFile(Scope scope, Long id, Long photoId, boolean thumbnail) {
        inspections.load(scope, id);
        InspectionPhoto photo = inspectionPhotos
                .findById(photoId)
                .filter(p -> p.getInspectionId().equals(id))
                .orElseThrow(() -> new InspectionNotFoundException(id));
        PhotoFile file = hazards.photoFile(photo.kept(), thumbnail);
        if (file == null) {
            throw new InspectionNotFoundException(id);
        }
        return file;
    }

    /** How many photos each item of the inspection has, in one query. */
    private Map<Long, Long> photoCounts(Long inspectionId) {
        Map<Long, Long> counts = new HashMap<>();
        inspectionPhotos.countByItem(inspectionId).forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }
}
