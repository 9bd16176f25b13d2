package org.asylon.reception.document.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import java.util.function.Supplier;
import org.asylon.kernel.idempotency.Created;
import org.asylon.kernel.idempotency.IdempotentCreation;
import org.asylon.reception.document.control.DocumentOffice;
import org.asylon.reception.document.entity.TemporaryDocument;

/**
 * Issues a document once per Idempotency-Key and answers 201 with it, located by its number: the same
 * answer for a person's document and a household's, since a retry must never print a second paper.
 */
@ApplicationScoped
public class DocumentIssuance {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    DocumentOffice office;

    @Inject
    IdempotentCreation creation;

    /** {@code request} identifies what is asked (there is no body), so a key reused for another is refused. */
    Response once(String key, String user, String endpoint, Map<String, String> request, UriInfo uri,
            Supplier<TemporaryDocument> issue) {
        Created created = creation.once(key, user + " POST " + endpoint, request, () -> {
            TemporaryDocument document = issue.get();
            return Created.at("documents/" + document.number(), JSON.toJson(DocumentView.of(document, office.today())));
        });
        return IdempotentCreation.toResponse(created, uri);
    }
}
