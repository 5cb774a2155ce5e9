package app.redline.campaign;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such campaign in the user's reach: another scope's campaign is "not found", like a missing one. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class CampaignNotFoundException extends RuntimeException {

    CampaignNotFoundException(Long id) {
        super("No campaign " + id + " in reach");
    }
}
