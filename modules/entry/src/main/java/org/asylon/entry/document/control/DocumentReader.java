package org.asylon.entry.document.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * The border's MRZ reader, on the module's clock: what the document-readings endpoint answers and
 * what an encounter's document intake records. Reading records nothing.
 */
@ApplicationScoped
public class DocumentReader {

    private MrzReader reader;

    protected DocumentReader() {
        // for CDI's client proxy
    }

    @Inject
    public DocumentReader(Clock clock) {
        this.reader = new MrzReader(clock);
    }

    public MrzReading read(String mrz) {
        return reader.read(mrz);
    }
}
