package app.ambassade.reassurance;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * Figures for brand managers. Average and distribution are over approved (published) reviews;
 * the monthly volume counts every review submitted in the last 12 months, oldest month first.
 */
public record ReviewStatistics(
        double average,
        long approvedCount,
        Map<Integer, Long> distribution,
        List<MonthVolume> perMonth,
        Map<ReviewStatus, Long> byStatus,
        Map<ReviewRefusalCriterion, Long> refusedByCriterion) {

    public record MonthVolume(YearMonth month, long submitted) {}
}
