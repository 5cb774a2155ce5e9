package app.redline.hazard;

/** The steps of the overdue clock, in order; a hazard's escalation level is the last one sent. */
enum EscalationStep {
    REMINDER(1, HazardsEscalated.Step.REMINDER, HazardEvent.Type.REMINDER),
    OVERDUE(2, HazardsEscalated.Step.OVERDUE, HazardEvent.Type.OVERDUE_NOTICE),
    GOVERNMENT(3, HazardsEscalated.Step.ESCALATED, HazardEvent.Type.ESCALATED);

    final int level;
    final HazardsEscalated.Step published;
    final HazardEvent.Type event;

    EscalationStep(int level, HazardsEscalated.Step published, HazardEvent.Type event) {
        this.level = level;
        this.published = published;
        this.event = event;
    }
}
