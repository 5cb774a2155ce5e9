package app.redline.publicreport;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The rules of public reporting ({@code redline.public-reports.*}), configuration because each
 * region sets its own: the days a department has to verify a report, and the limits that keep a
 * flood out — reports from one address an hour, reports about one enterprise a day, and how many
 * reports an instance reads at once (the others wait up to {@code waitMillis}, then are asked to try
 * again).
 */
@ConfigurationProperties("redline.public-reports")
record PublicReportSettings(
        @DefaultValue("15") int verifyDays,
        @DefaultValue("5") int perAddressPerHour,
        @DefaultValue("50") int perEnterprisePerDay,
        @DefaultValue("2") int concurrentReads,
        @DefaultValue("5000") long waitMillis) {}
