/**
 * Applications for international protection: the person, the dates that anchor deadlines, the
 * track, who holds the file.
 */
package org.asylon.rsd.application.entity;
