/**
 * Detention (10-Point Plan, point 3; UNHCR Detention Guidelines 2012): every deprivation of liberty
 * rests on an order with a lawful ground, an individual necessity and proportionality assessment
 * and the alternatives considered; its maximum and review clocks come from the legal profile; and
 * independent monitors see every place and every person, and follow their recommendations to the
 * end, without the detention authority being able to silence them.
 */
package org.asylon.detention;
