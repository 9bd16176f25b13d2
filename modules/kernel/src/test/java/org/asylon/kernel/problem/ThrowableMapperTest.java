package org.asylon.kernel.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The problem response keeps what HTTP requires of the status it answers with. */
class ThrowableMapperTest {

    private final ThrowableMapper mapper = new ThrowableMapper();

    @Test
    void aMethodNotAllowedSaysWhichMethodsAre() {
        Response response =
                mapper.toResponse(new NotAllowedException("GET", new String[] {"POST"}));

        assertEquals(405, response.getStatus());
        assertEquals(
                Set.of("GET", "POST"),
                Set.of(response.getHeaderString(HttpHeaders.ALLOW).split(",\\s*")));
    }

    @Test
    void otherProblemsCarryNoAllowHeader() {
        Response response = mapper.toResponse(new NotFoundException());

        assertEquals(404, response.getStatus());
        assertNull(response.getHeaderString(HttpHeaders.ALLOW));
    }
}
