/**
 * Applications for international protection, from reception's asylum referrals or made at the RSD
 * desk.
 */
package org.asylon.rsd.application;
