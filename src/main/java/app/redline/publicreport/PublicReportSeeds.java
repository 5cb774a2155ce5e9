package app.redline.publicreport;

import app.redline.system.Seeds;
import app.redline.system.Sha256;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * Public reports for a demo installation, taken as the public page takes them (routed, numbered,
 * their handlers told); each is known by a fixed key, so a second start adds nothing.
 */
@Seeds
@Component
@RequiredArgsConstructor
public class PublicReportSeeds {

    private final PublicIntake intake;

    /** An anonymous report about the enterprise, under the key {@code key}; its case number. */
    public String ensure(String key, Long enterpriseId, String location, String description) {
        return intake.receive(
                        new PublicReport.Said(enterpriseId, location, description, null, true, null, null, false),
                        Sha256.hex("demo:" + key),
                        "demo-public-report:" + key,
                        java.util.List.of())
                .caseNumber();
    }
}
