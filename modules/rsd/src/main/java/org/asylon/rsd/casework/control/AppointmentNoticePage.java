package org.asylon.rsd.casework.control;

import static org.asylon.kernel.http.Html.escape;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.asylon.kernel.code.Languages;
import org.asylon.rsd.application.entity.AsylumApplication;
import org.asylon.rsd.casework.entity.Gender;
import org.asylon.rsd.casework.entity.Interview;
import org.asylon.rsd.casework.entity.InterviewNotice;

/**
 * The appointment notice handed to the applicant: a complete HTML page to print on A4, everything
 * inline (it is printed in offices that may be offline), in the style of the capacity kit's rights
 * leaflets. It is in English and names the language of the interview; it is never
 * machine-translated — the interpreter or the officer explains it, and the notice record says in
 * which language.
 */
public final class AppointmentNoticePage {

    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private static final String STYLE =
            """
            @page { size: A4; margin: 16mm 16mm 18mm 16mm; }
            html { font-size: 14pt; }
            body { margin: 0 auto; max-width: 178mm; padding: 8mm; color: #000; background: #fff;
                   font-family: "Noto Sans", "DejaVu Sans", Arial, Helvetica, sans-serif; line-height: 1.5; }
            h1 { font-size: 1.55rem; line-height: 1.25; margin: 0 0 .4em; }
            h2 { font-size: 1.15rem; margin: 1em 0 .3em; break-after: avoid; page-break-after: avoid; }
            p, li { margin: .25em 0; }
            ul { padding-inline-start: 1.3em; margin: .2em 0 .6em; }
            .appointment { border: 3px solid #000; padding: .4em .8em; margin: .6em 0 .9em; }
            .appointment dt { font-weight: bold; margin-top: .3em; }
            .appointment dd { margin: 0 0 .2em; font-size: 1.1rem; }
            .footer { font-size: .7rem; margin-top: 1.2em; color: #333; }
            .screen-only { font-size: .8rem; border-bottom: 1px solid #999; padding-bottom: .3em; margin-bottom: .8em; }
            @media print { body { padding: 0; max-width: none; } .screen-only { display: none; } }
            """;

    private AppointmentNoticePage() {}

    /**
     * @param zone the time zone of the active profile's calendar, in which the applicant reads the
     *     time
     * @param issued the notices recorded for this appointment, newest last
     */
    public static String render(
            AsylumApplication a,
            Interview interview,
            ZoneId zone,
            List<InterviewNotice> issued,
            Instant printedAt) {
        ZonedDateTime start = interview.startsAt().atZone(zone);
        ZonedDateTime end = interview.endsAt().atZone(zone);
        StringBuilder body = new StringBuilder();
        body.append("<h1>Appointment for your asylum interview</h1>\n")
                .append("<p>To: <strong>")
                .append(escape(name(a)))
                .append("</strong>")
                .append(
                        a.person().dateOfBirth() == null
                                ? ""
                                : ", born " + escape(a.person().dateOfBirth()))
                .append("<br>Application reference: <code>")
                .append(escape(a.id()))
                .append("</code></p>\n")
                .append(
                        "<p>You are invited to an interview about your application for international protection. ")
                .append(
                        "In the interview you can explain in your own words why you left your country and why you ")
                .append("cannot return.</p>\n")
                .append("<dl class=\"appointment\">\n")
                .append("<dt>Date</dt><dd>")
                .append(escape(DATE.format(start)))
                .append("</dd>\n")
                .append("<dt>Time</dt><dd>")
                .append(escape(TIME.format(start)))
                .append(" to about ")
                .append(escape(TIME.format(end)))
                .append(" (")
                .append(escape(zone.getId()))
                .append(")</dd>\n")
                .append("<dt>Place</dt><dd>")
                .append(escape(interview.location()))
                .append("</dd>\n")
                .append("<dt>Language of the interview</dt><dd>")
                .append(escape(interpretation(interview)))
                .append("</dd>\n")
                .append("</dl>\n");
        body.append("<h2>Please come on time and bring</h2>\n<ul>\n")
                .append("<li>this notice;</li>\n")
                .append(
                        "<li>any identity or travel documents you have (passport, identity card, birth certificate);</li>\n")
                .append(
                        "<li>any documents or other evidence about what happened to you or why you fear returning "
                                + "(originals if you have them);</li>\n")
                .append(
                        "<li>the document you were given when you applied, if you have one.</li>\n</ul>\n")
                .append(
                        "<p>If you have no documents, come anyway. If you cannot come, tell the office as soon as "
                                + "possible, before the appointment.</p>\n");
        body.append("<h2>Interviewer and interpreter of the same gender</h2>\n")
                .append(
                        "<p>You may ask for an interviewer and an interpreter of the same gender as you.</p>\n")
                .append(sameGender(interview));
        body.append("<h2>Confidentiality</h2>\n")
                .append(
                        "<p>What you say in the interview is confidential. The interpreter is also bound by "
                                + "confidentiality.</p>\n");
        body.append("<p class=\"footer\">This notice is in English. ")
                .append(explained(issued))
                .append(" · Asylon RSD · appointment notice for interview <code>")
                .append(escape(interview.id()))
                .append("</code> · printed ")
                .append(escape(printedAt.atZone(zone).toLocalDate().toString()))
                .append("</p>\n");
        return "<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\">\n<head>\n<meta charset=\"UTF-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>Appointment for your asylum interview</title>\n<style>\n"
                + STYLE
                + "</style>\n</head>\n<body>\n"
                + "<p class=\"screen-only\">To print, use your browser’s Print command (A4). Explain the notice to the "
                + "applicant in their language and record how it was given (notices).</p>\n"
                + body
                + "</body>\n</html>\n";
    }

    private static String interpretation(Interview interview) {
        if (interview.language() == null) {
            return "English, without an interpreter. If you need an interpreter, tell the office before the "
                    + "appointment.";
        }
        return Languages.label(interview.language())
                + (interview.interpreterId() == null
                        ? ": your interviewer speaks this language."
                        : ": an interpreter will interpret.");
    }

    private static String sameGender(Interview interview) {
        Gender gender = interview.requestedGender();
        if (gender == null) {
            return "<p>If you want this, tell the office before the appointment.</p>\n";
        }
        boolean interviewer = interview.sameGenderInterviewer();
        boolean interpreter =
                interview.sameGenderInterpreter() && interview.interpreterId() != null;
        if (!interviewer && !interpreter) {
            return "<p>You asked for an interpreter of the same gender; your interviewer speaks your language, so no "
                    + "interpreter is needed.</p>\n";
        }
        boolean both = interviewer && interpreter;
        String who =
                both ? "interviewer and interpreter" : interviewer ? "interviewer" : "interpreter";
        String words =
                switch (gender) {
                    case F -> both ? "women" : "a woman";
                    case M -> both ? "men" : "a man";
                    case X -> "non-binary (X)";
                };
        return "<p>You asked for this. Your " + who + " will be " + escape(words) + ".</p>\n";
    }

    private static String explained(List<InterviewNotice> issued) {
        if (issued.isEmpty()) {
            return "Explained to the applicant in: ____________________ by: ____________________ on: ____________.";
        }
        InterviewNotice last = issued.get(issued.size() - 1);
        return "Issued "
                + escape(last.issuedAt().toString())
                + " ("
                + escape(last.delivery().name().toLowerCase(Locale.ROOT).replace('_', ' '))
                + ")"
                + (last.language() == null
                        ? ", in English"
                        : ", explained in " + escape(Languages.label(last.language())))
                + ".";
    }

    private static String name(AsylumApplication a) {
        String given = a.person().givenNames();
        return (given == null || given.isBlank() ? "" : given + " ")
                + (a.person().surname() == null
                        ? ""
                        : a.person().surname().toUpperCase(Locale.ROOT));
    }
}
