package org.asylon.rsd.casework.entity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.asylon.kernel.problem.ProblemException;

/** What was said and shown in an interview: the RSD content of an {@link InterviewRecord}. */
public record InterviewContent(
        @Size(max = 200) List<@Valid MaterialFact> materialFacts,
        @Size(max = 1000) List<@Valid Statement> statements,
        @Size(max = 200) List<@Valid SubmittedDocument> documents,
        /** The applicant's corrections or remarks when the record was read back to them. */
        @Size(max = 5000) String readBackComments) {

    public InterviewContent {
        materialFacts = materialFacts == null ? List.of() : List.copyOf(materialFacts);
        statements = statements == null ? List.of() : List.copyOf(statements);
        documents = documents == null ? List.of() : List.copyOf(documents);
    }

    /** Fact ids are unique and every statement belongs to a fact of this record. */
    public InterviewContent checked() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < materialFacts.size(); i++) {
            if (!ids.add(materialFacts.get(i).id())) {
                throw ProblemException.invalidField(
                        "materialFacts[" + i + "].id",
                        "'" + materialFacts.get(i).id() + "' is used twice");
            }
        }
        for (int i = 0; i < statements.size(); i++) {
            if (!ids.contains(statements.get(i).factId())) {
                throw ProblemException.invalidField(
                        "statements[" + i + "].factId",
                        "'"
                                + statements.get(i).factId()
                                + "' is not one of the material facts of this record");
            }
        }
        return this;
    }

    public List<String> factIds() {
        return materialFacts.stream().map(MaterialFact::id).toList();
    }
}
