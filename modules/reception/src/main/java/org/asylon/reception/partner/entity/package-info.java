/**
 * Referrals of arrivals to partners, on the kernel's partner registry shape ({@code
 * org.asylon.kernel.partner}: partners, purposes, fields, consent).
 */
package org.asylon.reception.partner.entity;
