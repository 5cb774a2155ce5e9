package app.redline.hazard;

import app.redline.system.BaseEntity;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Photos another feature held (a public report's), added to the finding of the hazard raised from
 * it, in the hazard's own transaction. The files are shared, not copied: a file stays while any
 * table names it.
 */
@Component
@RequiredArgsConstructor
public class FindingPhotos {

    private final HazardPhotoRepository photos;
    private final HazardEventRepository events;
    private final Clock clock;

    @Transactional(propagation = Propagation.MANDATORY)
    public void add(long hazardId, long userId, List<StoredPhoto> files) {
        Long reported = events.findByHazardIdOrderByAtAscIdAsc(hazardId).stream()
                .findFirst()
                .map(BaseEntity::getId)
                .orElseThrow(() -> new HazardNotFoundException(hazardId));
        Instant now = Instant.now(clock);
        for (StoredPhoto file : files) {
            photos.save(new HazardPhoto(hazardId, reported, HazardPhoto.Stage.BEFORE, file, userId, now));
        }
    }
}
