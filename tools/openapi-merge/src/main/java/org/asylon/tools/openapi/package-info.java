/**
 * The build-time merge of the kernel's OpenAPI fragments (shared components, the kernel's own
 * operations) into each module's document, refusing any clash so that nothing drifts silently.
 */
package org.asylon.tools.openapi;
