package org.asylon.rsd.application.entity;

/** Where the person first made (expressed) the application. */
public enum MadeWhere {
    BORDER,
    RECEPTION,
    RSD_DESK
}
