/** The alternative migration outcome a return case ended in. */
package org.asylon.returns.outcome.entity;
