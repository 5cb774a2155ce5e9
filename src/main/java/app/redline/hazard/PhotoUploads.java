package app.redline.hazard;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.multipart.MultipartFile;

/**
 * The photos sent with a report or with evidence, checked and stored before the step itself runs:
 * each file on its own (a refused one is named, the others are kept), decoded outside any
 * database transaction, then kept for the uploader. A form refused for any reason comes back with
 * its kept photos; the step takes them when it happens.
 */
@Service
@RequiredArgsConstructor
class PhotoUploads {

    /** The uploader's photos kept so far, and the problems of the files that were not kept. */
    record Kept(List<PhotoUpload> photos, List<HazardRefused> problems) {

        List<Long> ids() {
            return photos.stream().map(PhotoUpload::getId).toList();
        }
    }

    private final PhotoUploadRepository uploads;
    private final PhotoStore store;
    private final TransactionTemplate transactions;
    private final Clock clock;

    /** Keeps the new files (up to {@link PhotoStore#MAX_PHOTOS} with those kept before). */
    Kept keep(Long userId, Collection<Long> keptIds, List<MultipartFile> files) {
        List<PhotoUpload> kept = new ArrayList<>(
                keptIds == null || keptIds.isEmpty()
                        ? List.of()
                        : uploads.findByUploadedByAndIdInOrderByIdAsc(userId, keptIds));
        List<HazardRefused> problems = new ArrayList<>();
        List<MultipartFile> present = files == null
                ? List.of()
                : files.stream().filter(f -> !f.isEmpty()).toList();
        for (MultipartFile file : present) {
            if (kept.size() >= PhotoStore.MAX_PHOTOS) {
                problems.add(new HazardRefused("photos", "hazard.photo.tooMany"));
                break;
            }
            try {
                KeptPhoto photo = store.keep(file, false);
                kept.add(transactions.execute(
                        status -> uploads.save(new PhotoUpload(userId, photo, Instant.now(clock)))));
            } catch (HazardRefused e) {
                problems.add(e);
            }
        }
        return new Kept(kept, problems);
    }

    /** Takes the uploader's kept photos for the step that happens now (in its transaction). */
    @Transactional(propagation = Propagation.MANDATORY)
    List<KeptPhoto> take(Long userId, Collection<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            return List.of();
        }
        List<PhotoUpload> taken = uploads.findByUploadedByAndIdInOrderByIdAsc(userId, ids);
        uploads.deleteAll(taken);
        return taken.stream().map(PhotoUpload::kept).toList();
    }

    /** A kept photo's thumbnail (or file), for its uploader only; anyone else's is not found. */
    @Transactional(readOnly = true)
    HazardReports.PhotoFile file(Long userId, Long id, boolean thumbnail) {
        return uploads.findByIdAndUploadedBy(id, userId)
                .map(p -> store.load(p.getFile(), thumbnail))
                .orElse(null);
    }
}
