/** An alternative to detention and its compliance records. */
package org.asylon.detention.alternative.entity;
