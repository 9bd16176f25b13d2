/**
 * The arrival aggregate, which refers to the asylum procedure whoever asked for asylum, its
 * referrals, and reception's copy of each border encounter it has heard of.
 */
package org.asylon.reception.arrival.entity;
