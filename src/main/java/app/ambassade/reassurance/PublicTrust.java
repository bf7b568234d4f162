package app.ambassade.reassurance;

import app.ambassade.tenancy.TenantSummary;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the public may see of a tenant's reassurance content: published material only (no
 * drafts), read for the tenant named by the public URL.
 *
 * @param policies the current published version of each policy type that has one
 * @param earlierVersions per policy type, the numbers of the earlier published versions (newest first)
 */
public record PublicTrust(
        TenantSummary tenant,
        List<TrustLabelRow> labels,
        List<TransparencyFactRow> facts,
        Map<PolicyType, PolicyVersionRow> policies,
        Map<PolicyType, List<Integer>> earlierVersions,
        List<FaqRow> faq,
        Optional<PublicReviewSummary> reviews) {}
