/** People, their protection state and the border's handovers awaiting an order, over REST. */
package org.asylon.detention.person.boundary;
