/** MicroProfile Health checks every module shares: database readiness and liveness. */
package org.asylon.kernel.health;
