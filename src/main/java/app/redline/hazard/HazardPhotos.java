package app.redline.hazard;

import app.redline.organization.Scope;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A hazard's photos as its page shows them: only of a hazard in the user's scope. */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
class HazardPhotos {

    private final HazardService hazards;
    private final HazardPhotoRepository photos;
    private final PhotoStore photoStore;

    /** The photo, or the file of its thumbnail, when the hazard is in scope; anything else is not found. */
    HazardReports.PhotoFile file(Scope scope, Long hazardId, Long photoId, boolean thumbnail) {
        hazards.load(scope, hazardId);
        HazardPhoto photo = photos.findById(photoId)
                .filter(p -> p.getHazardId().equals(hazardId))
                .orElseThrow(() -> new HazardNotFoundException(hazardId));
        return photoStore.load(photo.getFile(), thumbnail);
    }
}
