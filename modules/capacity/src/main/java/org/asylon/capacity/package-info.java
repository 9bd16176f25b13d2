/**
 * The capacity kit as a service: the self-assessment a state's planners use to plan adoption, and
 * the rights information leaflets officers print for the people they meet. Stateless: no database,
 * no events.
 */
package org.asylon.capacity;
