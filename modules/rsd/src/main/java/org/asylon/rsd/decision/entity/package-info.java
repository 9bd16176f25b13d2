/**
 * The decision on a claim and its notification; the reasons are RSD content and never leave the
 * module.
 */
package org.asylon.rsd.decision.entity;
