package app.redline.accident;

import app.redline.account.SignedInUser;
import app.redline.campaign.CampaignHistory;
import app.redline.campaign.CampaignLaunchedFrom;
import app.redline.campaign.CampaignOrigin;
import app.redline.organization.OrganizationService;
import app.redline.organization.Scope;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lombok.RequiredArgsConstructor;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Campaigns launched from an accident (举一反三): the launch form names the accident as its origin,
 * the link is kept in the launch's transaction (when the launcher sees the accident), the accident's
 * page shows the campaigns' progress and each campaign's page links back.
 */
@Component
@RequiredArgsConstructor
class AccidentCampaigns implements CampaignOrigin {

    static final Pattern ORIGIN = Pattern.compile("accident:(\\d{1,18})");

    private final Accidents accidents;
    private final OrganizationService organization;
    private final CampaignHistory history;
    private final JdbcClient jdbc;
    private final org.springframework.context.MessageSource messages;

    static String origin(long accidentId) {
        return "accident:" + accidentId;
    }

    @EventListener
    void on(CampaignLaunchedFrom launched) {
        Matcher m = ORIGIN.matcher(launched.origin());
        if (!m.matches()) {
            return;
        }
        long accidentId = Long.parseLong(m.group(1));
        Long unit = jdbc.sql("select unit_id from app_user where id = :id")
                .param("id", launched.launcherId())
                .query(Long.class)
                .single();
        try {
            accidents.load(organization.scopeOf(unit, false), accidentId);
        } catch (AccidentNotFoundException notSeen) {
            // Launched "after" an accident the launcher does not see: the campaign stands, unlinked.
            return;
        }
        jdbc.sql("insert into accident_campaign (accident_id, campaign_id) values (:a, :c) on conflict do nothing")
                .param("a", accidentId)
                .param("c", launched.campaignId())
                .update();
    }

    /** The progress of the campaigns launched from the accident, newest first. */
    List<CampaignHistory.Progress> of(long accidentId) {
        return history.progress(jdbc.sql("select campaign_id from accident_campaign where accident_id = :a")
                .param("a", accidentId)
                .query(Long.class)
                .list());
    }

    @Override
    public Optional<Link> of(SignedInUser user, Scope scope, long campaignId) {
        return jdbc.sql("select accident_id from accident_campaign where campaign_id = :c")
                .param("c", campaignId)
                .query(Long.class)
                .optional()
                .flatMap(id -> {
                    try {
                        Accident accident = accidents.load(scope, id);
                        return Optional.of(
                                new Link("/accidents/" + id, "accident.campaign.origin", accidents.nameOf(accident)));
                    } catch (AccidentNotFoundException notSeen) {
                        return Optional.empty();
                    }
                });
    }

    /** The campaign form's address, prefilled from the accident: its title, why, the enterprise's industries. */
    String launchForm(Accidents.AccidentPage page, Locale locale) {
        Accident a = page.accident();
        String type = messages.getMessage("AccidentType." + a.getType(), null, locale);
        String level = messages.getMessage("AccidentLevel." + a.getLevel(), null, locale);
        String title =
                messages.getMessage("accident.campaign.title", new Object[] {page.enterpriseName(), type}, locale);
        String reason = messages.getMessage(
                "accident.campaign.reason",
                new Object[] {
                    LocalDate.ofInstant(a.getOccurredAt(), accidents.zone()).toString(),
                    page.enterpriseName(),
                    type,
                    level,
                    a.getSummary()
                },
                locale);
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/campaigns/new")
                .queryParam("origin", AccidentCampaigns.origin(a.getId()))
                .queryParam("title", title.length() > 200 ? title.substring(0, 200) : title)
                .queryParam("reason", reason.length() > 2000 ? reason.substring(0, 2000) : reason);
        for (String industry : a.getIndustries()) {
            uri.queryParam("industryCodes", industry);
        }
        return uri.encode().build().toUriString();
    }
}
