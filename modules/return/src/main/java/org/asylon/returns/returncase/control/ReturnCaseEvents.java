package org.asylon.returns.returncase.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.function.Consumer;
import org.asylon.kernel.feed.EventPublisher;
import org.asylon.kernel.json.Jsons;
import org.asylon.returns.returncase.entity.ReturnCase;

/**
 * The events of the case component. The opening event names the person, because readmission and
 * statistics must recognise them; no event carries a reason in free text.
 */
@ApplicationScoped
public class ReturnCaseEvents {

    public static final String CASE_OPENED = "org.asylon.return.case-opened.v1";
    public static final String CASE_CLOSED = "org.asylon.return.case-closed.v1";

    private EventPublisher publisher;
    private Consumer<CaseClosed> ended;

    protected ReturnCaseEvents() {
        // for CDI's client proxy
    }

    @Inject
    public ReturnCaseEvents(EventPublisher publisher, Event<CaseClosed> ended) {
        this(publisher, ended::fire);
    }

    /** With the observers of a closed case called directly (plain tests). */
    public ReturnCaseEvents(EventPublisher publisher, Consumer<CaseClosed> ended) {
        this.publisher = publisher;
        this.ended = ended;
    }

    public void opened(ReturnCase c) {
        JsonArrayBuilder nationalities = Jsons.array();
        c.nationalities().forEach(nationalities::add);
        JsonObjectBuilder data =
                Jsons.object()
                        .add("caseId", c.id())
                        .add("origin", c.origin().name())
                        .add("openingGround", c.openingGround())
                        .add("nationalities", nationalities)
                        .add("unaccompaniedChild", c.unaccompaniedChild())
                        .add("openedAt", c.openedAt().toString());
        add(data, "surname", c.surname());
        add(data, "givenNames", c.givenNames());
        add(data, "originalScriptName", c.originalScriptName());
        add(data, "dateOfBirth", c.dateOfBirth());
        add(data, "sex", c.sex());
        add(data, "rsdApplicationId", c.rsdApplicationId());
        add(data, "sourceArrivalId", c.sourceArrivalId());
        add(data, "sourceEncounterId", c.sourceEncounterId());
        publish(CASE_OPENED, c, data);
    }

    /** Publishes the closure and tells the rest of the module ({@link CaseClosed}). */
    public void closed(ReturnCase c) {
        ended.accept(new CaseClosed(c.id(), c.closure(), c.closedBy(), c.closedAt()));
        publish(
                CASE_CLOSED,
                c,
                Jsons.object()
                        .add("caseId", c.id())
                        .add("closure", c.closure().name())
                        .add("closedAt", c.closedAt().toString()));
    }

    private void publish(String type, ReturnCase c, JsonObjectBuilder data) {
        publisher.publish(type, "cases/" + c.id(), data.build());
    }

    private static void add(JsonObjectBuilder data, String key, String value) {
        if (value != null) {
            data.add(key, value);
        }
    }
}
