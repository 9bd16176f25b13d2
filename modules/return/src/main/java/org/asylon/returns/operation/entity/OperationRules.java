package org.asylon.returns.operation.entity;

/**
 * The rules of this area that stop a removal or guard a record, with the basis an official can
 * read. {@link #MONITOR} and {@link #FEARED_COUNTRY} are legal rules whose basis comes from the
 * profile; the others are the module's own operational rules, said to be so in their basis, because
 * the references hold no article for them.
 */
public final class OperationRules {

    /**
     * The profile's flag: a removal waits for an assigned forced-return monitor (Return Directive
     * 2008/115/EC, Art 8(6) as named by the issue; unconfirmed, not in the references).
     */
    public static final String MONITOR = "return.forced-return.monitor";

    /**
     * Never to a country the person fears while the fear has not been examined: the non-refoulement
     * basis is the profile's {@code entry.non-refoulement.basis}.
     */
    public static final String FEARED_COUNTRY = "return.operation.feared-country";

    /** The profile rule whose value is the non-refoulement basis printed on the bar. */
    public static final String NON_REFOULEMENT_BASIS = "entry.non-refoulement.basis";

    /** An operation goes to the country of return the decision in force names. */
    public static final String DESTINATION = "return.operation.destination";

    public static final String DESTINATION_BASIS =
            "The return decision in force and its country of return (return.country.transit):"
                    + " an operation carries out that decision, not another";

    public static final String PLANNED = "return.operation.planned";

    public static final String PLANNED_BASIS =
            "Module rule (no article in the references): a removal or a handover is carried out as"
                    + " a planned return operation, so that the travel document, the escorts, the"
                    + " medical finding and the monitor all refer to one journey";

    public static final String TRAVEL_DOCUMENT = "return.operation.travel-document";

    public static final String TRAVEL_DOCUMENT_BASIS =
            "Module rule (no article in the references): the person travels on a travel document"
                    + " issued for the return and valid on the day it is carried out; 10-Point Plan"
                    + " (2007), point 9 (documentation for return)";

    public static final String FITNESS = "return.operation.fitness-to-travel";

    public static final String FITNESS_BASIS =
            "Module rule (no article in the references): a removal waits for a recorded medical"
                    + " finding that the person is fit to travel, and stops at a finding that they"
                    + " are not";

    public static final String MONITOR_INDEPENDENCE = "return.operation.monitor-independence";

    public static final String MONITOR_INDEPENDENCE_BASIS =
            "Module rule (no article in the references): whoever monitors an operation does not"
                    + " escort it, or the monitoring would not be independent of the operation it"
                    + " observes";

    public static final String RECORDS_KEPT = "return.monitoring.records-kept";

    public static final String RECORDS_KEPT_BASIS =
            "Module rule (no article in the references): a forced-return monitor's observations"
                    + " are kept as written; only their author adds an amendment, nobody rewrites"
                    + " or deletes them, so that the monitoring stays independent of the authority"
                    + " it observes";

    private OperationRules() {}
}
