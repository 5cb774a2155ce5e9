package app.redline.hazard;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;

/** Listing a major hazard for supervision (挂牌督办): the deadline it must be rectified by, and what is required. */
@Getter
@Setter
class ListingForm extends StepForm {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate listingDeadline;

    @Size(max = 1000, message = "{hazard.field.tooLong}")
    private String listingNote;
}
