/** Following reception's feed and turning asylum referrals into applications, once each. */
package org.asylon.rsd.intake.control;
