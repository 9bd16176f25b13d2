/**
 * The watch-list check port: national and international alert systems plug in here. Without one,
 * the check is recorded as not performed — never as a clearance, never as a hit.
 */
package org.asylon.entry.watchlist;
