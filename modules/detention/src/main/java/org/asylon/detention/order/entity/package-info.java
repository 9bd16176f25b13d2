/**
 * The detention order (the aggregate that guards the rules of detention), its reviews and
 * extensions.
 */
package org.asylon.detention.order.entity;
