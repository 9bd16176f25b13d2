package org.asylon.reception.document.control;

import io.nayuki.qrcodegen.QrCode;

/**
 * A QR code as inline SVG: no image file, no external request, so the certificate stays one
 * self-contained page that prints the same offline.
 */
public final class QrSvg {

    private static final int QUIET_ZONE =
            4; // modules of white border the QR specification requires

    private QrSvg() {}

    public static String of(String payload, String label) {
        // level M: survives a crease or a stamp over the code on a paper that is carried for months
        QrCode qr = QrCode.encodeText(payload, QrCode.Ecc.MEDIUM);
        int size = qr.size + 2 * QUIET_ZONE;
        StringBuilder svg =
                new StringBuilder(8192)
                        .append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                        .append(size)
                        .append(' ')
                        .append(size)
                        .append("\" shape-rendering=\"crispEdges\" role=\"img\" aria-label=\"")
                        .append(label)
                        .append("\">")
                        .append(
                                "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path fill=\"#000\" d=\"");
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                if (qr.getModule(x, y)) {
                    svg.append('M')
                            .append(x + QUIET_ZONE)
                            .append(',')
                            .append(y + QUIET_ZONE)
                            .append("h1v1h-1z");
                }
            }
        }
        return svg.append("\"/></svg>").toString();
    }
}
