/** The crossing point as stored: name, kind (land, air, sea), country and optional coordinates. */
package org.asylon.entry.crossingpoint.entity;
