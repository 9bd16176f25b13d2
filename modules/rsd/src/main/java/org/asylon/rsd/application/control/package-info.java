/**
 * Registering applications, who may read a case's content, and the lifecycle events other modules
 * rely on.
 */
package org.asylon.rsd.application.control;
