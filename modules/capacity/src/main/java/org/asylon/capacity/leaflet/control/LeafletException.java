package org.asylon.capacity.leaflet.control;

/**
 * The shipped leaflets are broken: a file is missing, the manifest is inconsistent or a fragment
 * holds something a page may not serve. The message names the file, so whoever edited the texts can
 * fix them without reading a stack trace.
 */
public class LeafletException extends IllegalStateException {

    public LeafletException(String message) {
        super(message);
    }
}
