package org.asylon.capacity;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Logger;
import org.asylon.capacity.leaflet.control.LeafletLibrary;
import org.asylon.capacity.selfassessment.control.Questionnaire;

/**
 * Reads and checks the shipped leaflets and questionnaire when the module starts, so that a missing
 * translation or a broken file stops the deployment (the log names the file) instead of failing in
 * front of a person at the counter.
 */
@WebListener
public class ShippedKitCheck implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(ShippedKitCheck.class.getName());

    @Override
    public void contextInitialized(ServletContextEvent event) {
        LeafletLibrary leaflets = LeafletLibrary.shipped();
        Questionnaire questionnaire = Questionnaire.reference();
        LOG.info(
                () ->
                        "Capacity kit: "
                                + leaflets.topics().size()
                                + " leaflet topics in "
                                + leaflets.languages().size()
                                + " languages, questionnaire "
                                + questionnaire.id()
                                + " with "
                                + questionnaire.questions().count()
                                + " questions");
    }
}
