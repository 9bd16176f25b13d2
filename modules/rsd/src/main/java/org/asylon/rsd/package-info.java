/**
 * Refugee status determination (10-Point Plan, points 6 and 7): applications, procedure tracks,
 * case work, decisions, appeals and their deadlines under the active legal profile. What is said in
 * an interview and how it was assessed never leaves this module: other modules learn only that a
 * claim is pending, decided, appealed or final.
 */
package org.asylon.rsd;
