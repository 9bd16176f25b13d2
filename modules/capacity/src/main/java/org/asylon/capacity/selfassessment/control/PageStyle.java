package org.asylon.capacity.selfassessment.control;

import org.asylon.kernel.http.Html;

/**
 * The inline style sheet of the form and the report. Inline because the pages must be
 * self-contained: they are saved, mailed and printed, often far from the server.
 */
final class PageStyle {

    static final String CSS =
            """
            body { font-family: "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif; color: #1b1b1b; margin: 2rem auto;
                   max-width: 60rem; padding: 0 1rem; line-height: 1.45; }
            h1 { font-size: 1.6rem; margin-bottom: .2rem; } h2 { font-size: 1.25rem; margin-top: 2rem;
                   border-bottom: 2px solid #1f4e79; padding-bottom: .2rem; } h3 { font-size: 1.05rem; margin-bottom: .3rem; }
            .meta, .source, .muted { color: #555; font-size: .9rem; }
            .summary { background: #eef3f8; border-left: 4px solid #1f4e79; padding: .6rem 1rem; }
            table { border-collapse: collapse; width: 100%; margin: .4rem 0 1rem; }
            th, td { text-align: left; vertical-align: top; padding: .3rem .5rem; border-bottom: 1px solid #ddd; }
            th { background: #f3f3f3; font-weight: 600; }
            .status { white-space: nowrap; font-weight: 600; }
            .note { font-style: italic; color: #333; }
            .chart { max-width: 100%; height: auto; font-size: 12.5px; }
            .chart .label, .chart .value, .chart .tick { fill: #1b1b1b; } .chart .tick { font-size: 11px; fill: #555; }
            .chart .grid { stroke: #ccc; stroke-width: 1; } .chart .track { fill: #f0f0f0; }
            .chart .low { fill: #b03a2e; } .chart .middle { fill: #d68910; } .chart .high { fill: #1e8449; }
            fieldset { border: 1px solid #ccc; margin: 1.2rem 0; padding: .5rem 1rem 1rem; }
            legend { font-weight: 600; font-size: 1.05rem; padding: 0 .3rem; }
            .question { margin: .8rem 0; padding-bottom: .6rem; border-bottom: 1px dotted #ccc; }
            .choices label { display: inline-block; margin: .2rem 1rem .2rem 0; white-space: nowrap; }
            button { font-size: 1rem; padding: .5rem 1.5rem; background: #1f4e79; color: #fff; border: 0; border-radius: 3px; }
            input[type=text] { font-size: 1rem; padding: .25rem; width: 24rem; max-width: 100%; }
            * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
            @media print { body { margin: 0; max-width: none; font-size: 10.5pt; } h2 { break-after: avoid; }
                   section.component, figure, li { break-inside: avoid; } .noprint { display: none; } }
            """;

    private PageStyle() {}

    static String head(String title) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"UTF-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>"
                + Html.escape(title)
                + "</title>\n<style>\n"
                + CSS
                + "</style>\n</head>\n<body>\n";
    }
}
