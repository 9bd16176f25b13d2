package org.asylon.rsd.casework.boundary;

import java.time.Instant;
import java.util.List;
import org.asylon.rsd.casework.control.Assessments;
import org.asylon.rsd.casework.entity.AssessmentContent;
import org.asylon.rsd.casework.entity.AssessmentRecord;
import org.asylon.rsd.casework.entity.CoiCitation;
import org.asylon.rsd.casework.entity.ComplementaryProtection;
import org.asylon.rsd.casework.entity.CredibilityFinding;
import org.asylon.rsd.casework.entity.DefinitionFinding;
import org.asylon.rsd.casework.entity.ExclusionConsiderations;
import org.asylon.rsd.casework.entity.GroundFinding;
import org.asylon.rsd.casework.entity.WellFoundedFear;

/**
 * An assessment (RSD content): only ever sent to a file holder. {@code profile} is the legal
 * profile it was written under; {@code unassessedFacts} are material facts of the interview records
 * still without a credibility finding.
 */
public record AssessmentView(
        String id,
        String applicationId,
        String profile,
        List<CredibilityFinding> credibility,
        List<CoiCitation> countryOfOriginInformation,
        WellFoundedFear wellFoundedFear,
        List<GroundFinding> conventionGrounds,
        List<DefinitionFinding> definitions,
        ExclusionConsiderations exclusion,
        ComplementaryProtection complementaryProtection,
        List<String> unassessedFacts,
        String createdBy,
        Instant createdAt,
        String updatedBy,
        Instant updatedAt,
        long version) {

    public static AssessmentView of(Assessments.Read read) {
        AssessmentRecord r = read.record();
        AssessmentContent c = read.content();
        return new AssessmentView(
                r.id(),
                r.applicationId(),
                r.profile(),
                c.credibility(),
                c.countryOfOriginInformation(),
                c.wellFoundedFear(),
                c.conventionGrounds(),
                c.definitions(),
                c.exclusion(),
                c.complementaryProtection(),
                read.unassessedFacts(),
                r.createdBy(),
                r.createdAt(),
                r.updatedBy(),
                r.updatedAt(),
                r.version());
    }
}
